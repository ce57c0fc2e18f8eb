//! "Snel weg" (quick exit): on pages about relations and safety a link that is always on
//! screen and leaves for a neutral site at once, for someone who may be watched at home.
//! `[extra.wijkwijzer.snel_weg]` in config.toml chooses the site (`adres`) and the needs
//! whose pages get it (`behoeften`); a page can ask for it with `snel_weg = true` under
//! `[extra]`. It is on by default for `relaties-veiligheid`.

use std::sync::Arc;

use serde::Serialize;

use crate::codes::Code;
use crate::config::{setting_error, Config};
use crate::diagnostics::Diagnostic;
use crate::directory::fields;
use crate::msg;

/// The neutral site when config.toml names none: a search engine's front page looks
/// like nothing in particular in a browser's history.
pub const DEFAULT_ADRES: &str = "https://www.google.nl/";
pub const DEFAULT_BEHOEFTEN: &[&str] = &["relaties-veiligheid"];

/// What templates see as `snel_weg`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnelWeg {
    /// Where the link leaves for.
    pub adres: String,
    /// The needs whose pages (and whose services' pages) get the link.
    pub behoeften: Vec<String>,
    /// Named in config.toml (checked against the region's needs), not the default.
    #[serde(skip)]
    pub named: bool,
}

/// The settings, checked; `None` when `adres = ""` turns it off. A wrong value is an
/// error at its line in config.toml.
pub fn settings(config: &Config, text: &Arc<str>) -> Result<Option<SnelWeg>, Diagnostic> {
    let table = config.extra.get("wijkwijzer").and_then(|w| w.get("snel_weg")).and_then(toml::Value::as_table);
    let problem =
        |key: &str, m, help| setting_error(Code::SnelWeg, text, &["extra", "wijkwijzer", "snel_weg", key], m, help);
    let adres = match table.and_then(|t| t.get("adres")) {
        None => DEFAULT_ADRES.to_string(),
        Some(v) => v.as_str().map(str::trim).map(String::from).ok_or_else(|| {
            problem("adres", msg!("snel-weg-adres", value = v.to_string()), msg!("snel-weg-adres.help"))
        })?,
    };
    if adres.is_empty() {
        return Ok(None);
    }
    if !adres.starts_with("https://") || fields::website(&adres).is_err() {
        return Err(problem("adres", msg!("snel-weg-adres", value = adres.as_str()), msg!("snel-weg-adres.help")));
    }
    let named = table.is_some_and(|t| t.contains_key("behoeften"));
    let behoeften = match table.and_then(|t| t.get("behoeften")) {
        None => DEFAULT_BEHOEFTEN.iter().map(|s| s.to_string()).collect(),
        Some(v) => v
            .as_array()
            .and_then(|a| a.iter().map(|x| x.as_str().map(String::from)).collect::<Option<Vec<_>>>())
            .ok_or_else(|| problem("behoeften", msg!("snel-weg-behoeften"), msg!("snel-weg-behoeften.help")))?,
    };
    if let Some(unknown) = table.and_then(|t| t.keys().find(|k| !["adres", "behoeften"].contains(&k.as_str()))) {
        return Err(problem(unknown, msg!("snel-weg-key", key = unknown.as_str()), msg!("snel-weg-key.help")));
    }
    Ok(Some(SnelWeg { adres, behoeften, named }))
}

/// Every need it names must be one of the region's: a typo would leave those pages
/// without the button, and nobody would notice.
pub fn check_needs(
    sw: &SnelWeg,
    dir: &crate::directory::Directory,
    text: &Arc<str>,
    diags: &mut crate::diagnostics::Diagnostics,
) {
    for slug in sw.behoeften.iter().filter(|_| sw.named) {
        if dir.need(slug).is_none() {
            let valid: Vec<&str> = dir.region.behoeften.iter().map(|n| n.slug.as_str()).collect();
            diags.push(setting_error(
                Code::SnelWeg,
                text,
                &["extra", "wijkwijzer", "snel_weg", "behoeften"],
                msg!("snel-weg-behoefte", slug = slug.as_str()),
                msg!("snel-weg-behoefte.help", valid = valid.join(", ")),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn parse(table: &str) -> Result<Option<SnelWeg>, Diagnostic> {
        let text: Arc<str> = Arc::from(format!("base_url = \"https://a.nl\"\n{table}"));
        let config = Config::parse(&text, Path::new("config.toml")).unwrap();
        settings(&config, &text)
    }

    #[test]
    fn on_by_default_for_relations_and_safety() {
        let s = parse("").unwrap().unwrap();
        assert_eq!(s.adres, DEFAULT_ADRES);
        assert_eq!(s.behoeften, ["relaties-veiligheid"]);
        let s = parse("[extra.wijkwijzer.snel_weg]\nadres = \"https://www.knmi.nl/\"\nbehoeften = [\"relaties-veiligheid\", \"verslaving\"]\n").unwrap().unwrap();
        assert_eq!(s.adres, "https://www.knmi.nl/");
        assert_eq!(s.behoeften.len(), 2);
        assert_eq!(parse("[extra.wijkwijzer.snel_weg]\nadres = \"\"\n").unwrap(), None);
    }

    #[test]
    fn a_wrong_value_is_named_at_its_line() {
        for bad in ["adres = \"http://www.knmi.nl/\"", "adres = \"weer\"", "behoeften = \"relaties\"", "knop = true"] {
            let d = parse(&format!("[extra.wijkwijzer.snel_weg]\n{bad}\n")).unwrap_err();
            assert_eq!(d.code, Code::SnelWeg, "{bad}");
        }
    }
}
