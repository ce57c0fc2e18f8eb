//! The tree of sections and pages: drafts hidden with everything below them, pages and
//! subsections linked to their sections, and other files attached to their page.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::walk::Found;
use super::{path_with_slashes, sort_pages, Asset, Item, Library, LoadOptions};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};

/// A draft section hides everything below it.
pub(super) fn drop_pages_of_draft_sections(
    lib: &mut Library,
    page_dirs: &mut Vec<PathBuf>,
    opts: &LoadOptions,
    all: &[Found],
) {
    if opts.include_drafts {
        return;
    }
    // A section file that was read but not kept is a draft; it hides its own language.
    let kept: Vec<(&PathBuf, &str)> = lib.sections.iter().map(|s| (&s.dir, s.meta.lang.as_str())).collect();
    let draft_dirs: Vec<(PathBuf, String)> = all
        .iter()
        .filter(|f| f.name.starts_with("_index"))
        .map(|f| (f.rel_dir.clone(), section_lang(&f.name, &opts.config.default_language)))
        .filter(|(dir, lang)| !kept.contains(&(dir, lang.as_str())))
        .collect();
    if draft_dirs.is_empty() {
        return;
    }
    let hidden = |dir: &Path, lang: &str| draft_dirs.iter().any(|(d, l)| l == lang && dir.starts_with(d));
    let mut i = 0;
    while i < lib.pages.len() {
        if hidden(&page_dirs[i], &lib.pages[i].meta.lang) {
            lib.pages.remove(i);
            page_dirs.remove(i);
        } else {
            i += 1;
        }
    }
    lib.sections.retain(|s| !hidden(&s.dir, &s.meta.lang));
}

/// `_index.en.md` → `en`; `_index.md` → the default language.
fn section_lang(name: &str, default: &str) -> String {
    let stem = name.trim_end_matches(".md");
    stem.strip_prefix("_index.").map_or_else(|| default.to_string(), str::to_string)
}

/// Give every section its parent and subsections, every page its section, and sort.
pub(super) fn link_tree(lib: &mut Library, page_dirs: &[PathBuf]) {
    let index: HashMap<(PathBuf, String), usize> =
        lib.sections.iter().enumerate().map(|(i, s)| ((s.dir.clone(), s.meta.lang.clone()), i)).collect();
    let nearest = |dir: &Path, lang: &str| -> Option<usize> {
        let mut d = Some(dir);
        while let Some(cur) = d {
            if let Some(&i) = index.get(&(cur.to_path_buf(), lang.to_string())) {
                return Some(i);
            }
            d = cur.parent();
        }
        None
    };
    for i in 0..lib.sections.len() {
        let parent = lib.sections[i].dir.parent().and_then(|p| nearest(p, &lib.sections[i].meta.lang));
        lib.sections[i].parent = parent;
        if let Some(p) = parent {
            lib.sections[p].subsections.push(i);
        }
    }
    for i in 0..lib.sections.len() {
        let mut chain = Vec::new();
        let mut cur = lib.sections[i].parent;
        while let Some(p) = cur {
            chain.push(p);
            cur = lib.sections[p].parent;
        }
        chain.reverse();
        lib.sections[i].ancestors = chain;
    }
    for (pi, dir) in page_dirs.iter().enumerate() {
        let lang = lib.pages[pi].meta.lang.clone();
        // Only the section of the page's own folder lists it; deeper folders without
        // an _index.md give orphan pages, as in Zola.
        let own = index.get(&(dir.clone(), lang.clone())).copied();
        let breadcrumb = nearest(dir, &lang);
        lib.pages[pi].section = own;
        if let Some(s) = own {
            lib.sections[s].pages.push(pi);
        }
        if let Some(s) = breadcrumb {
            let mut anc = lib.sections[s].ancestors.clone();
            anc.push(s);
            lib.pages[pi].ancestors = anc;
        }
    }
    // Transparent sections pass their pages up, deepest first so chains work.
    let mut order: Vec<usize> = (0..lib.sections.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(lib.sections[i].ancestors.len()));
    for i in order {
        if lib.sections[i].front.transparent {
            if let Some(p) = lib.sections[i].parent {
                let pages = lib.sections[i].pages.clone();
                lib.sections[p].pages.extend(pages);
            }
        }
    }
    for i in 0..lib.sections.len() {
        let sort_by = lib.sections[i].front.sort_by;
        let mut pages = std::mem::take(&mut lib.sections[i].pages);
        sort_pages(&mut pages, &lib.pages, sort_by);
        lib.sections[i].pages = pages;
        let mut subs = std::mem::take(&mut lib.sections[i].subsections);
        subs.sort_by(|&a, &b| {
            let (sa, sb) = (&lib.sections[a], &lib.sections[b]);
            (sa.front.weight.unwrap_or(0), &sa.meta.path).cmp(&(sb.front.weight.unwrap_or(0), &sb.meta.path))
        });
        lib.sections[i].subsections = subs;
    }
}

