//! Finding the files under `content/`: Markdown to parse, and the other files that go
//! with a page or section. Hidden files are skipped quietly, as the contract says; a
//! link is followed only to a file inside the site, anything else is reported.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::LoadOptions;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};

/// A markdown file found on disk, before it is parsed.
pub(super) struct Found {
    pub abs: PathBuf,
    pub rel_dir: PathBuf,
    pub name: String,
}

/// Markdown files in walk order, and the other files by folder (relative to content/).
pub(super) fn find(
    opts: &LoadOptions,
    content_dir: &Path,
    ignored: &[glob::Pattern],
    diags: &mut Diagnostics,
) -> (Vec<Found>, BTreeMap<PathBuf, Vec<PathBuf>>) {
    let mut markdown = Vec::new();
    let mut others: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    let walker = walkdir::WalkDir::new(content_dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::error(
                    Code::ContentUnreadable,
                    "content",
                    crate::msg!("content-unreadable", error = e.to_string()),
                ));
                continue;
            }
        };
        let abs = entry.path().to_path_buf();
        let rel = abs.strip_prefix(content_dir).unwrap_or(&abs).to_path_buf();
        if entry.path_is_symlink() {
            if let Err(why) = link_inside(&abs, opts.root) {
                diags.push(
                    Diagnostic::warning(
                        Code::SkippedLink,
                        Path::new("content").join(&rel),
                        crate::msg!("skipped-link", why),
                    )
                    .help(crate::msg!("skipped-link.help-content")),
                );
                continue;
            }
        } else if !entry.file_type().is_file() {
            continue;
        }
        if ignored.iter().any(|p| p.matches_path(&rel)) {
            continue;
        }
        let rel_dir = rel.parent().map(Path::to_path_buf).unwrap_or_default();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            markdown.push(Found { abs, rel_dir, name });
        } else {
            others.entry(rel_dir).or_default().push(abs);
        }
    }

    (markdown, others)
}

/// A link in content/ is followed only to a file inside the site's folder: a link out
/// could publish any file the builder can read.
pub(crate) fn link_inside(link: &Path, root: &Path) -> Result<(), crate::messages::Message> {
    let target = std::fs::canonicalize(link).map_err(|_| crate::msg!("link-dangling"))?;
    let root = std::fs::canonicalize(root).map_err(|_| crate::msg!("link-root-unreadable"))?;
    if !target.starts_with(&root) {
        return Err(crate::msg!("link-outside"));
    }
    if !target.is_file() {
        return Err(crate::msg!("link-to-folder"));
    }
    Ok(())
}
