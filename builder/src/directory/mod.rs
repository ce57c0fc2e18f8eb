//! The support directory: the region's needs and kinds of service (config.toml
//! `[extra]`), municipalities with their wijken (sections with `[extra.gemeente]`),
//! regions (`[extra.regio]`) and services (pages with `[extra.dienst]`), read from the
//! content library and checked against the content contract (CONTENT.md §2–§6).

pub mod fields;
pub mod hsds;
pub mod jsonld;
pub mod lijstje;
pub mod lists;
pub mod open_now;
pub mod opening_hours;
mod reader;
mod validate;
pub mod views;

use serde::{Deserialize, Serialize};
pub use wijkwijzer_search::Synonym;

use crate::config::Config;
use crate::content::dates::ContentDate;
use crate::content::Library;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::msg;

pub use lists::{ClosedList, Doelgroep, Kosten, Status, Toegang, Toegankelijkheid};
pub use validate::load;

/// `[extra]` of config.toml, as far as the directory needs it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegionConfig {
    #[serde(default)]
    pub regio: Option<String>,
    #[serde(default)]
    pub behoeften: Vec<Need>,
    #[serde(default)]
    pub soorten: Vec<Kind>,
    #[serde(default)]
    pub synoniemen: Vec<Synonym>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Need {
    pub slug: String,
    pub label: String,
    #[serde(default)]
    pub uitleg: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Kind {
    pub slug: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Wijk {
    pub slug: String,
    pub naam: String,
    pub code: Option<String>,
    pub postcodes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Gemeente {
    pub section: usize,
    /// The section's folder name, as in `/gemeenten/<slug>/`.
    pub slug: String,
    pub naam: String,
    pub code: String,
    pub wijken: Vec<Wijk>,
}

#[derive(Debug, Clone)]
pub struct Regio {
    pub section: usize,
    pub naam: String,
    /// Indices into `Directory::gemeenten`.
    pub gemeenten: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Owner {
    Gemeente(usize),
    Regio(usize),
}

#[derive(Debug, Clone, Serialize)]
pub struct Locatie {
    pub naam: Option<String>,
    pub adres: Option<String>,
    pub postcode: Option<String>,
    pub plaats: Option<String>,
    pub wijk: Option<String>,
    pub toegankelijkheid: Vec<Toegankelijkheid>,
    pub openingstijden: Option<String>,
    pub openingstijden_tekst: Vec<String>,
    /// When it is open in the coming weeks ("Nu open"); `None` when no honest claim can be made.
    #[serde(skip)]
    pub open: Option<open_now::Schedule>,
}

#[derive(Debug, Clone)]
pub struct Dienst {
    pub page: usize,
    pub owner: Owner,
    pub behoeften: Vec<String>,
    pub soort: String,
    pub organisatie: String,
    /// Wijk slugs; empty when the service is for the whole municipality.
    pub wijken: Vec<String>,
    pub doelgroep: Vec<Doelgroep>,
    pub toegang: Toegang,
    pub kosten: Kosten,
    /// What the page and lists show: `Actief` again once `gesloten_tot` has passed.
    pub status: Status,
    /// The last day a temporarily closed service is closed; `None` once it has passed
    /// (and then `status` is `Actief`).
    pub gesloten_tot: Option<ContentDate>,
    /// A notice for residents (closed for the holidays, moved, a waiting list), until
    /// `melding_tot` when it has one; gone once that day has passed.
    pub melding: Option<Melding>,
    pub telefoon: Vec<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub talen: Vec<String>,
    pub openingstijden: Option<String>,
    pub openingstijden_tekst: Vec<String>,
    /// When it is open in the coming weeks ("Nu open"); `None` when no honest claim can be made.
    pub open: Option<open_now::Schedule>,
    pub gecontroleerd: Option<ContentDate>,
    pub voorbeeld: bool,
    pub locaties: Vec<Locatie>,
    /// Its id in "Mijn lijstje" (`lijstje::ids`).
    pub lijstje: String,
}

/// A service's notice.
#[derive(Debug, Clone)]
pub struct Melding {
    pub tekst: String,
    /// The last day it is shown.
    pub tot: Option<ContentDate>,
}

impl Dienst {
    /// When it is open, as a list shows it: the service's own hours, or those of its one
    /// location.
    pub fn open_in_list(&self) -> Option<&open_now::Schedule> {
        self.open.as_ref().or(match self.locaties.as_slice() {
            [l] => l.open.as_ref(),
            _ => None,
        })
    }

    /// A service for people who need help now.
    pub fn crisis(&self) -> bool {
        self.behoeften.iter().any(|b| b == CRISIS_NEED)
    }

    pub fn whole_municipality(&self) -> bool {
        self.wijken.is_empty()
    }
}

/// Everything the directory pages, the open data and the search are made from.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub region: RegionConfig,
    pub gemeenten: Vec<Gemeente>,
    pub regios: Vec<Regio>,
    pub diensten: Vec<Dienst>,
    /// Per municipality, the services that serve it (its own and its regions'), in
    /// order: `select` looks only there, or every list page would scan every service.
    pub serving: Vec<Vec<usize>>,
    /// The build's "now" that every opening schedule counts from.
    pub clock: open_now::Clock,
}

pub const HELE_GEMEENTE: &str = "hele-gemeente";

/// The need of people who need help now (CONTENT.md's suggested slug): when such a
/// service is closed, its page and lists point to the help lines.
pub const CRISIS_NEED: &str = "nu-hulp";

/// The keys of `[extra.dienst]` in the contract's order (CONTENT.md §4): what `check`
/// accepts, and the fields of the web editor's form in the order it writes them.
pub const DIENST_KEYS: &[&str] = &[
    "soort",
    "organisatie",
    "wijken",
    "doelgroep",
    "toegang",
    "kosten",
    "status",
    "gesloten_tot",
    "melding",
    "melding_tot",
    "telefoon",
    "email",
    "website",
    "talen",
    "openingstijden",
    "gecontroleerd",
    "voorbeeld",
    "locaties",
];

/// The keys of one `[[extra.dienst.locaties]]`, likewise.
pub const LOCATIE_KEYS: &[&str] =
    &["naam", "adres", "postcode", "plaats", "wijk", "toegankelijkheid", "openingstijden"];

/// The keys of `[extra.gemeente]` and of one of its wijken (CONTENT.md §3).
pub const GEMEENTE_KEYS: &[&str] = &["code", "wijken"];
pub const WIJK_KEYS: &[&str] = &["slug", "naam", "code", "postcodes"];

impl Directory {
    pub fn need(&self, slug: &str) -> Option<&Need> {
        self.region.behoeften.iter().find(|n| n.slug == slug)
    }

    pub fn kind(&self, slug: &str) -> Option<&Kind> {
        self.region.soorten.iter().find(|k| k.slug == slug)
    }

    /// The municipalities a service serves.
    pub fn serves<'a>(&'a self, d: &'a Dienst) -> &'a [usize] {
        match &d.owner {
            Owner::Gemeente(g) => std::slice::from_ref(g),
            Owner::Regio(r) => &self.regios[*r].gemeenten,
        }
    }

    /// The wijken a municipality's own service names, with their municipality; none for a
    /// region service.
    pub fn wijken_of<'a>(&'a self, d: &'a Dienst) -> impl Iterator<Item = (&'a Gemeente, &'a Wijk)> + 'a {
        let gem = match d.owner {
            Owner::Gemeente(g) => self.gemeenten.get(g),
            Owner::Regio(_) => None,
        };
        gem.into_iter().flat_map(move |gem| {
            d.wijken.iter().filter_map(move |w| gem.wijken.iter().find(|x| &x.slug == w).map(|x| (gem, x)))
        })
    }

    /// Fill `serving` once the services are known.
    pub fn index_serving(&mut self) {
        let mut serving = vec![Vec::new(); self.gemeenten.len()];
        for (i, d) in self.diensten.iter().enumerate() {
            for &g in self.serves(d) {
                if let Some(list) = serving.get_mut(g) {
                    list.push(i);
                }
            }
        }
        self.serving = serving;
    }

    /// Services for municipality `g`, in wijk `wijk` (or anywhere when `None`), for need
    /// `need` (or any), with region services that serve it. Sorted by title.
    pub fn select(&self, lib: &Library, g: usize, wijk: Option<&str>, need: Option<&str>) -> Vec<usize> {
        let mut out: Vec<usize> = self.matching(g, wijk, need).collect();
        out.sort_by_cached_key(|&i| {
            let p = &lib.pages[self.diensten[i].page];
            (p.front.title.clone().unwrap_or_default().to_lowercase(), p.meta.path.clone())
        });
        out
    }

    /// How many services `select` gives, without sorting them.
    pub fn count(&self, g: usize, wijk: Option<&str>, need: Option<&str>) -> usize {
        self.matching(g, wijk, need).count()
    }

    fn matching<'a>(
        &'a self,
        g: usize,
        wijk: Option<&'a str>,
        need: Option<&'a str>,
    ) -> impl Iterator<Item = usize> + 'a {
        let serving = self.serving.get(g).map_or(&[][..], Vec::as_slice);
        serving.iter().copied().filter(move |&i| {
            let d = &self.diensten[i];
            wijk.is_none_or(|w| d.whole_municipality() || d.wijken.iter().any(|x| x == w))
                && need.is_none_or(|n| d.behoeften.iter().any(|x| x == n))
                && d.status != Status::Gestopt
        })
    }
}

/// Read the region model from config.toml; `None` when the site has no directory.
pub fn region_config(config: &Config, diags: &mut Diagnostics) -> Option<RegionConfig> {
    if !config.extra.contains_key("behoeften") {
        return None;
    }
    match toml::Value::Table(config.extra.clone()).try_into::<RegionConfig>() {
        Ok(r) => Some(r),
        Err(e) => {
            diags.push(
                Diagnostic::error(
                    Code::RegionConfig,
                    "config.toml",
                    msg!("region-config", detail = e.message().trim()),
                )
                .help(msg!("region-config.help")),
            );
            None
        }
    }
}

/// The page that lists every postcode area with its wijk: the postcode finder's
/// answer without JavaScript.
pub const POSTCODE_PATH: &str = "/postcode/";

/// The search page; its results are an enhancement of the browse pages it links to.
pub const SEARCH_PATH: &str = "/zoeken/";

/// Postcode areas with their wijk and municipality, sorted by postcode.
pub fn postcode_rows(dir: &Directory) -> Vec<(String, usize, usize)> {
    let mut rows: Vec<(String, usize, usize)> = dir
        .gemeenten
        .iter()
        .enumerate()
        .flat_map(|(g, gem)| {
            gem.wijken
                .iter()
                .enumerate()
                .flat_map(move |(w, wijk)| wijk.postcodes.iter().map(move |pc| (pc.clone(), g, w)))
        })
        .collect();
    rows.sort();
    rows
}

/// Every address the directory adds, with what it is, for the duplicate check.
pub fn page_paths(dir: &Directory, lib: &Library) -> Vec<(String, crate::messages::Message)> {
    let mut out = vec![
        (POSTCODE_PATH.to_string(), msg!("claim-postcode-finder")),
        (SEARCH_PATH.to_string(), msg!("claim-search")),
        (lijstje::LIJSTJE_PATH.to_string(), msg!("claim-lijstje")),
    ];
    for g in &dir.gemeenten {
        for w in &g.wijken {
            out.push((views::wijk_path(lib, g, &w.slug), msg!("claim-wijk", wijk = &w.slug, gemeente = &g.naam)));
        }
        for n in &dir.region.behoeften {
            out.push((views::need_path(lib, g, &n.slug), msg!("claim-need", need = &n.slug, gemeente = &g.naam)));
        }
    }
    out
}
