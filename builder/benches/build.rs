//! Build benchmark at national scale: `cargo bench -p wijkwijzer --bench build`.
//!
//! Generates the synthetic region (342 municipalities, 50,000 services, 2,000 other
//! pages; override with BENCH_SCALE="G D O"), then measures with the release binary:
//! - a full build into an empty folder, and one that replaces a previous build;
//! - as a baseline in the same run: copying the content folder (the same number of files
//!   read and written, no work in between), the I/O floor of any static site builder;
//! - in `serve` mode, the time from saving an edited page to the new text being served.
//!
//! Reports medians (and p95 for the rebuild), pages per second and peak memory.

// Children are reaped with wait4 (for their peak memory), which clippy cannot see.
#![allow(clippy::zombie_processes)]

#[path = "corpus.rs"]
mod corpus;
#[path = "measure.rs"]
mod measure;

use measure::{median, percentile, wait_rusage};

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
    let spec = match std::env::var("BENCH_SCALE")
        .ok()
        .map(|s| s.split_whitespace().filter_map(|n| n.parse().ok()).collect::<Vec<usize>>())
    {
        Some(v) if v.len() == 3 => corpus::CorpusSpec { gemeenten: v[0], diensten: v[1], overig: v[2] },
        _ => corpus::CorpusSpec::national(),
    };
    let work = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench-build");
    let site = work.join("site");
    let t = Instant::now();
    corpus::generate(&site, &spec).expect("write corpus");
    let pages = spec.diensten + spec.overig;
    println!(
        "corpus: {} municipalities, {} services, {} other pages ({:.1} s to write)",
        spec.gemeenten,
        spec.diensten,
        spec.overig,
        t.elapsed().as_secs_f64()
    );

    let bin = env!("CARGO_BIN_EXE_wijkwijzer");
    let out = work.join("public");

    let mut copy = Vec::new();
    let mut fresh = Vec::new();
    let mut replace = Vec::new();
    let mut peak_kib = 0;
    for _ in 0..runs {
        copy.push(measure::copy_baseline(&site.join("content"), &work.join("copy")));

        let _ = std::fs::remove_dir_all(&out);
        let (d, kib) = run_build(bin, &site, &out);
        fresh.push(d);
        peak_kib = peak_kib.max(kib);
        let (d, kib) = run_build(bin, &site, &out);
        replace.push(d);
        peak_kib = peak_kib.max(kib);
    }
    let (copy_m, fresh_m, replace_m) = (median(&mut copy), median(&mut fresh), median(&mut replace));
    println!("\n| what ({runs} runs) | median | pages/s | vs copy |");
    println!("|---|---|---|---|");
    println!("| copy content/ (baseline: I/O only) | {:.2} s | {:.0} | 1.00 |", copy_m, pages as f64 / copy_m);
    println!(
        "| full build, empty output folder | {:.2} s | {:.0} | {:.2} |",
        fresh_m,
        pages as f64 / fresh_m,
        fresh_m / copy_m
    );
    println!(
        "| full build, replacing the previous site | {:.2} s | {:.0} | {:.2} |",
        replace_m,
        pages as f64 / replace_m,
        replace_m / copy_m
    );
    println!("\npeak RSS of a full build: {:.0} MiB", peak_kib as f64 / 1024.0);

    let (mut rebuilds, serve_kib) = serve_rebuilds(bin, &site, &work.join("serve-out"), runs.max(5));
    let med = median(&mut rebuilds);
    let p95 = percentile(&rebuilds, 0.95);
    println!("serve: edit one page → new text served: median {:.0} ms, p95 {:.0} ms ({} edits); peak RSS of serve: {:.0} MiB", med * 1000.0, p95 * 1000.0, rebuilds.len(), serve_kib as f64 / 1024.0);
}

/// Run one build; wall time and the child's peak RSS in KiB.
fn run_build(bin: &str, site: &Path, out: &Path) -> (f64, i64) {
    let args = ["build".as_ref(), "--root".as_ref(), site.as_os_str(), "--output-dir".as_ref(), out.as_os_str()];
    measure::run(bin, &args, site)
}

fn serve_rebuilds(bin: &str, site: &Path, out: &Path, edits: usize) -> (Vec<f64>, i64) {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(bin)
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site)
        .arg("--output-dir")
        .arg(out)
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn serve");
    let pid = child.id() as i32;
    let page = site.join("content/gemeenten/gemeente-007/dienst-00007.md");
    let url = "/gemeenten/gemeente-007/dienst-00007/";
    let original = std::fs::read_to_string(&page).expect("page");
    wait_for(port, url, "Wat is het?", Duration::from_secs(300));
    let mut times = Vec::new();
    for i in 0..edits {
        let marker = format!("bewerking-{i}-{}", std::process::id());
        std::fs::write(&page, format!("{original}\n{marker}\n")).unwrap();
        let t = Instant::now();
        wait_for(port, url, &marker, Duration::from_secs(120));
        times.push(t.elapsed().as_secs_f64());
        std::thread::sleep(Duration::from_millis(300));
    }
    std::fs::write(&page, original).unwrap();
    let kib = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0);
    unsafe {
        libc::kill(pid, libc::SIGTERM);
    }
    let _ = wait_rusage(pid);
    (times, kib)
}

fn wait_for(port: u16, path: &str, needle: &str, limit: Duration) {
    let start = Instant::now();
    while start.elapsed() < limit {
        if get(port, path).is_some_and(|b| b.contains(needle)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    panic!("{path} never contained {needle}");
}

fn get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").ok()?;
    let mut buf = String::new();
    s.read_to_string(&mut buf).ok()?;
    Some(buf)
}
