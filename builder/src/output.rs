//! Writing the site: into a fresh folder beside the output, swapped in only when the
//! whole build succeeded, so a failed build leaves the previous site as it was.
//!
//! A file whose bytes are the same as in the previous build is not written again but
//! hard-linked from it: it keeps its inode and modification time, so a deploy that
//! syncs by modification time uploads only what changed. The previous file's bytes
//! themselves are compared (only when the size is the same), so no record is kept
//! anywhere and a file changed by hand in the output is written again.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::messages::Message;
use crate::msg;

#[derive(Debug)]
pub enum OutputError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A path that is not plainly inside the output folder.
    Escapes(String),
    /// The output folder would contain the site's own folder.
    ContainsSite(PathBuf),
    /// The output folder holds this file, so it is not an earlier build.
    NotASite(PathBuf, &'static str),
}

impl OutputError {
    pub fn message(&self) -> Message {
        match self {
            OutputError::Io { path, source } => msg!("output-io", path, error = source),
            OutputError::Escapes(path) => msg!("output-escapes", path),
            OutputError::ContainsSite(dir) => msg!("output-contains-site", dir),
            OutputError::NotASite(dir, file) => msg!("output-not-a-site", dir, file = *file),
        }
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io { path: path.to_path_buf(), source }
}

/// A fresh folder that becomes the output folder on `commit`.
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    /// Every file this build wrote, and whether it was linked from the previous build
    /// (a path written twice counts its last write).
    written: Mutex<HashMap<String, bool>>,
}

impl Staging {
    /// Start a build that will end up in `target`. Refuses a target that would hold the
    /// site's own sources, since committing replaces the whole folder.
    pub fn new(target: &Path, site_root: &Path) -> Result<Staging, OutputError> {
        let target = absolute(target);
        let root = absolute(site_root);
        if root.starts_with(&target) || target.parent().is_none() {
            return Err(OutputError::ContainsSite(target));
        }
        for protected in ["content", "static", "templates", "themes", "config.toml"] {
            if target.starts_with(root.join(protected)) {
                return Err(OutputError::ContainsSite(target));
            }
        }
        // The old output is replaced whole; refuse a folder that is clearly something
        // else (a repository, a project, another site) rather than a previous build.
        for marker in [".git", "Cargo.toml", "config.toml", "content", "package.json"] {
            if target.join(marker).exists() {
                return Err(OutputError::NotASite(target, marker));
            }
        }
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let parent = target.parent().map(Path::to_path_buf).unwrap_or_default();
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        let dir = parent.join(format!(".{name}.wijkwijzer-new"));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(io(&dir))?;
        }
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        Ok(Staging { target, dir, written: Mutex::new(HashMap::new()) })
    }

    /// Files in the folder so far.
    pub fn files(&self) -> usize {
        self.written.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Files taken over unchanged from the previous build so far.
    pub fn unchanged(&self) -> usize {
        self.written.lock().unwrap_or_else(|e| e.into_inner()).values().filter(|linked| **linked).count()
    }

    /// The previous build's file at `rel`, if this build's file there has the same
    /// bytes and was hard-linked from it.
    pub fn reused(&self, rel: &str) -> Option<PathBuf> {
        let path = checked_join(&self.dir, rel).ok()?;
        let old = checked_join(&self.target, rel).ok()?;
        same_inode(&path, &old).then_some(old)
    }

    /// The fresh folder itself.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path a site-relative output file goes to, checked to stay inside.
    pub fn path_for(&self, rel: &str) -> Result<PathBuf, OutputError> {
        checked_join(&self.dir, rel)
    }

    /// Write one file, or link the previous build's when its bytes are the same.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let path = self.path_for(rel)?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        let linked = self.link_previous(rel, bytes, &path);
        if !linked {
            write_new(&path, bytes).map_err(io(&path))?;
        }
        self.written.lock().unwrap_or_else(|e| e.into_inner()).insert(rel.to_string(), linked);
        Ok(())
    }

    /// Hard-link the previous build's file at `rel` to `path`, when it holds `bytes`.
    fn link_previous(&self, rel: &str, bytes: &[u8], path: &Path) -> bool {
        let old = self.target.join(rel);
        let same_size = std::fs::symlink_metadata(&old).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
        if !same_size || std::fs::read(&old).ok().as_deref() != Some(bytes) {
            return false;
        }
        match std::fs::hard_link(&old, path) {
            Ok(()) => true,
            // Written once already in this build: the link replaces it.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                std::fs::remove_file(path).is_ok() && std::fs::hard_link(&old, path).is_ok()
            }
            Err(_) => false,
        }
    }

    pub fn copy(&self, from: &Path, rel: &str) -> Result<(), OutputError> {
        let bytes = std::fs::read(from).map_err(io(from))?;
        self.write(rel, &bytes)
    }

    /// Swap the fresh folder in for the old output.
    pub fn commit(self) -> Result<PathBuf, OutputError> {
        let name = self.target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let old = self.target.with_file_name(format!(".{name}.wijkwijzer-old"));
        if old.exists() {
            std::fs::remove_dir_all(&old).map_err(io(&old))?;
        }
        let had_old = self.target.exists();
        if had_old {
            std::fs::rename(&self.target, &old).map_err(io(&self.target))?;
        }
        std::fs::rename(&self.dir, &self.target).map_err(io(&self.dir))?;
        if had_old {
            remove_tree(&old).map_err(io(&old))?;
        }
        Ok(self.target.clone())
    }

    /// Throw the half-built folder away.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Write a file that may already be in the fresh folder as a link to the previous
