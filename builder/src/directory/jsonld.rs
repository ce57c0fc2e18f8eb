//! schema.org JSON-LD for a service page, so search engines and other tools can read the
//! directory: the service, who provides it, where, when and how to reach it.

use serde_json::{json, Map, Value};

use super::*;
use crate::config::Config;

pub fn service(dir: &Directory, lib: &Library, config: &Config, d: &Dienst) -> Value {
    let page = &lib.pages[d.page];
    let mut provider = Map::new();
    provider.insert("@type".into(), json!("Organization"));
    provider.insert("name".into(), json!(d.organisatie));
    if let Some(w) = &d.website {
        provider.insert("url".into(), json!(w));
    }
    if let Some(e) = &d.email {
        provider.insert("email".into(), json!(e));
    }
    if let Some(t) = d.telefoon.first() {
        provider.insert("telephone".into(), json!(t));
    }
    let area: Vec<Value> = match d.owner {
        Owner::Gemeente(_) if !d.whole_municipality() => dir
            .wijken_of(d)
            .map(|(gem, w)| json!({ "@type": "Place", "name": format!("{}, {}", w.naam, gem.naam) }))
            .collect(),
        _ => dir
            .serves(d)
            .iter()
            .map(|&g| json!({ "@type": "AdministrativeArea", "name": dir.gemeenten[g].naam }))
            .collect(),
    };
    let mut channels: Vec<Value> = Vec::new();
    for t in &d.telefoon {
        channels
            .push(json!({ "@type": "ServiceChannel", "servicePhone": { "@type": "ContactPoint", "telephone": t } }));
    }
    if let Some(w) = &d.website {
        channels.push(json!({ "@type": "ServiceChannel", "serviceUrl": w }));
    }
    for l in &d.locaties {
        let mut address = Map::new();
        address.insert("@type".into(), json!("PostalAddress"));
        for (key, value) in [("streetAddress", &l.adres), ("postalCode", &l.postcode), ("addressLocality", &l.plaats)] {
            if let Some(v) = value {
                address.insert(key.into(), json!(v));
            }
        }
        address.insert("addressCountry".into(), json!("NL"));
        let mut place = json!({ "@type": "Place", "address": Value::Object(address) });
        if let Some(n) = &l.naam {
            place["name"] = json!(n);
        }
        let hours = l.openingstijden.as_deref().map(hours_available).unwrap_or_default();
        if !hours.is_empty() {
            place["openingHoursSpecification"] = json!(hours);
        }
        channels.push(json!({ "@type": "ServiceChannel", "serviceLocation": place }));
    }
    let mut out = json!({
        "@context": "https://schema.org",
        "@type": if matches!(d.soort.as_str(), "wijkteam" | "meldpunt") { "GovernmentService" } else { "Service" },
        "name": page.front.title,
        "description": page.front.description,
        "url": config.permalink(&page.meta.path),
        "serviceType": dir.kind(&d.soort).map(|k| k.label.clone()).unwrap_or_else(|| d.soort.clone()),
        "provider": Value::Object(provider),
        "areaServed": area,
        "availableChannel": channels,
        "isAccessibleForFree": free_of_charge(d.kosten),
    });
    if !d.talen.is_empty() {
        out["availableLanguage"] = json!(d.talen);
    }
    if !d.doelgroep.is_empty() {
        let audiences: Vec<&str> = d.doelgroep.iter().map(|x| audience(*x)).collect();
        out["audience"] = json!({ "@type": "Audience", "audienceType": audiences.join(", ") });
    }
    let mut hours = d.openingstijden.as_deref().map(hours_available).unwrap_or_default();
    // A temporary closure: closed all day (opens and closes at midnight) through its last
    // day, schema.org's way of saying so.
    if let Some(tot) = &d.gesloten_tot {
        hours.push(json!({
            "@type": "OpeningHoursSpecification",
            "opens": "00:00",
            "closes": "00:00",
            "validThrough": tot.ymd(),
        }));
    }
    if !hours.is_empty() {
        out["hoursAvailable"] = json!(hours);
    }
    if let Some(c) = &d.gecontroleerd {
        out["dateModified"] = json!(c.ymd());
    }
    // A notice is schema.org's SpecialAnnouncement about the service, through its last
    // day (a bare date would mean that day's first moment).
    if let Some(m) = &d.melding {
        let mut notice = json!({ "@type": "SpecialAnnouncement", "text": m.tekst });
        if let Some(end) = m.tot.as_ref().and_then(|t| super::open_now::last_moment(t.day())) {
            notice["expires"] = json!(end);
        }
        out["subjectOf"] = notice;
    }
    out
}

/// schema.org `isAccessibleForFree`: does the resident pay nothing at all? Care paid by
/// the health insurance still counts against the deductible, so it is not free.
fn free_of_charge(kosten: Kosten) -> bool {
    match kosten {
        Kosten::Gratis => true,
        Kosten::EigenBijdrage | Kosten::Zorgverzekering | Kosten::Betaald => false,
    }
}

/// schema.org `Audience.audienceType` for a target group.
fn audience(doelgroep: Doelgroep) -> &'static str {
    match doelgroep {
        Doelgroep::Iedereen => "iedereen",
        Doelgroep::Jongeren => "jongeren",
        Doelgroep::Volwassenen => "volwassenen",
        Doelgroep::Ouderen => "ouderen",
        Doelgroep::Naasten => "naasten en mantelzorgers",
        Doelgroep::Buren => "buren",
        Doelgroep::Professionals => "professionals",
    }
}

/// The rules that schema.org can say: open on whole weekdays at fixed times.
fn hours_available(value: &str) -> Vec<Value> {
    let Ok(expr) = opening_hours::parse(value) else { return Vec::new() };
    let mut out = Vec::new();
    for rule in &expr.rules {
        let Some(days) = opening_hours::weekly_days(rule) else { continue };
        let names: Vec<String> = if days.is_empty() {
            DAYS.iter().map(|d| format!("https://schema.org/{d}")).collect()
        } else {
            days.iter().map(|&d| format!("https://schema.org/{}", DAYS[d as usize])).collect()
        };
        for span in &rule.time_selector.spans {
            if let (Some(opens), Some(closes)) =
                (opening_hours::fixed_time(&span.range.start), opening_hours::fixed_time(&span.range.end))
            {
                out.push(json!({
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": names,
                    "opens": opens,
                    "closes": closes,
                }));
            }
        }
    }
    out
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// JSON for inside a `<script>` element: `</` cannot end the element early.
pub fn to_script(value: &Value) -> String {
    value.to_string().replace("</", "<\\/").replace("<!--", "<\\!--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekly_hours_become_specifications() {
        let h = hours_available("Tu,Th 10:00-12:00; Sa[1] 13:00-16:00; PH off");
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0]["dayOfWeek"], json!(["https://schema.org/Tuesday", "https://schema.org/Thursday"]));
        assert_eq!(h[0]["opens"], "10:00");
        assert_eq!(hours_available("Fr-Mo 09:00-17:00")[0]["dayOfWeek"].as_array().map(Vec::len), Some(4));
    }

    #[test]
    fn script_safe() {
        assert_eq!(to_script(&json!({ "a": "</script><!--" })), r#"{"a":"<\/script><\!--"}"#);
    }
}
