//! The search contract between the builder, `wijkwijzer search` and the browser: the
//! manifest a built site carries (`zoeken/manifest.json`), the names of its index parts,
//! and which parts a search needs. The builder writes a `Manifest`, the native command
//! and the browser's worker read one and both ask `parts_for`, so they fetch the same.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::{SearchRequest, Synonym};

/// Where the manifest sits in a built site.
pub const MANIFEST_PATH: &str = "zoeken/manifest.json";

/// Bumped when a reader of an older manifest would misread this one.
pub const MANIFEST_VERSION: u32 = 1;

/// A search without a municipality fetches every part only while they are this small
/// together (bytes, before compression): a region's handful of municipalities, not the
/// whole country on an old phone. Above it, such a search covers the region's services
/// and the info pages, and asks the resident to choose a municipality. A site can set
/// its own limit (`[extra.wijkwijzer] zoeken_alles_tot`). Twice what it was while parts
/// stored their fields lz4-compressed: the same sites, the same download (parts are about
/// twice their old size on disk, and smaller over the wire).
pub const SEARCH_ALL_BUDGET: usize = 3_000_000;

/// One part of a site's index. Services are split by who offers them, so a search in
/// one municipality fetches only what can answer it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// One municipality's own services.
    Gemeente(String),
    /// Services of regions (several municipalities together).
    Regio,
    /// Every other page.
    Info,
}

impl Part {
    pub fn name(&self) -> String {
        match self {
            Part::Gemeente(slug) => format!("gemeente-{slug}"),
            Part::Regio => "regio".to_string(),
            Part::Info => "info".to_string(),
        }
    }

    pub fn parse(name: &str) -> Option<Part> {
        match name {
            "regio" => Some(Part::Regio),
            "info" => Some(Part::Info),
            _ => name.strip_prefix("gemeente-").filter(|s| !s.is_empty()).map(|s| Part::Gemeente(s.to_string())),
        }
    }

    /// Parts of services, which a search answers from first.
    pub fn is_services(&self) -> bool {
        !matches!(self, Part::Info)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    /// Part name (`Part::name`) → file, relative to the site root.
    pub parts: BTreeMap<String, String>,
    /// May a search without a municipality fetch every part? See `SEARCH_ALL_BUDGET`.
    pub alles_zoeken: bool,
    #[serde(default)]
    pub synoniemen: Vec<Synonym>,
    #[serde(default)]
    pub gemeenten: Vec<ManifestGemeente>,
    #[serde(default)]
    pub behoeften: Vec<Choice>,
    #[serde(default)]
    pub soorten: Vec<Choice>,
    /// `parts_for` a search without a municipality, the one most shared links make: the
    /// browser fetches these parts as soon as the manifest is in, while the engine that
    /// would plan them still loads. Written, never read back: the engine plans itself
    /// (and reading it would add to the WebAssembly).
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub default_plan: Option<Plan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestGemeente {
    pub slug: String,
    pub naam: String,
    /// (slug, name) of each wijk.
    pub wijken: Vec<(String, String)>,
}

/// A value a search can be filtered on, with the words residents see.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub slug: String,
    pub label: String,
}

/// The parts one search needs, in the order to fetch them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub parts: Vec<PlannedPart>,
    /// The names of the service parts among `parts`, to answer from before the rest is
    /// in; empty when there is nothing to answer early from.
    pub first: Vec<String>,
    /// A search without a municipality on a site too large to search whole: it covers
    /// the region's services and the info pages only.
    pub limited: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedPart {
    pub name: String,
    /// Relative to the site root, as in the manifest.
    pub file: String,
}

impl Manifest {
    /// Is this one of the site's municipalities (with or without services of its own)?
    pub fn has_gemeente(&self, slug: &str) -> bool {
        self.gemeenten.iter().any(|g| g.slug == slug)
            || self.parts.contains_key(&Part::Gemeente(slug.to_string()).name())
    }

