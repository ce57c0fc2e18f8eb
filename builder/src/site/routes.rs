//! Every address the site will have, and who asks for it. Two files wanting one address
//! is an error the editor must resolve; here is where it is caught, before any writing.

use std::collections::HashMap;

use crate::config::Config;
use crate::content::{FileMeta, Item, Library};
use crate::diagnostics::{display_path, Code, Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::msg;
use crate::site::taxonomies::Taxonomy;

/// Pages a list is split into, as `paginate_by` asks.
pub fn pager_count(items: usize, paginate_by: Option<usize>) -> usize {
    match paginate_by {
        Some(n) if n > 0 => items.div_ceil(n).max(1),
        _ => 1,
    }
}

/// `/section/` for the first pager, `/section/page/2/` for the others.
pub fn pager_path(base: &str, paginate_path: &str, n: usize) -> String {
    if n <= 1 {
        base.to_string()
    } else {
        format!("{base}{paginate_path}/{n}/")
    }
}

struct Claim<'a> {
    what: Message,
    meta: Option<&'a FileMeta>,
    key: &'a str,
}

/// `generated`: addresses the directory makes (path, what it is).
pub fn check_unique<'a>(
    lib: &'a Library,
    taxonomies: &[Taxonomy],
    generated: &[(String, Message)],
    config: &Config,
    diags: &mut Diagnostics,
) {
    let mut claims: HashMap<String, Claim> = HashMap::new();
    let mut claim = |path: String, c: Claim<'a>, diags: &mut Diagnostics| claim_path(&mut claims, path, c, diags);
    for name in ["sitemap.xml", "robots.txt", "404.html"] {
        claim(format!("/{name}"), Claim { what: msg!("claim-built-in", name), meta: None, key: "" }, diags);
    }
    for (path, what) in generated {
        claim(path.clone(), Claim { what: what.clone(), meta: None, key: "" }, diags);
    }
    for tax in taxonomies {
        if !tax.config.render {
            continue;
        }
        claim(
            tax.path.clone(),
            Claim { what: msg!("claim-taxonomy", name = &tax.config.name), meta: None, key: "" },
            diags,
        );
        for term in &tax.terms {
            for n in 1..=pager_count(term.pages.len(), tax.config.paginate_by) {
                let pp = tax.config.paginate_path.as_deref().unwrap_or("page");
                claim(
                    pager_path(&term.path, pp, n),
                    Claim { what: msg!("claim-term", name = &tax.config.name, term = &term.name), meta: None, key: "" },
                    diags,
                );
            }
        }
    }
    let describe = |m: &FileMeta| msg!("claim-file", file = display_path(&m.file));
    for s in &lib.sections {
        if s.front.render {
            claim(s.meta.path.clone(), Claim { what: describe(&s.meta), meta: Some(&s.meta), key: "title" }, diags);
            if s.front.paginate_by.is_some_and(|n| n > 0) {
                let first = format!("{}{}/1/", s.meta.path, s.front.paginate_path);
                claim(
                    first,
                    Claim {
                        what: msg!("claim-first-page", of = describe(&s.meta)),
                        meta: Some(&s.meta),
                        key: "paginate_by",
                    },
                    diags,
                );
            }
            if s.front.generate_feeds {
                for name in &config.feed_filenames {
                    claim(
                        format!("{}{name}", s.meta.path),
                        Claim {
                            what: msg!("claim-feed", of = describe(&s.meta)),
                            meta: Some(&s.meta),
                            key: "generate_feeds",
                        },
                        diags,
                    );
                }
            }
            for n in 2..=pager_count(s.pages.len(), s.front.paginate_by) {
                claim(
                    pager_path(&s.meta.path, &s.front.paginate_path, n),
                    Claim {
                        what: msg!("claim-page-n", n, of = describe(&s.meta)),
                        meta: Some(&s.meta),
                        key: "paginate_by",
                    },
                    diags,
                );
            }
        }
    }
    for p in &lib.pages {
        if p.front.render {
            let key = if p.front.path.is_some() { "path" } else { "slug" };
            claim(p.meta.path.clone(), Claim { what: describe(&p.meta), meta: Some(&p.meta), key }, diags);
        }
    }
    let aliases = lib
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| (Item::Section(i), &s.front.aliases))
        .chain(lib.pages.iter().enumerate().map(|(i, p)| (Item::Page(i), &p.front.aliases)));
    for (item, list) in aliases {
        let meta = lib.item_meta(item);
        for alias in list {
            if let Ok(path) = crate::urls::clean_site_path(alias) {
                claim(
                    path,
                    Claim { what: msg!("claim-alias", of = describe(meta)), meta: Some(meta), key: "aliases" },
                    diags,
                );
            }
        }
    }
}

fn claim_path<'a>(claims: &mut HashMap<String, Claim<'a>>, path: String, c: Claim<'a>, diags: &mut Diagnostics) {
    let key = path.trim_end_matches("index.html").to_string();
    if let Some(first) = claims.get(&key) {
        let (file, source, span) = match c.meta {
            Some(m) => (m.file.clone(), Some(m.source.clone()), crate::content::spans::front_field(&m.source, c.key)),
            None => (std::path::PathBuf::from("content"), None, None),
        };
        let mut d = Diagnostic::error(
            Code::AddressTaken,
            file,
            msg!("address-taken", path = path.as_str(), first = first.what.clone()),
        )
        .help(msg!("address-taken.help", second = c.what));
        if let Some(src) = source {
            d = d.with_source(&src);
            if let Some(s) = span {
                d = d.at(s);
            }
        }
        diags.push(d);
    } else {
        claims.insert(key, c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagers() {
        assert_eq!(pager_count(0, Some(10)), 1);
        assert_eq!(pager_count(21, Some(10)), 3);
        assert_eq!(pager_count(21, None), 1);
        assert_eq!(pager_path("/nieuws/", "page", 1), "/nieuws/");
        assert_eq!(pager_path("/nieuws/", "pagina", 3), "/nieuws/pagina/3/");
    }
}
