//! Open data: the whole directory as Open Referral HSDS 3.0, both as nested JSON
//! (`/open-data/hsds/services.json`, each item a `service_with_definitions`) and as a
//! tabular data package (`datapackage.json` with one CSV per table). Identifiers are
//! UUIDs derived from the content path, so they stay the same from build to build.

use serde_json::{json, Value};
use uuid::Uuid;

use super::*;
use crate::config::Config;

pub const BASE: &str = "open-data/hsds";

/// Wijkwijzer's namespace for name-based (v5) UUIDs.
const NAMESPACE: Uuid = Uuid::from_u128(0x5b0e_1f4a_9c2d_4e7b_8a61_3d2f_0c9e_7a15);

fn id(kind: &str, key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes()).to_string()
}

/// Rows of the tables, filled while the nested JSON is made, so both say the same.
#[derive(Default)]
struct Tables {
    services: Vec<Vec<String>>,
    organizations: Vec<Vec<String>>,
    locations: Vec<Vec<String>>,
    addresses: Vec<Vec<String>>,
    phones: Vec<Vec<String>>,
    schedules: Vec<Vec<String>>,
    service_areas: Vec<Vec<String>>,
    languages: Vec<Vec<String>>,
    service_at_locations: Vec<Vec<String>>,
    cost_options: Vec<Vec<String>>,
    accessibility: Vec<Vec<String>>,
    attributes: Vec<Vec<String>>,
    taxonomy_terms: Vec<Vec<String>>,
}

