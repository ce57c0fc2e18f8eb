//! The search index the builder writes: every service and info page as a `SearchDoc`,
//! split into parts so a search in one municipality fetches only that municipality,
//! the region's services and the info pages. Parts are content-hashed and immutable;
//! `zoeken/manifest.json` says which file holds which part.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;
use wijkwijzer_search::facets::{DocType, Facet};
use wijkwijzer_search::index::Display;
use wijkwijzer_search::manifest::{self, Choice, Manifest, ManifestGemeente, Part, SEARCH_ALL_BUDGET};
use wijkwijzer_search::{IndexBuilder, SearchDoc};

use crate::content::{Item, Library};
use crate::directory::{ClosedList, Directory, Owner};
use crate::markdown::Rendered;

pub use manifest::MANIFEST_PATH as MANIFEST;

/// Where a search document comes from: a service (page, service), another page, a section.
#[derive(Clone, Copy)]
enum Source {
    Service(usize, usize),
    Page(usize),
    Section(usize),
}

/// What the index is made from.
pub struct Input<'a> {
    pub lib: &'a Library,
    pub dir: Option<&'a Directory>,
    /// Page → its service in `dir`.
    pub service_pages: &'a HashMap<usize, usize>,
    pub rendered: &'a HashMap<Item, Rendered>,
    /// Only pages in this language are searched: the analysis (stemming, compounds,
    /// synonyms) is Dutch, and would find English words by Dutch rules.
    pub language: &'a str,
}

/// The parts of a built index: part → (file, size), as the manifest lists them.
pub type Written = BTreeMap<Part, (String, usize)>;

/// Files to write: (output-relative path, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

/// The part a page's search document goes into; `None` when it is not searchable.
pub fn part_of_page(input: &Input, p: usize) -> Option<Part> {
    source_of_page(input, p).map(|(part, _)| part)
}

fn source_of_page(input: &Input, p: usize) -> Option<(Part, Source)> {
    let page = &input.lib.pages[p];
    if !page.front.in_search_index || !page.front.render || page.meta.lang != input.language {
        return None;
    }
    match (input.dir, input.service_pages.get(&p)) {
        (Some(d), Some(&i)) => {
            let dienst = &d.diensten[i];
            if dienst.status == crate::directory::Status::Gestopt {
                return None;
            }
            let part = match dienst.owner {
                Owner::Gemeente(g) => Part::Gemeente(d.gemeenten[g].slug.clone()),
                Owner::Regio(_) => Part::Regio,
            };
            Some((part, Source::Service(p, i)))
        }
        _ => Some((Part::Info, Source::Page(p))),
    }
}

/// Build the index parts in `only` (every part when `None`) and the manifest over every
/// part: those built now and, from `previous`, the rest. Returns the files to write and
/// the parts as they now are. `search_all_budget`: see `manifest::SEARCH_ALL_BUDGET`.
pub fn files(
    input: &Input,
    only: Option<&BTreeSet<Part>>,
    previous: &Written,
    search_all_budget: Option<usize>,
) -> Result<(Files, Written), String> {
    // What goes into which part first; the documents themselves (with the page text) are
    // made part by part, so only the parts being indexed hold their text in memory.
    let mut parts: BTreeMap<Part, Vec<Source>> = BTreeMap::new();
    for p in 0..input.lib.pages.len() {
        if let Some((part, source)) = source_of_page(input, p) {
            parts.entry(part).or_default().push(source);
        }
    }
    for (s, section) in input.lib.sections.iter().enumerate() {
        if !section.front.in_search_index
            || !section.front.render
            || section.front.redirect_to.is_some()
            || section.meta.lang != input.language
        {
            continue;
        }
        parts.entry(Part::Info).or_default().push(Source::Section(s));
    }
    let wanted = |part: &Part| only.is_none_or(|o| o.contains(part));
    let mut written: Written =
        previous.iter().filter(|(part, _)| parts.contains_key(*part)).map(|(k, v)| (k.clone(), v.clone())).collect();
    let built: Vec<Result<(Part, Vec<u8>), String>> = parts
        .into_par_iter()
        .filter(|(part, _)| wanted(part) || !written.contains_key(part))
        .map(|(part, sources)| build_part(input, &part, &sources).map(|bytes| (part, bytes)))
        .collect();
    let mut files = Vec::new();
    for result in built {
        let (part, bytes) = result?;
        let file = format!("zoeken/index/{}.{:016x}.wwz", part.name(), fnv1a(&bytes));
        written.insert(part, (file.clone(), bytes.len()));
        files.push((file, bytes));
    }
    let manifest = manifest_for(input.dir, &written, search_all_budget);
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| e.to_string())?;
    files.push((MANIFEST.to_string(), json));
    Ok((files, written))
}

