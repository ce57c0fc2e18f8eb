//! Import benchmark: `cargo bench -p wijkwijzer --bench import` (or `scripts/bench import`).
//!
//! Generates one municipality with 50,000 services (BENCH_SERVICES overrides), builds it
//! and takes the HSDS export the build writes (`open-data/hsds/services.json`, the feed
//! the issue asks for), then measures with the release binary, BENCH_RUNS times:
//! - importing that feed into a site with the municipality but no services;
//! - importing it again over its own result (every page unchanged);
//! - as a baseline in the same run: copying the imported content folder (the same
//!   files written, no work in between).
//!
//! Reports medians of wall time and the largest peak RSS, with the feed's size.

// Children are reaped with wait4 (for their peak memory), which clippy cannot see.
#![allow(clippy::zombie_processes)]

#[path = "corpus.rs"]
mod corpus;
#[path = "measure.rs"]
mod measure;

use std::path::{Path, PathBuf};

use measure::{median, run};

const GEMEENTE: &str = "gemeente-000";

fn main() {
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
    let services: usize = std::env::var("BENCH_SERVICES").ok().and_then(|v| v.parse().ok()).unwrap_or(50_000);
    let work = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench-import");
    let source = work.join("source");
    corpus::generate(&source, &corpus::CorpusSpec { gemeenten: 1, diensten: services, overig: 0 }).expect("corpus");
    let bin = env!("CARGO_BIN_EXE_wijkwijzer");
    let public = work.join("public");
    let _ = std::fs::remove_dir_all(&public);
    run(
        bin,
        &["build".as_ref(), "--root".as_ref(), source.as_os_str(), "--output-dir".as_ref(), public.as_os_str()],
        &work,
    );
    let feed = public.join("open-data/hsds/services.json");
    let feed_mb = std::fs::metadata(&feed).expect("feed").len() as f64 / 1e6;
    println!("feed: {services} services, {feed_mb:.0} MB ({})", feed.display());

    let site = work.join("site");
    let args = ["import".as_ref(), feed.as_os_str(), "--gemeente".as_ref(), GEMEENTE.as_ref()];
    let (mut fresh, mut again, mut copy) = (Vec::new(), Vec::new(), Vec::new());
    let (mut fresh_kib, mut again_kib) = (0, 0);
    for _ in 0..runs {
        empty_site(&source, &site);
        let measure::Cost { wall: d, kib, .. } = run(bin, &args, &site);
        fresh.push(d);
        fresh_kib = fresh_kib.max(kib);
        let written = walkdir::WalkDir::new(site.join("content"))
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .count();
        assert!(written > services, "the import wrote {written} files");
        let measure::Cost { wall: d, kib, .. } = run(bin, &args, &site);
        again.push(d);
        again_kib = again_kib.max(kib);

        copy.push(measure::copy_baseline(&site.join("content"), &work.join("copy")));
    }
    let (c, f, a) = (median(&mut copy), median(&mut fresh), median(&mut again));
    println!("\n| what ({runs} runs, {services} services) | median | services/s | vs copy | peak RSS |");
    println!("|---|---|---|---|---|");
    println!("| copy the imported content/ (baseline: I/O only) | {c:.2} s | {:.0} | 1.00 | |", services as f64 / c);
    println!(
        "| import into a site without services | {f:.2} s | {:.0} | {:.2} | {:.0} MiB |",
        services as f64 / f,
        f / c,
        fresh_kib as f64 / 1024.0
    );
    println!(
        "| import again (all unchanged) | {a:.2} s | {:.0} | {:.2} | {:.0} MiB |",
        services as f64 / a,
        a / c,
        again_kib as f64 / 1024.0
    );
}

/// The generated site without its services: config, sections and the municipality.
fn empty_site(source: &Path, site: &Path) {
    let _ = std::fs::remove_dir_all(site);
    let gemeente = Path::new("content/gemeenten").join(GEMEENTE);
    std::fs::create_dir_all(site.join(&gemeente)).expect("mkdir");
    for file in [Path::new("config.toml"), Path::new("content/_index.md"), Path::new("content/gemeenten/_index.md")] {
        std::fs::copy(source.join(file), site.join(file)).expect("copy");
    }
    std::fs::copy(source.join(&gemeente).join("_index.md"), site.join(&gemeente).join("_index.md")).expect("copy");
}