const COLUMNS: &[(&str, &[&str])] = &[
    (
        "services",
        &[
            "id",
            "organization_id",
            "name",
            "description",
            "url",
            "email",
            "status",
            "alert",
            "application_process",
            "fees_description",
            "eligibility_description",
            "assured_date",
            "assurer_email",
        ],
    ),
    ("organizations", &["id", "name", "description", "email", "website"]),
    ("locations", &["id", "location_type", "name"]),
    (
        "addresses",
        &["id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
    ),
    ("phones", &["id", "service_id", "number"]),
    (
        "schedules",
        &["id", "service_id", "location_id", "freq", "wkst", "byday", "opens_at", "closes_at", "description", "notes"],
    ),
    ("service_areas", &["id", "service_id", "name", "description"]),
    ("languages", &["id", "service_id", "name", "code"]),
    ("service_at_locations", &["id", "service_id", "location_id"]),
    ("cost_options", &["id", "service_id", "option", "currency"]),
    ("accessibility", &["id", "location_id", "description"]),
    ("attributes", &["id", "link_id", "taxonomy_term_id", "link_type", "link_entity"]),
    ("taxonomy_terms", &["id", "code", "name", "description", "taxonomy"]),
];

/// The taxonomies of the site's own lists, as the attributes of a service name them.
pub const TAXONOMY_BEHOEFTEN: &str = "wijkwijzer-behoeften";
pub const TAXONOMY_SOORTEN: &str = "wijkwijzer-soorten";

/// The files of the open data export: (output-relative path, text).
pub fn export(dir: &Directory, lib: &Library, config: &Config) -> Result<Vec<(String, String)>, String> {
    let province = dir.region.regio.clone().unwrap_or_else(|| "Nederland".into());
    let mut tables = Tables::default();
    let mut seen_orgs = std::collections::BTreeSet::new();
    let mut services = Vec::new();
    let mut order: Vec<&Dienst> = dir.diensten.iter().collect();
    order.sort_by(|a, b| lib.pages[a.page].meta.path.cmp(&lib.pages[b.page].meta.path));
    for d in order {
        services.push(service(dir, lib, config, d, &province, &mut tables, &mut seen_orgs));
    }
    let mut files =
        vec![(format!("{BASE}/services.json"), serde_json::to_string_pretty(&services).map_err(|e| e.to_string())?)];
    let tables_by_name: [(&str, &Vec<Vec<String>>); 13] = [
        ("services", &tables.services),
        ("organizations", &tables.organizations),
        ("locations", &tables.locations),
        ("addresses", &tables.addresses),
        ("phones", &tables.phones),
        ("schedules", &tables.schedules),
        ("service_areas", &tables.service_areas),
        ("languages", &tables.languages),
        ("service_at_locations", &tables.service_at_locations),
        ("cost_options", &tables.cost_options),
        ("accessibility", &tables.accessibility),
        ("attributes", &tables.attributes),
        ("taxonomy_terms", &tables.taxonomy_terms),
    ];
    let mut resources = Vec::new();
    for ((name, rows), (_, columns)) in tables_by_name.iter().zip(COLUMNS) {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(*columns).map_err(|e| e.to_string())?;
        for row in rows.iter() {
            w.write_record(row).map_err(|e| e.to_string())?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        files.push((format!("{BASE}/{name}.csv"), String::from_utf8(bytes).map_err(|e| e.to_string())?));
        resources.push(json!({
            "name": name,
            "path": format!("{name}.csv"),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": { "fields": columns.iter().map(|c| json!({ "name": c, "type": "string" })).collect::<Vec<_>>(), "primaryKey": "id" },
        }));
    }
    let package = json!({
        "profile": "tabular-data-package",
        "name": "wijkwijzer-hsds",
        "title": format!("{} – ondersteuning in de wijk (Open Referral HSDS 3.0)", config.title.clone().unwrap_or_default()),
        "homepage": config.permalink("/"),
        "licenses": [{ "name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/" }],
        "resources": resources,
    });
    files
        .push((format!("{BASE}/datapackage.json"), serde_json::to_string_pretty(&package).map_err(|e| e.to_string())?));
    Ok(files)
}

fn service(
    dir: &Directory,
    lib: &Library,
    config: &Config,
    d: &Dienst,
    province: &str,
    t: &mut Tables,
    seen_orgs: &mut std::collections::BTreeSet<String>,
) -> Value {
    let page = &lib.pages[d.page];
    let key = &page.meta.content_path;
    let sid = id("service", key);
    let oid = id("organization", &d.organisatie);
    let name = page.front.title.clone().unwrap_or_default();
    let description = page.front.description.clone().unwrap_or_default();
    let url = config.permalink(&page.meta.path);
    let status = hsds_status(d.status);
    let alert = alert(d);
    let org_description = format!("Organisatie achter {name}.");
    let mut organization = json!({ "id": oid, "name": d.organisatie, "description": org_description });
    if let Some(w) = &d.website {
        organization["website"] = json!(w);
    }
    if seen_orgs.insert(oid.clone()) {
        t.organizations.push(vec![
            oid.clone(),
            d.organisatie.clone(),
            org_description,
            String::new(),
            d.website.clone().unwrap_or_default(),
        ]);
    }
    let eligibility = if d.doelgroep.is_empty() {
        "iedereen".to_string()
    } else {
        d.doelgroep.iter().map(|x| x.label()).collect::<Vec<_>>().join(", ")
    };
    let assured = d.gecontroleerd.as_ref().map(|c| c.ymd()).unwrap_or_default();
    // Who vouches for the check: the editors, at the address config.toml gives.
    let assurer = if assured.is_empty() { String::new() } else { redactieadres(config).unwrap_or_default() };
    t.services.push(vec![
        sid.clone(),
        oid.clone(),
        name.clone(),
        description.clone(),
        url.clone(),
        d.email.clone().unwrap_or_default(),
        status.into(),
        alert.clone().unwrap_or_default(),
        application_process(d.toegang).into(),
        d.kosten.label().into(),
        eligibility.clone(),
        assured.clone(),
        assurer.clone(),
    ]);

    let phones: Vec<Value> = d
        .telefoon
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let pid = id("phone", &format!("{key}#{i}"));
            t.phones.push(vec![pid.clone(), sid.clone(), n.clone()]);
            json!({ "id": pid, "service_id": sid, "number": n })
        })
        .collect();
    let service_schedules = schedules(d.openingstijden.as_deref(), &d.openingstijden_tekst, &sid, None, key, t);
    let area_names: Vec<(String, String)> = match d.owner {
        Owner::Gemeente(_) if !d.whole_municipality() => dir
            .wijken_of(d)
            .map(|(gem, w)| {
                (format!("{}, {}", w.naam, gem.naam), format!("Postcodegebieden {}", w.postcodes.join(", ")))
            })
            .collect(),
        _ => dir
            .serves(d)
            .iter()
            .map(|&g| {
                (
                    dir.gemeenten[g].naam.clone(),
                    format!("Gemeente {} ({})", dir.gemeenten[g].naam, dir.gemeenten[g].code),
                )
            })
            .collect(),
    };
    let areas: Vec<Value> = area_names
        .into_iter()
        .map(|(area, desc)| {
            let aid = id("service_area", &format!("{key}#{area}"));
            t.service_areas.push(vec![aid.clone(), sid.clone(), area.clone(), desc.clone()]);
            json!({ "id": aid, "service_id": sid, "name": area, "description": desc })
        })
        .collect();
    let languages: Vec<Value> = d
        .talen
        .iter()
        .map(|code| {
            let lid = id("language", &format!("{key}#{code}"));
            let name = views::language_name(code);
            t.languages.push(vec![lid.clone(), sid.clone(), name.clone(), code.clone()]);
            json!({ "id": lid, "service_id": sid, "name": name, "code": code })
        })
        .collect();
    let cid = id("cost_option", key);
    t.cost_options.push(vec![cid.clone(), sid.clone(), d.kosten.label().into(), "EUR".into()]);
    let cost_options = vec![json!({ "id": cid, "service_id": sid, "option": d.kosten.label(), "currency": "EUR" })];

    let mut at_locations = Vec::new();
    for (i, l) in d.locaties.iter().enumerate() {
        let lkey = format!("{key}#locatie{i}");
        let lid = id("location", &lkey);
        let salid = id("service_at_location", &lkey);
        let lname = l.naam.clone().unwrap_or_else(|| name.clone());
        t.locations.push(vec![lid.clone(), "physical".into(), lname.clone()]);
        t.service_at_locations.push(vec![salid.clone(), sid.clone(), lid.clone()]);
        let mut location = json!({ "id": lid, "location_type": "physical", "name": lname });
        if let (Some(adres), Some(plaats)) = (&l.adres, &l.plaats) {
            let adid = id("address", &lkey);
            let pc = l.postcode.clone().unwrap_or_default();
            t.addresses.push(vec![
                adid.clone(),
                lid.clone(),
                adres.clone(),
                plaats.clone(),
                province.into(),
                pc.clone(),
                "NL".into(),
                "physical".into(),
            ]);
            location["addresses"] = json!([{
                "id": adid, "location_id": lid, "address_1": adres, "city": plaats, "state_province": province,
                "postal_code": pc, "country": "NL", "address_type": "physical",
            }]);
        }
        let access: Vec<Value> = l
            .toegankelijkheid
            .iter()
            .map(|a| {
                let acid = id("accessibility", &format!("{lkey}#{}", a.slug()));
                t.accessibility.push(vec![acid.clone(), lid.clone(), accessibility(*a).into()]);
                json!({ "id": acid, "location_id": lid, "description": accessibility(*a) })
            })
            .collect();
        if !access.is_empty() {
            location["accessibility"] = json!(access);
        }
        let loc_schedules = schedules(l.openingstijden.as_deref(), &l.openingstijden_tekst, &sid, Some(&lid), &lkey, t);
        if !loc_schedules.is_empty() {
            location["schedules"] = json!(loc_schedules);
        }
        at_locations.push(json!({ "id": salid, "service_id": sid, "location_id": lid, "location": location }));
    }

    let attributes = attributes(dir, d, &sid, key, t);
    let mut out = json!({
        "id": sid,
        "organization_id": oid,
        "name": name,
        "description": description,
        "url": url,
        "status": status,
        "application_process": application_process(d.toegang),
        "fees_description": d.kosten.label(),
        "eligibility_description": eligibility,
        "organization": organization,
        "phones": phones,
        "schedules": service_schedules,
        "service_areas": areas,
        "languages": languages,
        "cost_options": cost_options,
        "service_at_locations": at_locations,
        "attributes": attributes,
    });
    if let Some(e) = &d.email {
        out["email"] = json!(e);
    }
    if let Some(a) = alert {
        out["alert"] = json!(a);
    }
    if !assured.is_empty() {
        out["assured_date"] = json!(assured);
    }
    if !assurer.is_empty() {
        out["assurer_email"] = json!(assurer);
    }
    out
}

