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
                    crate::msg!("unknown-taxonomy", name = name.as_str()),
                )
                .with_source(&page.meta.source)
                .help(match did_you_mean(name, names.iter().copied()) {
                    Some(s) => crate::msg!("unknown-taxonomy.help-suggest", word = s, name = name.as_str()),
                    None => crate::msg!(
                        "unknown-taxonomy.help",
                        name = name.as_str(),
                        defined = names.join(", "),
                        count = names.len()
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
                        crate::msg!("empty-term", term = term.as_str(), name = name.as_str()),
                    )
                    .with_source(&page.meta.source)
                    .help(crate::msg!("empty-term.help"));
                    if let Some(span) = spans::Spans::of(&page.meta.source).field(&spans::path(&["taxonomies", name])) {
                        d = d.at(span);
                    }
                    diags.push(d);
                }
            }
        }
    }
}
