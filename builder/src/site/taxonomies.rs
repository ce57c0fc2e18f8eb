//! Taxonomies (such as `behoeften`): which pages carry which term, per language.

use std::collections::BTreeMap;

use crate::config::{Config, TaxonomyConfig};
use crate::content::front_matter::SortBy;
use crate::content::{sort_pages, Library};
use crate::urls::slugify;

#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub config: TaxonomyConfig,
    pub lang: String,
    pub slug: String,
    /// `/behoeften/` or `/en/tags/`.
    pub path: String,
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone)]
pub struct Term {
    /// The term as first written by an editor.
    pub name: String,
    pub slug: String,
    pub path: String,
    /// Pages with this term: newest first when dated, else by title.
    pub pages: Vec<usize>,
}

pub fn collect(lib: &Library, config: &Config) -> Vec<Taxonomy> {
    let mut langs: Vec<&str> = vec![config.default_language.as_str()];
    langs.extend(config.languages.keys().map(String::as_str).filter(|l| *l != config.default_language));
    let mut out = Vec::new();
    for lang in langs {
        let prefix = if lang == config.default_language { String::new() } else { format!("/{lang}") };
        for tax in config.taxonomies_for(lang) {
            let slug = slugify(&tax.name);
            let path = format!("{prefix}/{slug}/");
            let mut terms: BTreeMap<String, Term> = BTreeMap::new();
            for (i, page) in lib.pages.iter().enumerate() {
                if page.meta.lang != lang {
                    continue;
                }
                let Some(names) = page.front.taxonomies.get(&tax.name) else { continue };
                for name in names {
                    let term_slug = slugify(name);
                    if term_slug.is_empty() {
                        continue;
                    }
                    let term = terms.entry(term_slug.clone()).or_insert_with(|| Term {
                        name: name.clone(),
                        path: format!("{path}{term_slug}/"),
                        slug: term_slug,
                        pages: Vec::new(),
                    });
                    if !term.pages.contains(&i) {
                        term.pages.push(i);
                    }
                }
            }
            let mut terms: Vec<Term> = terms.into_values().collect();
            for term in &mut terms {
                let dated = term.pages.iter().any(|&p| lib.pages[p].date.is_some());
                sort_pages(&mut term.pages, &lib.pages, if dated { SortBy::Date } else { SortBy::Title });
            }
            out.push(Taxonomy { config: tax.clone(), lang: lang.to_string(), slug, path, terms });
        }
    }
    out
}