/// The service's needs and kind as taxonomy terms of the site's own lists, so that a
/// reader (and `wijkwijzer import`) knows them without a mapping.
fn attributes(dir: &Directory, d: &Dienst, sid: &str, key: &str, t: &mut Tables) -> Vec<Value> {
    let needs = d.behoeften.iter().filter_map(|slug| dir.need(slug)).map(|n| (TAXONOMY_BEHOEFTEN, &n.slug, &n.label));
    let kind = dir.kind(&d.soort).map(|k| (TAXONOMY_SOORTEN, &k.slug, &k.label));
    needs
        .chain(kind)
        .map(|(taxonomy, slug, label)| {
            let term_id = id("taxonomy_term", &format!("{taxonomy}:{slug}"));
            let aid = id("attribute", &format!("{key}#{taxonomy}:{slug}"));
            if !t.taxonomy_terms.iter().any(|row| row[0] == term_id) {
                t.taxonomy_terms.push(vec![
                    term_id.clone(),
                    slug.clone(),
                    label.clone(),
                    label.clone(),
                    taxonomy.to_string(),
                ]);
            }
            t.attributes.push(vec![aid.clone(), sid.into(), term_id.clone(), "service".into(), "service".into()]);
            json!({
                "id": aid, "link_id": sid, "taxonomy_term_id": term_id, "link_type": "service", "link_entity": "service",
                "taxonomy_term": { "id": term_id, "code": slug, "name": label, "description": label, "taxonomy": taxonomy },
            })
        })
        .collect()
}