    /// The site's municipalities, by slug.
    pub fn gemeente_slugs(&self) -> Vec<&str> {
        self.gemeenten.iter().map(|g| g.slug.as_str()).collect()
    }
}

/// Which parts a search needs: with a municipality, its own part, the region's and the
/// info pages; without one, every part, unless the site is too large to search whole
/// (`alles_zoeken` false), then the region's and the info pages.
pub fn parts_for(manifest: &Manifest, req: &SearchRequest) -> Plan {
    let limited = req.gemeente.is_none() && !manifest.alles_zoeken;
    let own = req.gemeente.as_ref().map(|g| Part::Gemeente(g.clone()));
    let wanted = |part: &Part| match part {
        Part::Regio | Part::Info => true,
        Part::Gemeente(_) => own.as_ref().map_or(!limited, |o| o == part),
    };
    let mut parts = Vec::new();
    let mut first = Vec::new();
    let mut all_services = true;
    for (name, file) in &manifest.parts {
        let Some(part) = Part::parse(name) else { continue };
        if !wanted(&part) {
            continue;
        }
        if part.is_services() {
            first.push(name.clone());
        } else {
            all_services = false;
        }
        parts.push(PlannedPart { name: name.clone(), file: file.clone() });
    }
    if all_services {
        first.clear();
    }
    Plan { parts, first, limited }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(alles_zoeken: bool) -> Manifest {
        let parts = ["gemeente-dorp", "gemeente-stad", "regio", "info"]
            .iter()
            .map(|n| (n.to_string(), format!("zoeken/index/{n}.0.wwz")))
            .collect();
        Manifest { version: MANIFEST_VERSION, parts, alles_zoeken, ..Default::default() }
    }

    fn names(plan: &Plan) -> Vec<&str> {
        plan.parts.iter().map(|p| p.name.as_str()).collect()
    }

    fn req(gemeente: Option<&str>) -> SearchRequest {
        SearchRequest { gemeente: gemeente.map(str::to_string), ..Default::default() }
    }

    #[test]
    fn part_names_round_trip() {
        for part in [Part::Gemeente("dorp".into()), Part::Regio, Part::Info] {
            assert_eq!(Part::parse(&part.name()), Some(part));
        }
        assert_eq!(Part::parse("gemeente-"), None);
        assert_eq!(Part::parse("iets"), None);
    }

    #[test]
    fn a_municipality_fetches_its_own_part_the_region_and_info() {
        let plan = parts_for(&manifest(true), &req(Some("dorp")));
        assert_eq!(names(&plan), ["gemeente-dorp", "info", "regio"]);
        assert_eq!(plan.first, ["gemeente-dorp", "regio"]);
        assert!(!plan.limited);
    }

    #[test]
    fn without_a_municipality_a_small_site_is_searched_whole() {
        let plan = parts_for(&manifest(true), &req(None));
        assert_eq!(names(&plan), ["gemeente-dorp", "gemeente-stad", "info", "regio"]);
        assert!(!plan.limited);
    }

    #[test]
    fn without_a_municipality_a_large_site_is_searched_in_part() {
        let plan = parts_for(&manifest(false), &req(None));
        assert_eq!(names(&plan), ["info", "regio"]);
        assert!(plan.limited);
        // With a municipality the size of the site does not matter.
        assert!(!parts_for(&manifest(false), &req(Some("stad"))).limited);
    }

    #[test]
    fn an_unknown_municipality_fetches_only_what_every_search_shares() {
        assert_eq!(names(&parts_for(&manifest(true), &req(Some("nergens")))), ["info", "regio"]);
    }

    #[test]
    fn nothing_to_answer_early_from_when_every_part_is_services() {
        let mut m = manifest(true);
        m.parts.remove("info");
        assert!(parts_for(&m, &req(Some("dorp"))).first.is_empty());
    }

    #[test]
    fn a_municipality_without_services_is_known_and_searches_what_is_shared() {
        let mut m = manifest(true);
        m.gemeenten.push(ManifestGemeente { slug: "leeg".into(), naam: "Leeg".into(), wijken: Vec::new() });
        assert!(m.has_gemeente("leeg") && m.has_gemeente("dorp") && !m.has_gemeente("nergens"));
        assert_eq!(names(&parts_for(&m, &req(Some("leeg")))), ["info", "regio"]);
    }

    #[test]
    fn the_manifest_reads_back_what_is_written() {
        let mut m = manifest(false);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<Manifest>(&json).unwrap(), m);
        m.default_plan = Some(parts_for(&m, &req(None)));
        let json = serde_json::to_string(&m).unwrap();
        assert!(json.contains(r#""default_plan":{"parts":[{"name":"info""#), "{json}");
    }
}
