//! What a build writes, family by family: the content's HTML (`pages`), the
//! directory's HTML (`directory`), feeds and sitemaps (`feeds`), open data
//! (`open_data`), the offline worker and its page (`offline`) and the search index
//! (`search`). A full build renders
//! `Selection::everything`; the dev server renders `dependents` of an edited page.
//! Both go through `render_html` and `files`, so an edit cannot forget an output that
//! a build writes.

mod admin;
mod directory;
mod feeds;
mod hosting;
mod offline;
mod open_data;
mod pages;
mod search;

use std::collections::BTreeSet;

use wijkwijzer_search::manifest::Part;

pub use pages::Job;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::pipeline::Site;

/// Which search index parts to build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchParts {
    None,
    Only(BTreeSet<Part>),
    All,
}

/// A part of the site's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub jobs: Vec<Job>,
    /// Atom feeds, sitemap and robots.txt.
    pub feeds: bool,
    /// postcodes.json and the HSDS export.
    pub open_data: bool,
    /// `_headers` and `.well-known/security.txt`, for the host.
    pub hosting: bool,
    pub search: SearchParts,
}

impl Selection {
    /// Every file of the site.
    pub fn everything(site: &Site) -> Selection {
        let mut jobs = pages::jobs(site);
        jobs.extend(directory::jobs(site));
        jobs.extend(offline::jobs(site));
        Selection { jobs, feeds: true, open_data: true, hosting: true, search: SearchParts::All }
    }
}

/// The outputs that show the text of page `p`, and so must be made again when that text
/// changes (its front matter unchanged: anything else takes a full build):
/// - its own page, every section page and taxonomy term page that lists it;
/// - for a service, its municipalities' pages and the wijk and need pages it is on;
/// - the feeds, when the page is in them (it has a date);
/// - the search index part it is searched in.
///
/// Open data is made from front matter only, so it does not depend on the text.
pub fn dependents(site: &Site, p: usize) -> Selection {
    let lib = &site.lib;
    let mut jobs = vec![Job::Page(p)];
    if let (Some(dir), Some(&d)) = (&site.directory, site.dienst_of_page.get(&p)) {
        let dienst = &dir.diensten[d];
        for &g in dir.serves(dienst) {
            let gem = &dir.gemeenten[g];
            for (wijk, w) in gem.wijken.iter().enumerate() {
                if dienst.whole_municipality() || dienst.wijken.contains(&w.slug) {
                    jobs.push(Job::Wijk { gemeente: g, wijk });
                }
            }
            for (need, n) in dir.region.behoeften.iter().enumerate() {
                if dienst.behoeften.contains(&n.slug) {
                    jobs.push(Job::GemeenteNeed { gemeente: g, need });
                }
            }
            jobs.push(Job::Section { section: gem.section, pager: 1 });
        }
    }
    for (s, sec) in lib.sections.iter().enumerate() {
        let Some(mut pos) = sec.pages.iter().position(|&x| x == p) else { continue };
        if sec.front.render && sec.front.redirect_to.is_none() {
            if sec.front.paginate_reversed {
                pos = sec.pages.len() - 1 - pos;
            }
            let pager = sec.front.paginate_by.filter(|n| *n > 0).map_or(1, |per| pos / per + 1);
            jobs.push(Job::Section { section: s, pager });
        }
    }
    for (t, tax) in site.taxonomies.iter().enumerate() {
        if !tax.config.render {
            continue;
        }
        for (term, data) in tax.terms.iter().enumerate() {
            if let Some(pos) = data.pages.iter().position(|&x| x == p) {
                let pager = tax.config.paginate_by.filter(|n| *n > 0).map_or(1, |per| pos / per + 1);
                jobs.push(Job::TaxonomyTerm { tax: t, term, pager });
            }
        }
    }
    let mut unique: Vec<Job> = Vec::with_capacity(jobs.len());
    for job in jobs {
        if !unique.contains(&job) {
            unique.push(job);
        }
    }
    let search = match search::part_of_page(site, p) {
        Some(part) => SearchParts::Only(BTreeSet::from([part])),
        None => SearchParts::None,
    };
    Selection { jobs: unique, feeds: lib.pages[p].date.is_some(), open_data: false, hosting: false, search }
}

/// Render one HTML file: its site path and its text.
pub fn render_html(site: &Site, job: &Job) -> Result<(String, String), Diagnostic> {
    match job {
        Job::Wijk { .. } | Job::GemeenteNeed { .. } | Job::SearchPage | Job::Postcodes | Job::Lijstje => {
            directory::render(site, job)
        }
        Job::Offline => offline::render_page(site),
        _ => pages::render(site, job),
    }
}

/// The selection's files that are not HTML pages, as (output-relative path, bytes).
pub fn files(site: &mut Site, selection: &Selection, diags: &mut Diagnostics) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    let text = |files: Vec<(String, String)>| files.into_iter().map(|(path, text)| (path, text.into_bytes()));
    if selection.feeds {
        out.extend(text(feeds::files(site, diags)));
    }
    if selection.open_data {
        out.extend(text(open_data::files(site, diags)));
    }
    if selection.hosting {
        out.extend(text(hosting::files(site)));
        out.extend(admin::files(site));
        match offline::worker(site) {
            Ok((path, text)) => out.push((path, text.into_bytes())),
            Err(d) => diags.push(d),
        }
    }
    let only = match &selection.search {
        SearchParts::None => return out,
        SearchParts::Only(parts) => Some(parts),
        SearchParts::All => None,
    };
    match search::files(site, only) {
        Ok(files) => out.extend(files),
        Err(d) => diags.push(d),
    }
    out
}
