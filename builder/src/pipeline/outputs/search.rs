//! The search index: its parts and the manifest (search_index.rs makes them).

use std::collections::BTreeSet;

use wijkwijzer_search::manifest::Part;

use crate::diagnostics::{Code, Diagnostic};
use crate::pipeline::Site;
use crate::search_index;

/// The index parts in `only` (all when `None`) and the manifest; the site remembers the
/// parts, so a later call can rebuild just one.
pub fn files(site: &mut Site, only: Option<&BTreeSet<Part>>) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    if site.config.build_search_index == Some(false) {
        return Ok(Vec::new());
    }
    let budget = site.wijkwijzer_setting("zoeken_alles_tot").and_then(toml::Value::as_integer);
    let budget = budget.map(|b| usize::try_from(b).unwrap_or(0));
    let input = input(site);
    let (files, written) = search_index::files(&input, only, &site.search_parts, budget).map_err(|e| {
        Diagnostic::error(Code::OutputWrite, "content", crate::msg!("search-index-write", error = e.to_string()))
    })?;
    site.search_parts = written;
    Ok(files)
}

/// The part page `p` is searched in, if any.
pub fn part_of_page(site: &Site, p: usize) -> Option<Part> {
    let input = input(site);
    search_index::part_of_page(&input, p)
}

/// What the index is made from, out of the site.
fn input(site: &Site) -> search_index::Input<'_> {
    search_index::Input {
        lib: &site.lib,
        dir: site.directory.as_ref(),
        service_pages: &site.dienst_of_page,
        rendered: &site.rendered,
        language: &site.config.default_language,
    }
}