fn build_part(input: &Input, part: &Part, sources: &[Source]) -> Result<Vec<u8>, String> {
    let (lib, dir) = (input.lib, input.dir);
    let text = |item: Item| {
        input.rendered.get(&item).map(|r| crate::render::templates::striptags(&r.html)).unwrap_or_default()
    };
    let mut b = IndexBuilder::new(&part.name()).map_err(|e| e.to_string())?;
    for &source in sources {
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
    b.finish().map_err(|e| e.to_string())
}

fn manifest_for(dir: Option<&Directory>, written: &Written, search_all_budget: Option<usize>) -> Manifest {
    let all_bytes: usize = written.values().map(|(_, len)| len).sum();
    let choices = |list: &mut dyn Iterator<Item = (&String, &String)>| {
        list.map(|(slug, label)| Choice { slug: slug.clone(), label: label.clone() }).collect()
    };
    let mut out = Manifest {
        version: manifest::MANIFEST_VERSION,
        parts: written.iter().map(|(part, (file, _))| (part.name(), file.clone())).collect(),
        alles_zoeken: all_bytes <= search_all_budget.unwrap_or(SEARCH_ALL_BUDGET),
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
        behoeften: dir
            .map(|d| choices(&mut d.region.behoeften.iter().map(|n| (&n.slug, &n.label))))
            .unwrap_or_default(),
        soorten: dir.map(|d| choices(&mut d.region.soorten.iter().map(|k| (&k.slug, &k.label)))).unwrap_or_default(),
        default_plan: None,
    };
    out.default_plan = Some(manifest::parts_for(&out, &wijkwijzer_search::SearchRequest::default()));
    out
}

fn service_doc(d: &Directory, lib: &Library, p: usize, i: usize, body: String) -> SearchDoc {
    let page = &lib.pages[p];
    let dienst = &d.diensten[i];
    let kind = d.kind(&dienst.soort).map(|k| k.label.clone()).unwrap_or_default();
    let needs: Vec<String> = dienst.behoeften.iter().filter_map(|n| d.need(n)).map(|n| n.label.clone()).collect();
    let mut facets = vec![
        Facet::Type(DocType::Dienst).path(),
        Facet::Soort(&dienst.soort).path(),
        Facet::Toegang(dienst.toegang.slug()).path(),
        Facet::Kosten(dienst.kosten.slug()).path(),
    ];
    facets.extend(dienst.behoeften.iter().map(|n| Facet::Behoefte(n).path()));
    facets.extend(dienst.doelgroep.iter().map(|x| Facet::Doelgroep(x.slug()).path()));
    let mut places = Vec::new();
    let mut wijk_names = Vec::new();
    let mut gemeente_names = Vec::new();
    for &g in d.serves(dienst) {
        let gem = &d.gemeenten[g];
        facets.push(Facet::Gemeente(&gem.slug).path());
        places.push(gem.naam.clone());
        gemeente_names.push(gem.naam.clone());
        for w in &gem.wijken {
            if dienst.whole_municipality() || dienst.wijken.contains(&w.slug) {
                facets.push(Facet::Wijk(&gem.slug, &w.slug).path());
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
            lijstje: Some(dienst.lijstje.clone()),
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
        facets: vec![Facet::Type(DocType::Info).path()],
        display: Display { summary, ..Default::default() },
        ..Default::default()
    }
}

/// Open the search of a built site for one request, with exactly the parts the browser
/// would fetch for it (`manifest::parts_for`). Returns the engine and the part names.
pub fn open_engine(
    out: &std::path::Path,
    req: &wijkwijzer_search::SearchRequest,
) -> Result<(wijkwijzer_search::Engine, Vec<String>), String> {
    let manifest_path = out.join(MANIFEST);
    let text = std::fs::read_to_string(&manifest_path).map_err(|e| {
        format!(
            "cannot read {}: {e}. Build the site first (wijkwijzer build), or pass --output-dir.",
            manifest_path.display()
        )
    })?;
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|e| format!("{} is damaged: {e}", manifest_path.display()))?;
    if let Some(g) = &req.gemeente {
        if !manifest.has_gemeente(g) {
            return Err(format!("unknown municipality `{g}`; the site has: {}", manifest.gemeente_slugs().join(", ")));
        }
    }
    let plan = manifest::parts_for(&manifest, req);
    let mut bytes = Vec::new();
    for part in &plan.parts {
        bytes.push(std::fs::read(out.join(&part.file)).map_err(|e| format!("cannot read {}: {e}", part.file))?);
    }
    let slices: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
    let engine = wijkwijzer_search::Engine::open(&slices, &manifest.synoniemen).map_err(|e| e.to_string())?;
    Ok((engine, plan.parts.into_iter().map(|p| p.name).collect()))
}

pub use wijkwijzer_search::index::fnv1a;
