//! Checks across the whole library once it is loaded.

use super::spans;
use super::Library;
use crate::config::Config;
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use crate::urls::slugify;

/// Every taxonomy a page uses must be defined in config.toml.
pub(super) fn taxonomies(lib: &Library, config: &Config, diags: &mut Diagnostics) {
    for page in &lib.pages {
        let defined = config.taxonomies_for(&page.meta.lang);
        for (name, terms) in &page.front.taxonomies {
            if !defined.iter().any(|t| &t.name == name) {
                let names: Vec<&str> = defined.iter().map(|t| t.name.as_str()).collect();
                let mut d = Diagnostic::error(
                    Code::UnknownTaxonomy,
                    &page.meta.file,
                    format!("taxonomy `{name}` is not defined in config.toml"),
                )
                .with_source(&page.meta.source)
                .help(match did_you_mean(name, names.iter().copied()) {
                    Some(s) => {
                        format!("Did you mean `{s}`? Or add {{ name = \"{name}\" }} to taxonomies in config.toml.")
                    }
                    None => format!(
                        "Add {{ name = \"{name}\" }} to taxonomies in config.toml (defined now: {}).",
                        if names.is_empty() { "none".to_string() } else { names.join(", ") }
                    ),
                });
                if let Some(span) = spans::Spans::of(&page.meta.source).field(&spans::path(&["taxonomies", name])) {
                    d = d.at(span);
                }
                diags.push(d);
            }
            for term in terms {
                if slugify(term).is_empty() {
                    let mut d = Diagnostic::error(
                        Code::EmptyTerm,
                        &page.meta.file,
                        format!("`{term}` in {name} gives an empty web address"),
                    )
                    .with_source(&page.meta.source)
                    .help("Use a term with letters or digits.");
                    if let Some(span) = spans::Spans::of(&page.meta.source).field(&spans::path(&["taxonomies", name])) {
                        d = d.at(span);
                    }
                    diags.push(d);
                }
            }
        }
    }
}
