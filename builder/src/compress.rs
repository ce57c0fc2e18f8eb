//! `[extra.wijkwijzer] comprimeer = true`: a `.br` and a `.gz` beside every file worth
//! compressing, so a static server sends them as they are (nginx's `brotli_static` and
//! `gzip_static`, Netlify, Cloudflare Pages) and a phone on prepaid data downloads a
//! third of the bytes. Compressed once at build time, with the strongest settings where
//! every visitor downloads the file.

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::output::{OutputError, Staging};

/// Smaller files gain too little to be worth a second and third copy.
pub const MIN_BYTES: u64 = 1024;

/// Text, and the search engine's binary files, which compress well.
const EXTENSIONS: &[&str] =
    &["html", "css", "js", "mjs", "json", "xml", "txt", "svg", "csv", "webmanifest", "wasm", "wwz"];

/// Files every visitor of the search fetches: brotli's slowest, smallest setting (11).
/// Every other file (pages, most of a site) gets 5: on the national corpus 11 and 9 cost
/// ten times the whole build for a few percent (BENCHMARKS.md).
const SHARED: &[&str] = &["css", "js", "mjs", "wasm", "wwz"];
const SHARED_QUALITY: i32 = 11;
const PAGE_QUALITY: i32 = 5;

/// Write `.br` and `.gz` for every eligible file in the staging folder; returns how
/// many files were compressed. A compressed copy that is not smaller is not written. A
/// file taken over unchanged from the previous build takes its compressed copies too.
pub fn tree(staging: &Staging) -> Result<usize, OutputError> {
    let dir = staging.dir();
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| eligible(e.path()) && e.metadata().is_ok_and(|m| m.len() >= MIN_BYTES))
        .map(|e| e.path().to_path_buf())
        .collect();
    let compress = |f: &PathBuf| {
        let rel = f.strip_prefix(dir).ok().and_then(Path::to_str).map(|r| r.replace('\\', "/"));
        match rel.and_then(|r| staging.reused(&r)) {
            Some(old) if reuse(&old, f) => Ok(()),
            _ => one(f),
        }
    };
    files.par_iter().map(compress).collect::<Result<Vec<()>, OutputError>>()?;
    Ok(files.len())
}

/// Link the previous build's `.br` and `.gz` of `old` beside `new`; false when it had
/// neither (then they are made).
fn reuse(old: &Path, new: &Path) -> bool {
    let mut any = false;
    for suffix in ["br", "gz"] {
        let (from, to) = (with_suffix(old, suffix), with_suffix(new, suffix));
        if from.is_file() && std::fs::hard_link(&from, &to).is_ok() {
            any = true;
        }
    }
    any
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn extension(path: &Path) -> &str {
    path.extension().and_then(|e| e.to_str()).unwrap_or_default()
}

fn eligible(path: &Path) -> bool {
    EXTENSIONS.contains(&extension(path))
}

fn one(path: &Path) -> Result<(), OutputError> {
    let io = |source| OutputError::Io { path: path.to_path_buf(), source };
    let bytes = std::fs::read(path).map_err(io)?;
    let shared = SHARED.contains(&extension(path));
    let quality = if shared { SHARED_QUALITY } else { PAGE_QUALITY };
    let params = brotli::enc::BrotliEncoderParams { quality, lgwin: 22, size_hint: bytes.len(), ..Default::default() };
    let mut br = Vec::new();
    brotli::BrotliCompress(&mut bytes.as_slice(), &mut br, &params).map_err(io)?;
    let level = if shared { flate2::Compression::best() } else { flate2::Compression::default() };
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), level);
    gz.write_all(&bytes).map_err(io)?;
    let gz = gz.finish().map_err(io)?;
    for (suffix, packed) in [("br", br), ("gz", gz)] {
        if packed.len() < bytes.len() {
            let target = with_suffix(path, suffix);
            std::fs::write(&target, packed).map_err(|source| OutputError::Io { path: target.clone(), source })?;
        }
    }
    Ok(())
}
