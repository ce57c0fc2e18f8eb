//! Checks that need the whole site: templates named in front matter, and `@/` links
//! with an anchor, whose target heading is only known once every page is rendered.

use std::collections::HashMap;

use crate::content::{FileMeta, Item, Library};
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use crate::markdown::{AnchorLink, Rendered};

/// Templates named in front matter must exist.
pub fn templates(lib: &Library, env: &minijinja::Environment, diags: &mut Diagnostics) {
    let mut check = |meta: &FileMeta, key: &str, name: &str| {
        if env.get_template(name).is_err() {
            let mut d = Diagnostic::error(Code::TemplateMissing, &meta.file, crate::msg!("template-missing", name))
                .with_source(&meta.source)
                .help(crate::msg!("template-missing.help"));
            if let Some(span) = crate::content::spans::front_field(&meta.source, key) {
                d = d.at(span);
            }
            diags.push(d);
        }
    };
    for s in &lib.sections {
        if let Some(t) = &s.front.template {
            check(&s.meta, "template", t);
        }
        if let Some(t) = &s.front.page_template {
            check(&s.meta, "page_template", t);
        }
    }
    for p in &lib.pages {
        if let Some(t) = &p.front.template {
            check(&p.meta, "template", t);
        }
    }
}

/// Every `@/page.md#anchor` in the site must name a heading that exists.
pub fn anchors(lib: &Library, rendered: &HashMap<Item, Rendered>, diags: &mut Diagnostics) {
    for (item, r) in rendered {
        for link in &r.anchor_links {
            if let Some(d) = check_link(lib, lib.item_meta(*item), link, |target| rendered.get(&target)) {
                diags.push(d);
            }
        }
    }
}

/// One anchor link; `None` when it is fine (or its target is reported elsewhere).
pub fn check_link<'a>(
    lib: &Library,
    from: &FileMeta,
    link: &AnchorLink,
    rendered_of: impl Fn(Item) -> Option<&'a Rendered>,
) -> Option<Diagnostic> {
    let target = lib.by_content_path.get(&link.target).copied()?;
    let target_r = rendered_of(target)?;
    if target_r.anchors.contains(&link.anchor) {
        return None;
    }
    let mut known: Vec<&str> = target_r.anchors.iter().map(String::as_str).collect();
    known.sort_unstable();
    let help = match did_you_mean(&link.anchor, known.iter().copied()) {
        _ if known.is_empty() => crate::msg!("missing-anchor.help-none"),
        hint => crate::msg!(
            "missing-anchor.help",
            hint = hint.map(|s| crate::msg!("did-you-mean", word = format!("#{s}"))),
            headings = known.join(", ")
        ),
    };
    Some(
        Diagnostic::error(
            Code::MissingAnchor,
            &from.file,
            crate::msg!("missing-anchor", target = &link.target, anchor = &link.anchor),
        )
        .with_source(&from.source)
        .at(link.span.clone())
        .help(help),
    )
}
