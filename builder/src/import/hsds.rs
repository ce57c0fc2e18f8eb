//! Reading Open Referral HSDS 3.0 nested JSON as other tools write it: a list of
//! services, one service per file, or a folder of such files. Every filled field is
//! either taken into a `SourceService` or kept in its `unmapped` list for the report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::source::{SourceLocation, SourceService, Term};
use super::ImportError;
use crate::diagnostics::display_path;
use crate::directory::opening_hours;

/// Hands every service in `path` to `each`, in order: a `.json` file, a folder whose
/// `.json` files are read in name order, or a tabular data package (its
/// `datapackage.json`, or the folder holding one).
pub fn read(path: &Path, each: Each) -> Result<(), ImportError> {
    let package = if path.is_dir() { path.join("datapackage.json") } else { path.to_path_buf() };
    if package.file_name().is_some_and(|n| n == "datapackage.json") && package.is_file() {
        for (origin, value) in super::tabular::read(&package)? {
            each(service(value, origin)?)?;
        }
        return Ok(());
    }
    let files = if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| ImportError::io(path, e))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("json")))
            .collect();
        files.sort();
        files
    } else {
        vec![path.to_path_buf()]
    };
    for file in &files {
        stream(file, each)?;
    }
    Ok(())
}

/// What receives the services one by one.
pub type Each<'e> = &'e mut dyn FnMut(SourceService) -> Result<(), ImportError>;

/// The services of one JSON file, read as a stream: a list is taken one service at a
/// time, so a feed of hundreds of megabytes never sits in memory as one JSON tree.
fn stream(file: &Path, each: Each) -> Result<(), ImportError> {
    let reader =
        std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(file).map_err(|e| ImportError::io(file, e))?);
    let mut de = serde_json::Deserializer::from_reader(reader);
    let mut visitor = Services { file, shown: display_path(file), each, failed: None };
    let result = serde::Deserializer::deserialize_any(&mut de, &mut visitor).and_then(|()| de.end());
    if let Some(e) = visitor.failed {
        return Err(e);
    }
    result.map_err(|e| super::json_error(file, &e))
}

/// Receives the top-level JSON value of a feed: a list of services, or one service.
struct Services<'a, 'e> {
    file: &'a Path,
    shown: String,
    each: Each<'e>,
    /// Our own error, when a service could not be read; serde gets a placeholder.
    failed: Option<ImportError>,
}

impl Services<'_, '_> {
    fn take<E: serde::de::Error>(&mut self, value: Value, origin: String) -> Result<(), E> {
        match service(value, origin).and_then(|s| (self.each)(s)) {
            Ok(()) => Ok(()),
            Err(e) => {
                self.failed = Some(e);
                Err(E::custom("service"))
            }
        }
    }
}

impl<'de> serde::de::Visitor<'de> for &mut Services<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a service or a list of services")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        while let Some(item) = seq.next_element::<Value>()? {
            let origin = format!("{}[{i}]", self.shown);
            self.take(item, origin)?;
            i += 1;
        }
        Ok(())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let item: Map<String, Value> =
            serde::Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        let origin = self.shown.clone();
        self.take(Value::Object(item), origin)
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        self.not_services()
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        self.not_services()
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        self.not_services()
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        self.not_services()
    }

    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
        self.not_services()
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.not_services()
    }
}

impl Services<'_, '_> {
    fn not_services<E: serde::de::Error>(&mut self) -> Result<(), E> {
        self.failed = Some(ImportError::NotServices { file: self.file.to_path_buf() });
        Err(E::custom("not services"))
    }
}

/// The fields of one JSON object: what is taken is marked, the rest goes to `unmapped`.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    path: String,
    taken: Vec<&'a str>,
}

impl<'a> Fields<'a> {
    fn new(map: &'a Map<String, Value>, path: impl Into<String>) -> Self {
        Fields { map, path: path.into(), taken: Vec::new() }
    }