/// build's: the link is removed first, so the previous build's file is never written
/// through it.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let open = || std::fs::OpenOptions::new().write(true).create_new(true).open(path);
    let mut file = match open() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(path)?;
            open()?
        }
        other => other?,
    };
    file.write_all(bytes)
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_inode(_: &Path, _: &Path) -> bool {
    false
}

/// `dir/rel`, if `rel` is a plain relative path that stays inside `dir`.
pub fn checked_join(dir: &Path, rel: &str) -> Result<PathBuf, OutputError> {
    let rel_path = Path::new(rel);
    let plain = !rel.is_empty() && rel_path.components().all(|c| matches!(c, Component::Normal(_)));
    if !plain || rel.contains('\\') {
        return Err(OutputError::Escapes(rel.to_string()));
    }
    Ok(dir.join(rel_path))
}

/// Replace one file of a live output folder (the dev server's quick update): written
/// beside it and renamed, so a request never sees half a file.
pub fn replace_file(dir: &Path, rel: &str, bytes: &[u8]) -> Result<(), OutputError> {
    let path = checked_join(dir, rel)?;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let tmp = path.with_extension("wijkwijzer-tmp");
    std::fs::write(&tmp, bytes).map_err(io(&tmp))?;
    std::fs::rename(&tmp, &path).map_err(io(&path))
}

/// Remove a large folder with several threads: deleting tens of thousands of files
/// waits on the disk, and a disk answers several requests at once faster than one by one.
fn remove_tree(root: &Path) -> std::io::Result<()> {
    use rayon::prelude::*;
    let mut parts = Vec::new();
    for entry in std::fs::read_dir(root)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            for sub in std::fs::read_dir(entry.path())? {
                parts.push(sub?.path());
            }
        } else {
            parts.push(entry.path());
        }
    }
    let remove = || {
        parts.par_iter().try_for_each(|p| if p.is_dir() { std::fs::remove_dir_all(p) } else { std::fs::remove_file(p) })
    };
    match rayon::ThreadPoolBuilder::new().num_threads(8).build() {
        Ok(pool) => pool.install(remove)?,
        Err(_) => remove()?,
    }
    std::fs::remove_dir_all(root)
}