/// Files that are not Markdown: a bundle's files go with its page, a section folder's
/// files with the section, anything else keeps its folder path.
pub(super) fn attach_assets(
    lib: &mut Library,
    others: BTreeMap<PathBuf, Vec<PathBuf>>,
    content_dir: &Path,
    diags: &mut Diagnostics,
) {
    let bundles: HashMap<PathBuf, usize> = lib
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.meta.translation_key.ends_with("/index"))
        .map(|(i, p)| (Path::new(&p.meta.content_path).parent().map(Path::to_path_buf).unwrap_or_default(), i))
        .collect();
    let sections: HashMap<PathBuf, usize> = lib.sections.iter().enumerate().map(|(i, s)| (s.dir.clone(), i)).collect();
    for (dir, files) in others {
        // The nearest bundle at or above this folder owns it.
        let mut owner_bundle = None;
        let mut d = Some(dir.as_path());
        while let Some(cur) = d {
            if let Some(&b) = bundles.get(cur) {
                owner_bundle = Some((b, cur.to_path_buf()));
                break;
            }
            d = cur.parent();
        }
        for file in files {
            let rel = file.strip_prefix(content_dir).unwrap_or(&file).to_path_buf();
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if name.contains(['\\', ':', '?', '#', '%']) {
                diags.push(
                    Diagnostic::error(
                        Code::FileNameNotUrl,
                        Path::new("content").join(&rel),
                        crate::msg!("file-name-not-url"),
                    )
                    .help(crate::msg!("file-name-not-url.help")),
                );
                continue;
            }
            let (base, sub, meta) = if let Some((b, bdir)) = &owner_bundle {
                let sub = dir.strip_prefix(bdir).unwrap_or(Path::new("")).to_path_buf();
                (lib.pages[*b].meta.path.clone(), sub, Some(Item::Page(*b)))
            } else if let Some(&s) = sections.get(&dir) {
                (lib.sections[s].meta.path.clone(), PathBuf::new(), Some(Item::Section(s)))
            } else {
                let parts: Vec<String> = dir.iter().map(|c| c.to_string_lossy().into_owned()).collect();
                let base = if parts.is_empty() { "/".to_string() } else { format!("/{}/", parts.join("/")) };
                (base, PathBuf::new(), None)
            };
            let sub = path_with_slashes(&sub);
            let path = if sub.is_empty() { format!("{base}{name}") } else { format!("{base}{sub}/{name}") };
            let asset = Asset { source: file.clone(), output: path.trim_start_matches('/').to_string(), path };
            match meta {
                Some(Item::Page(p)) => lib.pages[p].meta.assets.push(asset),
                Some(Item::Section(s)) => lib.sections[s].meta.assets.push(asset),
                None => {
                    // Orphan files still get copied; hang them on the root section's list.
                    if let Some(root) = lib.sections.iter().position(|s| s.meta.components.is_empty()) {
                        lib.sections[root].meta.assets.push(asset);
                    } else {
                        diags.push(
                            Diagnostic::warning(
                                Code::OrphanFile,
                                Path::new("content").join(&rel),
                                crate::msg!("orphan-file"),
                            )
                            .help(crate::msg!("orphan-file.help")),
                        );
                    }
                }
            }
        }
    }
}