    fn take(&mut self, key: &'a str) -> Option<&'a Value> {
        self.taken.push(key);
        self.map.get(key).filter(|v| filled(v))
    }

    /// A text (a number is taken as its digits), trimmed, if filled.
    fn text(&mut self, key: &'a str) -> Option<String> {
        match self.take(key)? {
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Value::Number(n) => Some(n.to_string()),
            other => Some(compact(other)),
        }
    }

    fn objects(&mut self, key: &'a str) -> Vec<&'a Map<String, Value>> {
        match self.take(key) {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
            Some(Value::Object(o)) => vec![o],
            _ => Vec::new(),
        }
    }

    fn object(&mut self, key: &'a str) -> Option<&'a Map<String, Value>> {
        self.take(key)?.as_object()
    }

    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Everything filled that was not taken, except ids and links between records,
    /// which carry no information of their own.
    fn rest(self, unmapped: &mut BTreeMap<String, String>) {
        for (key, value) in self.map {
            let structural = key == "id" || key.ends_with("_id");
            if structural || self.taken.contains(&key.as_str()) || !filled(value) {
                continue;
            }
            unmapped.entry(self.child(key)).or_insert_with(|| compact(value));
        }
    }
}

fn filled(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => a.iter().any(filled),
        Value::Object(o) => o.values().any(filled),
        Value::Bool(_) | Value::Number(_) => true,
    }
}

/// A value as an example in the report: short, on one line.
fn compact(v: &Value) -> String {
    let text = match v {
        Value::String(s) => s.trim().to_string(),
        other => other.to_string(),
    };
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 80 {
        format!("{}…", one_line.chars().take(79).collect::<String>())
    } else {
        one_line
    }
}

fn service(value: Value, origin: String) -> Result<SourceService, ImportError> {
    let Some(map) = value.as_object() else { return Err(ImportError::NotAService { origin }) };
    let id = match map.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(ImportError::MissingId { origin }),
    };
    let mut s = SourceService { id, origin, ..Default::default() };
    let mut f = Fields::new(map, "");
    let mut unmapped = BTreeMap::new();
    s.name = f.text("name").unwrap_or_default();
    s.description = f.text("description").unwrap_or_default();
    s.url = f.text("url");
    s.email = f.text("email");
    s.status = f.text("status");
    s.alert = f.text("alert");
    s.application_process = f.text("application_process");
    s.fees = f.text("fees_description");
    s.eligibility = f.text("eligibility_description");
    s.assured_date = f.text("assured_date");
    if let Some(org) = f.object("organization") {
        let mut o = Fields::new(org, "organization");
        s.organisatie = o.text("name");
        s.organisatie_website = o.text("website").or_else(|| o.text("url"));
        o.rest(&mut unmapped);
    }
    for phone in f.objects("phones") {
        let mut p = Fields::new(phone, "phones[]");
        if let Some(n) = p.text("number") {
            s.phones.push(n);
        }
        p.rest(&mut unmapped);
    }
    s.openingstijden = schedules(f.objects("schedules"), "schedules[]", &mut unmapped);
    for area in f.objects("service_areas") {
        let mut a = Fields::new(area, "service_areas[]");
        if let Some(n) = a.text("name") {
            s.areas.push(n);
        }
        a.rest(&mut unmapped);
    }
    for language in f.objects("languages") {
        let mut l = Fields::new(language, "languages[]");
        if let Some(code) = l.text("code") {
            s.languages.push(code.to_lowercase());
            l.taken.push("name");
        }
        l.rest(&mut unmapped);
    }
    for option in f.objects("cost_options") {
        let mut c = Fields::new(option, "cost_options[]");
        if let Some(text) = c.text("option") {
            // Only when the service says nothing of its costs itself.
            if s.fees.is_none() {
                s.fees = Some(text);
            }
        }
        c.rest(&mut unmapped);
    }
    for attribute in f.objects("attributes") {
        let mut a = Fields::new(attribute, "attributes[]");
        for key in ["link_type", "link_entity"] {
            a.taken.push(key);
        }
        if let Some(term) = a.object("taxonomy_term") {
            let mut t = Fields::new(term, "attributes[].taxonomy_term");
            let taxonomy = t
                .text("taxonomy")
                .or_else(|| t.object("taxonomy_detail").and_then(|d| d.get("name")?.as_str().map(str::to_string)))
                .unwrap_or_default();
            let code = t.text("code").unwrap_or_default();
            let name = t.text("name").or_else(|| t.text("term")).unwrap_or_default();
            if !code.is_empty() || !name.is_empty() {
                s.terms.push(Term { taxonomy, code, name });
            }
            t.rest(&mut unmapped);
        }
        a.rest(&mut unmapped);
    }
    for at in f.objects("service_at_locations") {
        let mut sal = Fields::new(at, "service_at_locations[]");
        if let Some(location) = sal.object("location") {
            s.locations.push(self::location(location, &mut unmapped));
        }
        sal.rest(&mut unmapped);
    }
    f.rest(&mut unmapped);
    s.unmapped = unmapped;
    Ok(s)
}

fn location(map: &Map<String, Value>, unmapped: &mut BTreeMap<String, String>) -> SourceLocation {
    let path = "service_at_locations[].location";
    let mut f = Fields::new(map, path);
    let mut l = SourceLocation { naam: f.text("name"), ..Default::default() };
    // A physical address first; a postal one only when there is no other.
    let mut addresses = f.objects("addresses");
    addresses.sort_by_key(|a| a.get("address_type").and_then(Value::as_str) != Some("physical"));
    for (i, address) in addresses.into_iter().enumerate() {
        let mut a = Fields::new(address, format!("{path}.addresses[]"));
        if i == 0 {
            l.adres = a.text("address_1");
            l.postcode = a.text("postal_code");
            l.plaats = a.text("city");
            // Implied for a Dutch site; the rest of an address has no field here.
            for key in ["country", "address_type", "state_province"] {
                a.taken.push(key);
            }
        }
        a.rest(unmapped);
    }
    for feature in f.objects("accessibility") {
        let mut a = Fields::new(feature, format!("{path}.accessibility[]"));
        if let Some(d) = a.text("description") {
            l.toegankelijkheid.push(d);
        }
        a.rest(unmapped);
    }
    l.openingstijden = schedules(f.objects("schedules"), &format!("{path}.schedules[]"), unmapped);
    f.taken.push("location_type");
    f.rest(unmapped);
    l
}

/// OpenStreetMap opening hours: a schedule's `notes` when they are a rule in that
/// syntax (as Wijkwijzer's own export writes), else a weekly schedule (`freq = WEEKLY`,
/// `byday`, `opens_at`, `closes_at`); a schedule that says more stays in the report.
fn schedules(list: Vec<&Map<String, Value>>, path: &str, unmapped: &mut BTreeMap<String, String>) -> Option<String> {
    let mut rules = Vec::new();
    for schedule in list {
        let mut f = Fields::new(schedule, path);
        let notes = schedule.get("notes").and_then(Value::as_str).map(str::trim).unwrap_or_default();
        if !notes.is_empty() && opening_hours::parse(notes).is_ok() {
            // The rule says it all; the other fields describe the same.
            f.taken.extend(["notes", "freq", "wkst", "byday", "opens_at", "closes_at", "description"]);
            rules.push(notes.to_string());
            f.rest(unmapped);
            continue;
        }
        let freq = f.text("freq").unwrap_or_default();
        let byday = f.text("byday").unwrap_or_default();
        let opens = f.text("opens_at").and_then(|t| hhmm(&t));
        let closes = f.text("closes_at").and_then(|t| hhmm(&t));
        let days: Option<Vec<&str>> = byday.split(',').map(|d| osm_day(d.trim())).collect();
        match (freq.eq_ignore_ascii_case("weekly"), days, opens, closes) {
            (true, Some(days), Some(o), Some(c)) if !days.is_empty() => {
                // A description may say more than the rule ("alleen in schoolweken"): it
                // stays in the report.
                f.taken.push("wkst");
                rules.push(format!("{} {o}-{c}", days.join(",")));
            }
            _ => {
                // Not a plain weekly rule: its parts go to the report as written.
                f.taken.clear();
            }
        }
        f.rest(unmapped);
    }
    (!rules.is_empty()).then(|| rules.join("; "))
}

fn osm_day(rfc: &str) -> Option<&'static str> {
    let i = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].iter().position(|d| d.eq_ignore_ascii_case(rfc))?;
    Some(["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][i])
}

/// `09:00`, `09:00:00` or `9:00` as `09:00`.
fn hhmm(t: &str) -> Option<String> {
    let mut parts = t.trim().split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.get(..2)?.parse().ok()?;
    (h <= 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekly_schedules_become_opening_hours_and_the_rest_is_reported() {
        let v: Value = serde_json::json!([
            { "freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00:00", "closes_at": "12:30" },
            { "description": "Op afspraak" }
        ]);
        let list: Vec<&Map<String, Value>> = v.as_array().unwrap().iter().filter_map(Value::as_object).collect();
        let mut unmapped = BTreeMap::new();
        assert_eq!(schedules(list, "schedules[]", &mut unmapped).as_deref(), Some("Mo,We 09:00-12:30"));
        assert_eq!(unmapped.get("schedules[].description").map(String::as_str), Some("Op afspraak"));
    }

    #[test]
    fn ids_and_links_are_not_reported_but_everything_else_is() {
        let v = serde_json::json!({
            "id": "x1", "organization_id": "o", "name": "Inloop", "alternate_name": "De Brug",
            "phones": [{ "id": "p", "number": "+31 575 123 456", "type": "voice" }], "fees": null
        });
        let s = service(v, "f.json".into()).unwrap();
        assert_eq!(s.phones, ["+31 575 123 456"]);
        let keys: Vec<&str> = s.unmapped.keys().map(String::as_str).collect();
        assert_eq!(keys, ["alternate_name", "phones[].type"]);
    }

    #[test]
    fn a_service_needs_an_id() {
        let err = service(serde_json::json!({ "name": "x" }), "f.json[3]".into()).unwrap_err();
        assert!(matches!(err, ImportError::MissingId { ref origin } if origin == "f.json[3]"));
    }
}