fn absolute(p: &Path) -> PathBuf {
    let p = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    // Resolve `..` lexically, so `site/../site/public` compares as it should.
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_escape() {
        let tmp = tempfile::tempdir().unwrap();
        let s = Staging::new(&tmp.path().join("public"), &tmp.path().join("site")).unwrap();
        assert!(s.path_for("a/index.html").is_ok());
        assert!(s.path_for("../x").is_err());
        assert!(s.path_for("/etc/passwd").is_err());
        assert!(s.path_for("a/../../x").is_err());
        assert!(s.path_for("").is_err());
    }

    #[test]
    fn refuses_to_replace_the_site() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(Staging::new(tmp.path(), tmp.path()).is_err());
        assert!(Staging::new(&tmp.path().join("content"), tmp.path()).is_err());
        assert!(Staging::new(&tmp.path().join("public"), tmp.path()).is_ok());
        let repo = tmp.path().join("elders");
        std::fs::create_dir_all(repo.join(".git")).unwrap();
        assert!(matches!(Staging::new(&repo, tmp.path()), Err(OutputError::NotASite(..))));
    }

    #[cfg(unix)]
    fn inode(p: &Path) -> u64 {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(p).unwrap().ino()
    }

    #[cfg(unix)]
    #[test]
    fn a_rebuild_links_what_did_not_change_and_writes_what_did() {
        let tmp = tempfile::tempdir().unwrap();
        let (out, site) = (tmp.path().join("public"), tmp.path().join("site"));
        let s = Staging::new(&out, &site).unwrap();
        for (rel, text) in [("same.html", "zelfde"), ("edited.html", "oud"), ("twice.js", "een")] {
            s.write(rel, text.as_bytes()).unwrap();
        }
        assert_eq!(s.unchanged(), 0);
        s.commit().unwrap();
        let before: Vec<u64> = ["same.html", "edited.html", "twice.js"].iter().map(|f| inode(&out.join(f))).collect();

        let s = Staging::new(&out, &site).unwrap();
        s.write("same.html", b"zelfde").unwrap();
        s.write("edited.html", b"nieuw").unwrap();
        // Linked first, then written again with other bytes: the previous build's file
        // must not change through the link.
        s.write("twice.js", b"een").unwrap();
        s.write("twice.js", b"twee").unwrap();
        assert_eq!(std::fs::read(out.join("twice.js")).unwrap(), b"een");
        assert_eq!((s.files(), s.unchanged()), (3, 1));
        s.commit().unwrap();
        assert_eq!(inode(&out.join("same.html")), before[0]);
        assert_ne!(inode(&out.join("edited.html")), before[1]);
        assert_eq!(std::fs::read(out.join("edited.html")).unwrap(), b"nieuw");
        assert_eq!(std::fs::read(out.join("twice.js")).unwrap(), b"twee");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_changed_by_hand_is_written_again() {
        let tmp = tempfile::tempdir().unwrap();
        let (out, site) = (tmp.path().join("public"), tmp.path().join("site"));
        let s = Staging::new(&out, &site).unwrap();
        s.write("a.html", b"goed").unwrap();
        s.commit().unwrap();
        std::fs::write(out.join("a.html"), b"fout").unwrap();
        let s = Staging::new(&out, &site).unwrap();
        s.write("a.html", b"goed").unwrap();
        assert_eq!(s.unchanged(), 0);
        s.commit().unwrap();
        assert_eq!(std::fs::read(out.join("a.html")).unwrap(), b"goed");
    }

    #[test]
    fn commit_replaces_and_abandon_keeps() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let s = Staging::new(&out, &tmp.path().join("site")).unwrap();
        s.write("a.txt", b"1").unwrap();
        s.commit().unwrap();
        let s = Staging::new(&out, &tmp.path().join("site")).unwrap();
        s.write("a.txt", b"2").unwrap();
        s.abandon();
        assert_eq!(std::fs::read(out.join("a.txt")).unwrap(), b"1");
    }
}