/// RFC 5545-style weekly schedules for the rules that have them; the Dutch text of
/// every rule goes in `description`, so nothing is lost.
fn schedules(
    value: Option<&str>,
    dutch: &[String],
    sid: &str,
    lid: Option<&str>,
    key: &str,
    t: &mut Tables,
) -> Vec<Value> {
    let Some(expr) = value.and_then(|v| opening_hours::parse(v).ok()) else { return Vec::new() };
    let mut out = Vec::new();
    for (i, rule) in expr.rules.iter().enumerate() {
        let text = dutch.get(i).cloned().unwrap_or_default();
        let schid = id("schedule", &format!("{key}#{i}"));
        // The rule itself, in OpenStreetMap's syntax: lossless, for tools that read it
        // (wijkwijzer import does).
        let notes = rule.to_string();
        let mut s = json!({ "id": schid, "service_id": sid, "description": text, "notes": notes });
        if let Some(l) = lid {
            s["location_id"] = json!(l);
        }
        let weekly: Option<Vec<&str>> = opening_hours::weekly_days(rule)
            .map(|days| days.iter().map(|&d| ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d as usize]).collect());
        let first_span = rule.time_selector.spans.first().and_then(|sp| {
            Some((opening_hours::fixed_time(&sp.range.start)?, opening_hours::fixed_time(&sp.range.end)?))
        });
        let (mut freq, mut byday, mut opens, mut closes) = (String::new(), String::new(), String::new(), String::new());
        if let (Some(codes), Some((o, c))) = (weekly, first_span) {
            if rule.time_selector.spans.len() == 1 {
                freq = "WEEKLY".into();
                byday = if codes.is_empty() { "MO,TU,WE,TH,FR,SA,SU".into() } else { codes.join(",") };
                s["freq"] = json!(freq);
                s["wkst"] = json!("MO");
                s["byday"] = json!(byday);
                s["opens_at"] = json!(o);
                s["closes_at"] = json!(c);
                opens = o;
                closes = c;
            }
        }
        let wkst = if freq.is_empty() { String::new() } else { "MO".into() };
        t.schedules.push(vec![
            schid,
            sid.into(),
            lid.unwrap_or_default().into(),
            freq,
            wkst,
            byday,
            opens,
            closes,
            text,
            notes,
        ]);
        out.push(s);
    }
    out
}

/// The editors' address (`[extra.wijkwijzer] redactieadres`), when it is one.
pub fn redactieadres(config: &Config) -> Option<String> {
    let value = config.extra.get("wijkwijzer")?.get("redactieadres")?.as_str()?;
    fields::email(value).is_ok().then(|| value.to_string())
}

/// HSDS 3.0 `service.alert`: the notice while it holds. (Its last day, and a closure's,
/// have no field in HSDS; the status says "temporarily closed".)
fn alert(d: &Dienst) -> Option<String> {
    d.melding.as_ref().map(|m| m.tekst.clone())
}

/// HSDS 3.0 `service.status` for each status.
fn hsds_status(status: Status) -> &'static str {
    match status {
        Status::Actief => "active",
        Status::TijdelijkGesloten => "temporarily closed",
        Status::Gestopt => "defunct",
    }
}

/// HSDS `application_process`: the steps to get the service, in Dutch as the
/// resident's label says them.
fn application_process(toegang: Toegang) -> &'static str {
    match toegang {
        Toegang::Vrij | Toegang::Aanmelden | Toegang::Verwijzing | Toegang::WmoBeschikking => toegang.label(),
    }
}

/// HSDS `accessibility.description` of a location's feature.
fn accessibility(feature: Toegankelijkheid) -> &'static str {
    match feature {
        Toegankelijkheid::Rolstoel | Toegankelijkheid::Ringleiding | Toegankelijkheid::Invalidentoilet => {
            feature.label()
        }
    }
}
