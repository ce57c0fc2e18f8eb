//! The search index the builder writes: every service and info page as a `SearchDoc`,
//! split into parts so a search in one municipality fetches only that municipality,
//! the region's services and the info pages. Parts are content-hashed and immutable;
//! `zoeken/manifest.json` says which file holds which part.

use rayon::prelude::*;
use serde::Serialize;
use wijkwijzer_search::index::Display;
use wijkwijzer_search::{IndexBuilder, SearchDoc};

use crate::content::{Item, Library};
use crate::directory::{self, Directory, Owner};
use crate::markdown::Rendered;

pub const MANIFEST: &str = "zoeken/manifest.json";

/// A search without a municipality fetches every part only while they are this small
/// together (bytes, before compression): a region's handful of municipalities, not the
/// whole country on an old phone. Above it, such a search covers the region's services
/// and the info pages, and asks the resident to choose a municipality.
pub const SEARCH_ALL_BUDGET: usize = 1_500_000;

#[derive(Serialize)]
struct Manifest {
    version: u32,
    /// Part name → file, relative to the site root.
    parts: std::collections::BTreeMap<String, String>,
    /// May a search without a municipality fetch every part? See `SEARCH_ALL_BUDGET`.
    alles_zoeken: bool,
    synoniemen: Vec<directory::Synonym>,
    gemeenten: Vec<ManifestGemeente>,
    behoeften: Vec<directory::Need>,
    soorten: Vec<directory::Kind>,
}

#[derive(Serialize)]
struct ManifestGemeente {
    slug: String,
    naam: String,
    wijken: Vec<(String, String)>,
}

/// Where a search document comes from: a service (page, service), another page, a section.
#[derive(Clone, Copy)]
enum Source {
    Service(usize, usize),
    Page(usize),
    Section(usize),
}

