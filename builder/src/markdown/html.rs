//! The HTML side of rendering: what editors' HTML may keep, link attributes, the
//! summary marker, escaping.

use std::ops::Range;

use crate::config::MarkdownConfig;

/// The HTML a page may hold: what Markdown produces (with our heading ids, anchor links,
/// footnotes and task lists), nothing that runs.
pub(super) fn sanitize(html: &str) -> String {
    use std::sync::OnceLock;
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    let cleaner = CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_tags(["input", "span"])
            .add_generic_attributes(["id", "class", "aria-label", "lang"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .add_tag_attributes("a", ["target"])
            .link_rel(None);
        b
    });
    cleaner.clean(html).to_string()
}

pub(super) fn wants_external_attrs(m: &MarkdownConfig) -> bool {
    m.external_links_target_blank || m.external_links_no_follow || m.external_links_no_referrer
}

pub(super) fn is_external(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//")
}

/// Zola's summary marker: `<!-- more -->`, spaces and case free.
pub(super) fn find_more_marker(html: &str) -> Option<Range<usize>> {
    let mut from = 0;
    while let Some(found) = html[from..].find("<!--") {
        let start = from + found;
        let rest = html[start + 4..].trim_start();
        if rest.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("more")) {
            let after = rest[4..].trim_start();
            if after.starts_with("-->") {
                let end = html.len() - after.len() + 3;
                return Some(start..end);
            }
        }
        from = start + 4;
    }
    None
}

pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
