//! The content's HTML files: a page per Markdown page, a section page (per pager),
//! redirects for aliases, taxonomy pages and the 404 page. `Job` names every HTML file
//! of the site, the directory's too (rendered by `directory`).

use std::path::Path;

use minijinja::{context, Value};

use super::directory;
use crate::diagnostics::Diagnostic;
use crate::pipeline::Site;
use crate::render;
use crate::site::routes;

/// One HTML file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    Page(usize),
    Section {
        section: usize,
        pager: usize,
    },
    Redirect {
        path: String,
        to: String,
    },
    TaxonomyList(usize),
    TaxonomyTerm {
        tax: usize,
        term: usize,
        pager: usize,
    },
    NotFound,
    /// A municipality's services in one wijk.
    Wijk {
        gemeente: usize,
        wijk: usize,
    },
    /// A municipality's services for one need.
    GemeenteNeed {
        gemeente: usize,
        need: usize,
    },
    /// Every postcode area with its wijk.
    Postcodes,
    /// The search page.
    SearchPage,
    /// "Mijn lijstje": the services a resident picked, on one printable page.
    Lijstje,
    /// What the offline worker shows when the network fails: the help lines.
    Offline,
}

/// Every HTML file of the content: pages, sections, redirects, taxonomies, 404.
pub fn jobs(site: &Site) -> Vec<Job> {
    let (lib, config) = (&site.lib, &site.config);
    let mut jobs = vec![Job::NotFound];
    for (i, s) in lib.sections.iter().enumerate() {
        if !s.front.render {
            continue;
        }
        if let Some(to) = &s.front.redirect_to {
            let to = if to.starts_with("http") {
                to.clone()
            } else {
                config.permalink(&format!("/{}", to.trim_start_matches('/')))
            };
            jobs.push(Job::Redirect { path: s.meta.path.clone(), to });
        } else {
            for pager in 1..=routes::pager_count(s.pages.len(), s.front.paginate_by) {
                jobs.push(Job::Section { section: i, pager });
            }
            if s.front.paginate_by.is_some_and(|n| n > 0) {
                let path = format!("{}{}/1/", s.meta.path, s.front.paginate_path);
                jobs.push(Job::Redirect { path, to: config.permalink(&s.meta.path) });
            }
        }
        for alias in &s.front.aliases {
            if let Ok(path) = crate::urls::clean_site_path(alias) {
                jobs.push(Job::Redirect { path, to: config.permalink(&s.meta.path) });
            }
        }
    }
    for (i, p) in lib.pages.iter().enumerate() {
        if p.front.render {
            jobs.push(Job::Page(i));
        }
        for alias in &p.front.aliases {
            if let Ok(path) = crate::urls::clean_site_path(alias) {
                jobs.push(Job::Redirect { path, to: config.permalink(&p.meta.path) });
            }
        }
    }
    for (t, tax) in site.taxonomies.iter().enumerate() {
        if !tax.config.render {
            continue;
        }
        jobs.push(Job::TaxonomyList(t));
        for (term_i, term) in tax.terms.iter().enumerate() {
            for pager in 1..=routes::pager_count(term.pages.len(), tax.config.paginate_by) {
                jobs.push(Job::TaxonomyTerm { tax: t, term: term_i, pager });
            }
        }
    }
    jobs
}

/// Render one HTML file: its site path and its text.
pub fn render(site: &Site, job: &Job) -> Result<(String, String), Diagnostic> {
    let (lib, config) = (&site.lib, &site.config);
    let config_file = Path::new("config.toml");
    match job {
        Job::Page(p) => {
            let page = &lib.pages[*p];
            let is_service = site.dienst_of_page.contains_key(p);
            let name = if is_service && page.front.template.is_none() && site.env.get_template("dienst.html").is_ok() {
                "dienst.html".to_string()
            } else {
                render::page_template(lib, *p)
            };
            let ctx = context! {
                config => site.config_for(&page.meta.lang),
                page => site.page_values[*p].clone(),
                current_path => page.meta.path.clone(),
                current_url => config.permalink(&page.meta.path),
                lang => page.meta.lang.clone(),
            };
            Ok((page.meta.path.clone(), site.render_template(&name, ctx, &page.meta.file)?))
        }
        Job::Section { section, pager } => {
            let s = &lib.sections[*section];
            let path = routes::pager_path(&s.meta.path, &s.front.paginate_path, *pager);
            let gemeente = site.gemeente_of_section.get(section).and_then(|&g| site.gemeente_values.get(g)).cloned();
            let name =
                if gemeente.is_some() && s.front.template.is_none() && site.env.get_template("gemeente.html").is_ok() {
                    "gemeente.html".to_string()
                } else {
                    render::section_template(lib, *section)
                };
            let paginator = s.front.paginate_by.filter(|n| *n > 0).map(|per| {
                let mut all: Vec<Value> = s.pages.iter().map(|&p| site.page_values[p].clone()).collect();
                if s.front.paginate_reversed {
                    all.reverse();
                }
                render::paginator(config, &s.meta.path, &s.front.paginate_path, &all, per, *pager)
            });
            let ctx = context! {
                config => site.config_for(&s.meta.lang),
                section => site.section_values[*section].clone(),
                gemeente => gemeente,
                paginator => paginator,
                current_path => path.clone(),
                current_url => config.permalink(&path),
                lang => s.meta.lang.clone(),
            };
            let html = site.render_template(&name, ctx, &s.meta.file)?;
            Ok((path, html))
        }
        Job::Redirect { path, to } => Ok((path.clone(), render::redirect_html(to))),
        Job::TaxonomyList(t) => {
            let tax = &site.taxonomies[*t];
            let name = render::taxonomy_template(&site.env, tax, false);
            let ctx = context! {
                taxonomy => site.tax_values[*t].0.clone(),
                terms => site.tax_values[*t].1.clone(),
                current_path => tax.path.clone(),
                current_url => config.permalink(&tax.path),
                lang => tax.lang.clone(),
            };
            Ok((tax.path.clone(), site.render_template(&name, ctx, config_file)?))
        }
        Job::TaxonomyTerm { tax: t, term, pager } => {
            let tax = &site.taxonomies[*t];
            let term_data = &tax.terms[*term];
            let pp = tax.config.paginate_path.as_deref().unwrap_or("page");
            let path = routes::pager_path(&term_data.path, pp, *pager);
            let name = render::taxonomy_template(&site.env, tax, true);
            let paginator = tax.config.paginate_by.filter(|n| *n > 0).map(|per| {
                let all: Vec<Value> = term_data.pages.iter().map(|&p| site.page_values[p].clone()).collect();
                render::paginator(config, &term_data.path, pp, &all, per, *pager)
            });
            let ctx = context! {
                taxonomy => site.tax_values[*t].0.clone(),
                term => site.tax_values[*t].1[*term].clone(),
                paginator => paginator,
                current_path => path.clone(),
                current_url => config.permalink(&path),
                lang => tax.lang.clone(),
            };
            Ok((path, site.render_template(&name, ctx, config_file)?))
        }
        Job::Wijk { .. } | Job::GemeenteNeed { .. } | Job::SearchPage | Job::Postcodes | Job::Lijstje => {
            directory::render(site, job)
        }
        Job::Offline => super::offline::render_page(site),
        Job::NotFound => {
            let ctx = context! {
                current_path => "/404.html",
                current_url => config.permalink("/404.html"),
                lang => config.default_language.clone(),
            };
            Ok(("/404.html".to_string(), site.render_template("404.html", ctx, config_file)?))
        }
    }
}
