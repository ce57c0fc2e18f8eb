//! Headings: unique ids and the table of contents as a tree.

use pulldown_cmark::HeadingLevel;

use super::Heading;

pub(super) fn unique_id(wanted: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(wanted) {
        return wanted.to_string();
    }
    (1..).map(|n| format!("{wanted}-{n}")).find(|c| !taken(c)).unwrap_or_default()
}

pub(super) fn heading_level(level: HeadingLevel) -> u32 {
    level as u32
}

/// Flat headings to a tree: each heading holds the deeper ones that follow it.
pub(super) fn nest(flat: Vec<Heading>) -> Vec<Heading> {
    let mut roots: Vec<Heading> = Vec::new();
    for h in flat {
        insert(&mut roots, h);
    }
    roots
}

fn insert(list: &mut Vec<Heading>, h: Heading) {
    match list.last_mut() {
        Some(last) if last.level < h.level => insert(&mut last.children, h),
        _ => list.push(h),
    }
}
