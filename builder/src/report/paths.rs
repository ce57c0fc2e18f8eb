//! Paths in reports are relative to the git repository's root, as forges expect, also
//! when the site lives in a subfolder (`--root`).

use std::path::{Path, PathBuf};

use wijkwijzer::diagnostics::display_path;

pub struct RepoPaths {
    /// The site folder relative to the repository root; empty outside a repository or
    /// when the site is the root.
    prefix: PathBuf,
}

impl RepoPaths {
    pub fn new(site_root: &Path) -> RepoPaths {
        let prefix = std::fs::canonicalize(site_root)
            .ok()
            .and_then(|site| {
                let repo = site.ancestors().find(|dir| dir.join(".git").exists())?.to_path_buf();
                site.strip_prefix(&repo).ok().map(Path::to_path_buf)
            })
            .unwrap_or_default();
        RepoPaths { prefix }
    }

    /// A site-relative path (as diagnostics carry them) from the repository root, with `/`.
    pub fn of(&self, file: &Path) -> String {
        display_path(&self.prefix.join(file))
    }
}
