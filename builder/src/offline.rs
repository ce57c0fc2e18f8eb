//! Offline: a small service worker so that the help lines open without a connection.
//! Every page comes from the network first; only when that fails does the worker answer,
//! with the crisis page ("Ik heb nu hulp nodig") if that was asked for and otherwise the
//! offline page with the help lines. Those two and the stylesheet are the only files it
//! keeps: a visited page is never stored, so a shared or checked phone does not show
//! which help someone looked at. `[extra.wijkwijzer.offline]` in config.toml: `aan =
//! false` turns it off (the worker then removes itself from visitors' browsers), and
//! `pagina` names the crisis page (by default `@/nu-hulp.md`, when the site has it). It
//! is on by default when the site has help lines or a crisis page to keep.

use std::sync::Arc;

use serde::Serialize;

use crate::codes::Code;
use crate::config::{setting_error, Config};
use crate::content::Library;
use crate::diagnostics::Diagnostic;
use crate::msg;

/// The page the worker shows when the network fails and it has nothing better.
pub const OFFLINE_PATH: &str = "/offline/";
/// The worker's file, at the root of the site so that it serves every page.
pub const WORKER_FILE: &str = "sw.js";
/// The crisis page when config.toml names none (and the site has it).
pub const DEFAULT_PAGINA: &str = "nu-hulp.md";

/// The worker's settings, checked. The default is off: a site gets its settings from
/// `settings` when it is built.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Offline {
    /// Off: the worker that is written removes itself and what it kept.
    pub aan: bool,
    /// The site path of the crisis page kept in advance, if any.
    pub pagina: Option<String>,
}

impl Offline {
    /// The site paths kept when the worker installs: the crisis page, the offline page and
    /// the stylesheet; nothing else is ever stored.
    pub fn vooraf(&self) -> Vec<String> {
        let mut paths: Vec<String> = self.pagina.iter().cloned().collect();
        paths.push(OFFLINE_PATH.to_string());
        paths.push("/wijkwijzer.css".to_string());
        paths
    }
}

/// The start of the names of the worker's caches: one site's, whatever other sites on
/// the same host keep.
pub fn cache_prefix(config: &Config) -> String {
    format!("wijkwijzer {}/ ", config.base_url)
}

/// The cache of a resident's kept "Mijn lijstje" (the list page fills and empties it).
pub fn list_cache(config: &Config) -> String {
    format!("{}lijstje", cache_prefix(config))
}

/// The settings; a wrong value is an error at its line in config.toml.
pub fn settings(config: &Config, text: &Arc<str>, lib: &Library) -> Result<Offline, Diagnostic> {
    let value = config.extra.get("wijkwijzer").and_then(|w| w.get("offline"));
    let table = value.and_then(toml::Value::as_table);
    let problem =
        |key: &str, m, help| setting_error(Code::Offline, text, &["extra", "wijkwijzer", "offline", key], m, help);
    // `offline = false` directly under [extra.wijkwijzer] would otherwise do nothing.
    if let Some(v) = value.filter(|v| !v.is_table()) {
        let (m, help) = (msg!("offline-table", value = v.to_string()), msg!("offline-table.help"));
        return Err(setting_error(Code::Offline, text, &["extra", "wijkwijzer", "offline"], m, help));
    }
    if let Some(unknown) = table.and_then(|t| t.keys().find(|k| !["aan", "pagina"].contains(&k.as_str()))) {
        return Err(problem(unknown, msg!("offline-key", key = unknown.as_str()), msg!("offline-key.help")));
    }
    let aan = match table.and_then(|t| t.get("aan")) {
        None => None,
        Some(v) => Some(
            v.as_bool()
                .ok_or_else(|| problem("aan", msg!("offline-aan", value = v.to_string()), msg!("offline-aan.help")))?,
        ),
    };
    // Only a page the build writes: one with `render = false`, or a section that
    // redirects, has no page at its address for the worker to keep.
    let page_path = |content_path: &str| {
        let pages = lib.pages.iter().filter(|p| p.front.render).map(|p| &p.meta);
        let sections = lib.sections.iter().filter(|s| s.front.render && s.front.redirect_to.is_none()).map(|s| &s.meta);
        pages.chain(sections).filter(|m| m.content_path == content_path).map(|m| m.path.clone()).next()
    };
    let pagina = match table.and_then(|t| t.get("pagina")) {
        None => page_path(DEFAULT_PAGINA),
        Some(v) => {
            let named = v.as_str().map(str::trim).unwrap_or_default();
            let wrong =
                || problem("pagina", msg!("offline-pagina", value = v.to_string()), msg!("offline-pagina.help"));
            match named {
                "" if v.as_str().is_some() => None,
                _ => Some(page_path(named.strip_prefix("@/").ok_or_else(wrong)?).ok_or_else(wrong)?),
            }
        }
    };
    // On by default when there is something to keep: help lines or a crisis page. A
    // plain site stays without scripts.
    let has_lines = config.extra.get("hulplijnen").and_then(toml::Value::as_array).is_some_and(|a| !a.is_empty());
    let aan = aan.unwrap_or(has_lines || pagina.is_some());
    Ok(Offline { aan, pagina })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn parse(table: &str) -> Result<Offline, Diagnostic> {
        let text: Arc<str> = Arc::from(format!("base_url = \"https://a.nl\"\n{table}"));
        let config = Config::parse(&text, Path::new("config.toml")).unwrap();
        settings(&config, &text, &Library::default())
    }

    #[test]
    fn on_by_default_with_help_lines_and_off_when_asked() {
        assert_eq!(parse("").unwrap(), Offline { aan: false, pagina: None }, "nothing to keep");
        let lines = "[[extra.hulplijnen]]\nnaam = \"113\"\n";
        assert_eq!(parse(lines).unwrap(), Offline { aan: true, pagina: None });
        assert!(!parse(&format!("{lines}[extra.wijkwijzer.offline]\naan = false\n")).unwrap().aan);
        assert!(parse("[extra.wijkwijzer.offline]\naan = true\n").unwrap().aan);
        assert_eq!(parse("[extra.wijkwijzer.offline]\npagina = \"\"\n").unwrap().pagina, None);
        let o = Offline { aan: true, pagina: Some("/nu-hulp/".into()) };
        assert_eq!(o.vooraf(), ["/nu-hulp/", "/offline/", "/wijkwijzer.css"]);
    }

    #[test]
    fn a_wrong_value_is_named_at_its_line() {
        for bad in
            ["aan = \"nee\"", "pagina = \"@/bestaat-niet.md\"", "pagina = \"/nu-hulp/\"", "pagina = 3", "uit = true"]
        {
            let d = parse(&format!("[extra.wijkwijzer.offline]\n{bad}\n")).unwrap_err();
            assert_eq!(d.code, Code::Offline, "{bad}");
            assert!(d.span.is_some(), "{bad}: no line");
        }
        let d = parse("[extra.wijkwijzer]\noffline = false\n").unwrap_err();
        assert_eq!((d.code, d.span.is_some()), (Code::Offline, true), "a plain value instead of the table");
    }
}
