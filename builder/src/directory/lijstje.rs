//! "Mijn lijstje": a resident picks a few services and prints them on one page, or
//! sends them on. The list lives in the address (`/lijstje/?lijstje=<id>,<id>`), so
//! nothing is stored anywhere unless the resident asks. The list page fetches one small
//! file per municipality (or region) it needs, `/lijstje/<owner>.json`, written here;
//! `lijstje.js` reads them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::*;
use crate::config::Config;
use crate::urls::slugify;

/// The list page.
pub const LIJSTJE_PATH: &str = "/lijstje/";

/// What the list page shows of one service: one value in `/lijstje/<owner>.json`, an
/// object keyed by the rest of the service's id. The names are the page script's.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Entry {
    pub naam: String,
    /// What it is: the description.
    pub wat: String,
    /// Its page, for more.
    pub url: String,
    pub telefoon: Vec<String>,
    /// One line per location: "Kerkstraat 1, 6971 AA Brummen".
    pub adressen: Vec<String>,
    /// The opening hours in Dutch, one line per rule.
    pub tijden: Vec<String>,
    /// A notice or a temporary closure, as the page shows it.
    pub let_op: Option<String>,
    /// Its last day (`YYYY-MM-DD`), after which the page hides it.
    pub let_op_tot: Option<String>,
    /// When it is open in the coming weeks, as a list shows it (`open_now::Schedule::encode`).
    pub open: Option<String>,
    /// A service for people in crisis: when closed, point to the help lines.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub crisis: bool,
}

/// The short name of the municipality or region a service belongs to: its folder name
/// (slugified, as the page script reads only `[a-z0-9_-]`), made unique when two owners
/// share one. Also the name of its file.
fn owner_keys(dir: &Directory, lib: &Library) -> BTreeMap<Owner, String> {
    let mut keys: BTreeMap<Owner, String> = BTreeMap::new();
    let owners = (0..dir.gemeenten.len())
        .map(|g| (Owner::Gemeente(g), dir.gemeenten[g].section))
        .chain((0..dir.regios.len()).map(|r| (Owner::Regio(r), dir.regios[r].section)));
    for (owner, section) in owners {
        let components = &lib.sections[section].meta.components;
        let key =
            unique(slugify(components.last().map(String::as_str).unwrap_or("site")), |k| keys.values().any(|x| x == k));
        keys.insert(owner, key);
    }
    keys
}

/// `base`, or `base-2`, `base-3`, … the first that is not `taken`.
fn unique(base: String, taken: impl Fn(&str) -> bool) -> String {
    let base = if base.is_empty() { "x".to_string() } else { base };
    (1..).map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") }).find(|k| !taken(k)).unwrap_or(base)
}

/// A service's id in a list: `<owner>/<its path within the owner's folder>`, such as
/// `heidebroek/inloophuis-de-kapel`: short enough for a text message, and as stable
/// as the service's address. Each part is slugified (a `path` in front matter may hold
/// other characters) and made unique.
pub fn ids(dir: &Directory, lib: &Library) -> Vec<String> {
    let keys = owner_keys(dir, lib);
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    dir.diensten
        .iter()
        .map(|d| {
            let section = match d.owner {
                Owner::Gemeente(g) => dir.gemeenten[g].section,
                Owner::Regio(r) => dir.regios[r].section,
            };
            let base = &lib.sections[section].meta.path;
            let path = &lib.pages[d.page].meta.path;
            let rest = path.strip_prefix(base.as_str()).unwrap_or(path).trim_matches('/');
            let mut rest: Vec<String> = rest.split('/').map(slugify).filter(|p| !p.is_empty()).collect();
            if rest.is_empty() {
                rest.push("x".into());
            }
            let owner = keys.get(&d.owner).map(String::as_str).unwrap_or("site");
            let id = unique(format!("{owner}/{}", rest.join("/")), |k| seen.contains(k));
            seen.insert(id.clone());
            id
        })
        .collect()
}

/// The list page's files, `lijstje/<owner>.json`, as (output-relative path, text).
pub fn files(
    dir: &Directory,
    lib: &Library,
    config: &Config,
    words: &crate::render::translations::Catalogues,
) -> Vec<(String, String)> {
    let mut by_owner: BTreeMap<String, BTreeMap<String, Entry>> = BTreeMap::new();
    for (d, id) in dir.diensten.iter().zip(ids(dir, lib)) {
        let Some((owner, rest)) = id.split_once('/') else { continue };
        by_owner.entry(owner.to_string()).or_default().insert(rest.to_string(), entry(lib, config, words, d));
    }
    by_owner
        .into_iter()
        .map(|(owner, entries)| {
            let text = serde_json::to_string(&entries).unwrap_or_default();
            (format!("{}{owner}.json", LIJSTJE_PATH.trim_start_matches('/')), text)
        })
        .collect()
}

fn entry(lib: &Library, config: &Config, words: &crate::render::translations::Catalogues, d: &Dienst) -> Entry {
    let page = &lib.pages[d.page];
    let adressen = d
        .locaties
        .iter()
        .map(|l| {
            let place =
                [l.postcode.as_deref(), l.plaats.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
            [l.naam.as_deref(), l.adres.as_deref(), Some(place.as_str()).filter(|p| !p.is_empty())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
        })
        .filter(|a| !a.is_empty())
        .collect();
    let mut tijden = d.openingstijden_tekst.clone();
    for l in &d.locaties {
        let naam = l.naam.as_deref().or(l.adres.as_deref()).unwrap_or_default();
        tijden.extend(l.openingstijden_tekst.iter().map(|t| {
            if naam.is_empty() {
                t.clone()
            } else {
                format!("{naam}: {t}")
            }
        }));
    }
    let (let_op, let_op_tot) = match (&d.gesloten_tot, d.status, &d.melding) {
        (Some(tot), _, _) => (Some(words.closed_until(tot)), Some(tot.ymd())),
        (None, Status::Actief, Some(m)) => (Some(m.tekst.clone()), m.tot.as_ref().map(|t| t.ymd())),
        (None, Status::Actief, None) => (None, None),
        (None, status, _) => (Some(status.label().to_string()), None),
    };
    Entry {
        naam: page.front.title.clone().unwrap_or_default(),
        wat: page.front.description.clone().unwrap_or_default(),
        url: config.permalink(&page.meta.path),
        telefoon: d.telefoon.clone(),
        adressen,
        tijden,
        let_op,
        let_op_tot,
        open: d.open_in_list().map(super::open_now::Schedule::encode),
        crisis: d.crisis(),
    }
}