/// Parts: `gemeente-<slug>` for each municipality's own services, `regio` for region
/// services, `info` for every other page.
/// `service_pages`: page → its service in `dir`.
pub fn files(
    lib: &Library,
    dir: Option<&Directory>,
    service_pages: &std::collections::HashMap<usize, usize>,
    rendered: &std::collections::HashMap<Item, Rendered>,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    // What goes into which part first; the documents themselves (with the page text) are
    // made part by part, so only the parts being indexed hold their text in memory.
    let mut parts: std::collections::BTreeMap<String, Vec<Source>> = std::collections::BTreeMap::new();
    for (p, page) in lib.pages.iter().enumerate() {
        if !page.front.in_search_index || !page.front.render {
            continue;
        }
        match (dir, service_pages.get(&p)) {
            (Some(d), Some(&i)) => {
                let dienst = &d.diensten[i];
                if dienst.status == "gestopt" {
                    continue;
                }
                let part = match dienst.owner {
                    Owner::Gemeente(g) => format!("gemeente-{}", d.gemeenten[g].slug),
                    Owner::Regio(_) => "regio".to_string(),
                };
                parts.entry(part).or_default().push(Source::Service(p, i));
            }
            _ => parts.entry("info".into()).or_default().push(Source::Page(p)),
        }
    }
    for (s, section) in lib.sections.iter().enumerate() {
        if !section.front.in_search_index || !section.front.render || section.front.redirect_to.is_some() {
            continue;
        }
        parts.entry("info".into()).or_default().push(Source::Section(s));
    }

    let text =
        |item: Item| rendered.get(&item).map(|r| crate::render::templates::striptags(&r.html)).unwrap_or_default();
    let built: Vec<Result<(String, Vec<u8>), String>> = parts
        .into_par_iter()
        .map(|(name, sources)| {
            let mut b = IndexBuilder::new(&name).map_err(|e| e.to_string())?;
            for source in sources {
                let doc = match (source, dir) {
                    (Source::Service(p, i), Some(d)) => service_doc(d, lib, p, i, text(Item::Page(p))),
                    (Source::Service(p, _) | Source::Page(p), _) => {
                        let page = &lib.pages[p];
                        let (title, description) = (page.front.title.clone(), page.front.description.clone());
                        info_doc(page.meta.path.clone(), title, description, text(Item::Page(p)))
                    }
                    (Source::Section(s), _) => {
                        let section = &lib.sections[s];
                        let (title, description) = (section.front.title.clone(), section.front.description.clone());
                        info_doc(section.meta.path.clone(), title, description, text(Item::Section(s)))
                    }
                };
                b.add(&doc).map_err(|e| e.to_string())?;
            }
            Ok((name, b.finish().map_err(|e| e.to_string())?))
        })
        .collect();
    let mut files = Vec::new();
    let mut manifest = Manifest {
        version: 1,
        parts: Default::default(),
        alles_zoeken: true,
        synoniemen: dir.map(|d| d.region.synoniemen.clone()).unwrap_or_default(),
        gemeenten: dir
            .map(|d| {
                d.gemeenten
                    .iter()
                    .map(|g| ManifestGemeente {
                        slug: g.slug.clone(),
                        naam: g.naam.clone(),
                        wijken: g.wijken.iter().map(|w| (w.slug.clone(), w.naam.clone())).collect(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        behoeften: dir.map(|d| d.region.behoeften.clone()).unwrap_or_default(),
        soorten: dir.map(|d| d.region.soorten.clone()).unwrap_or_default(),
    };
    let mut all_bytes = 0;
    for result in built {
        let (name, bytes) = result?;
        all_bytes += bytes.len();
        let file = format!("zoeken/index/{name}.{:016x}.wwz", fnv1a(&bytes));
        manifest.parts.insert(name, file.clone());
        files.push((file, bytes));
    }
    manifest.alles_zoeken = all_bytes <= SEARCH_ALL_BUDGET;
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| e.to_string())?;
    files.push((MANIFEST.to_string(), json));
    Ok(files)
}

fn service_doc(d: &Directory, lib: &Library, p: usize, i: usize, body: String) -> SearchDoc {
    let page = &lib.pages[p];
    let dienst = &d.diensten[i];
    let kind = d.kind(&dienst.soort).map(|k| k.label.clone()).unwrap_or_default();
    let needs: Vec<String> = dienst.behoeften.iter().filter_map(|n| d.need(n)).map(|n| n.label.clone()).collect();
    let mut facets = vec![
        "/type/dienst".to_string(),
        format!("/soort/{}", dienst.soort),
        format!("/toegang/{}", dienst.toegang),
        format!("/kosten/{}", dienst.kosten),
    ];
    facets.extend(dienst.behoeften.iter().map(|n| format!("/behoefte/{n}")));
    facets.extend(dienst.doelgroep.iter().map(|x| format!("/doelgroep/{x}")));
    let mut places = Vec::new();
    let mut wijk_names = Vec::new();
    let mut gemeente_names = Vec::new();
    for &g in d.serves(dienst) {
        let gem = &d.gemeenten[g];
        facets.push(format!("/gemeente/{}", gem.slug));
        places.push(gem.naam.clone());
        gemeente_names.push(gem.naam.clone());
        for w in &gem.wijken {
            if dienst.whole_municipality() || dienst.wijken.contains(&w.slug) {
                facets.push(format!("/wijk/{}/{}", gem.slug, w.slug));
                if !dienst.whole_municipality() {
                    places.push(w.naam.clone());
                    wijk_names.push(w.naam.clone());
                }
            }
        }
    }
    places.extend(dienst.locaties.iter().filter_map(|l| l.plaats.clone()));
    let mut labels = vec![kind.clone()];
    labels.extend(needs.iter().cloned());
    let description = page.front.description.clone().unwrap_or_default();
    SearchDoc {
        url: page.meta.path.clone(),
        title: page.front.title.clone().unwrap_or_default(),
        description: description.clone(),
        body,
        organisation: dienst.organisatie.clone(),
        labels,
        places,
        facets,
        display: Display {
            summary: description,
            soort: Some(kind),
            gemeente: Some(gemeente_names.join(", ")),
            wijken: wijk_names,
            behoeften: needs,
        },
    }
}

fn info_doc(url: String, title: Option<String>, description: Option<String>, body: String) -> SearchDoc {
    let description = description.unwrap_or_default();
    let summary = if description.is_empty() { body.chars().take(200).collect() } else { description.clone() };
    SearchDoc {
        url,
        title: title.unwrap_or_default(),
        description,
        body,
        facets: vec!["/type/info".into()],
        display: Display { summary, ..Default::default() },
        ..Default::default()
    }
}

#[derive(serde::Deserialize)]
struct ManifestIn {
    parts: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    synoniemen: Vec<wijkwijzer_search::engine::Synonym>,
}

/// Open the search of a built site as the browser would: the municipality's own part,
/// the region's and the info pages; without a municipality, every part.
pub fn open_engine(out: &std::path::Path, gemeente: Option<&str>) -> Result<wijkwijzer_search::Engine, String> {
    let manifest_path = out.join(MANIFEST);
    let text = std::fs::read_to_string(&manifest_path).map_err(|e| {
        format!(
            "cannot read {}: {e}. Build the site first (wijkwijzer build), or pass --output-dir.",
            manifest_path.display()
        )
    })?;
    let manifest: ManifestIn =
        serde_json::from_str(&text).map_err(|e| format!("{} is damaged: {e}", manifest_path.display()))?;
    let wanted: Vec<&String> = match gemeente {
        Some(g) => {
            let own = format!("gemeente-{g}");
            if !manifest.parts.contains_key(&own) {
                let known: Vec<&str> = manifest.parts.keys().filter_map(|k| k.strip_prefix("gemeente-")).collect();
                return Err(format!("unknown municipality `{g}`; the site has: {}", known.join(", ")));
            }
            manifest.parts.iter().filter(|(k, _)| **k == own || *k == "regio" || *k == "info").map(|(_, v)| v).collect()
        }
        None => manifest.parts.values().collect(),
    };
    let mut bytes = Vec::new();
    for file in wanted {
        bytes.push(std::fs::read(out.join(file)).map_err(|e| format!("cannot read {file}: {e}"))?);
    }
    let slices: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
    wijkwijzer_search::Engine::open(&slices, &manifest.synoniemen).map_err(|e| e.to_string())
}

pub use wijkwijzer_search::index::fnv1a;
