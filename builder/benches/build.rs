//! Build benchmark at national scale: `cargo bench -p wijkwijzer --bench build`, or
//! `scripts/bench --zola PATH` to compare with Zola built from its source.
//!
//! Generates the synthetic region (342 municipalities, 50,000 services, 2,000 other
//! pages; override with BENCH_SCALE="G D O"), then measures with the release binary, as
//! medians of BENCH_RUNS (default 3) of wall time, user CPU and peak RSS:
//! - a full build into an empty folder, and one that replaces the previous build;
//! - a rebuild after one service's text was edited, with the files it wrote (a file
//!   whose inode changed) out of all;
//! - with BENCH_ZOLA (a zola binary): Zola on the same content, with the small
//!   templates in `benches/zola-templates`, into an empty folder and replacing;
//! - as a baseline in the same run: copying the content folder (the same number of files
//!   read and written, no work in between), the I/O floor of any static site builder;
//! - in `serve` mode, the time from saving an edited page to the new text being served.

// Children are reaped with wait4 (for their peak memory), which clippy cannot see.
#![allow(clippy::zombie_processes)]

#[path = "corpus.rs"]
mod corpus;
#[path = "measure.rs"]
mod measure;

use measure::{median, percentile, wait_usage, Cost};

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
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
    let zola = std::env::var("BENCH_ZOLA").ok().map(|bin| (bin, zola_site(&site, &work.join("zola-site"))));

    let bin = env!("CARGO_BIN_EXE_wijkwijzer");
    let out = work.join("public");
    let zola_out = work.join("zola-public");
    let edited = site.join("content/gemeenten/gemeente-007/dienst-00007.md");
    let original = std::fs::read_to_string(&edited).expect("page");

    let mut rows: Vec<(&str, Vec<Cost>)> = ["copy", "fresh", "replace", "edit", "zola-fresh", "zola-replace"]
        .into_iter()
        .map(|n| (n, Vec::new()))
        .collect();
    let mut push = |name: &str, c: Cost| rows.iter_mut().find(|(n, _)| *n == name).expect("row").1.push(c);
    let mut written = Vec::new();
    for run in 0..runs {
        let wall = measure::copy_baseline(&site.join("content"), &work.join("copy"));
        push("copy", Cost { wall, ..Cost::default() });
        let _ = std::fs::remove_dir_all(&out);
        push("fresh", run_build(bin, &site, &out));
        push("replace", run_build(bin, &site, &out));
        let before = inodes(&out);
        std::fs::write(&edited, format!("{original}\nBewerkt in ronde {run}.\n")).expect("edit");
        push("edit", run_build(bin, &site, &out));
        std::fs::write(&edited, &original).expect("restore");
        let after = inodes(&out);
        written.push(after.iter().filter(|(path, ino)| before.get(*path) != Some(ino)).count());
        // Put the unedited site back, so every round starts the same.
        run_build(bin, &site, &out);
        if let Some((zola, zsite)) = &zola {
            let _ = std::fs::remove_dir_all(&zola_out);
            push("zola-fresh", run_zola(zola, zsite, &zola_out));
            push("zola-replace", run_zola(zola, zsite, &zola_out));
        }
    }
    let files = inodes(&out).len();
    let med = |rows: &mut Vec<(&str, Vec<Cost>)>, name: &str| -> Option<Cost> {
        let v = &mut rows.iter_mut().find(|(n, _)| *n == name)?.1;
        if v.is_empty() {
            return None;
        }
        Some(Cost {
            wall: median(&mut v.iter().map(|c| c.wall).collect::<Vec<_>>()),
            user: median(&mut v.iter().map(|c| c.user).collect::<Vec<_>>()),
            kib: v.iter().map(|c| c.kib).max().unwrap_or(0),
        })
    };
    let copy = med(&mut rows, "copy").expect("copy ran");
    println!("\n| what ({runs} runs, medians) | wall | user CPU | peak RSS (max) | wall vs copy |");
    println!("|---|---|---|---|---|");
    for (name, label) in [
        ("copy", "copy content/ (baseline: I/O only)"),
        ("fresh", "wijkwijzer build, empty output folder"),
        ("replace", "wijkwijzer build, replacing the previous site"),
        ("edit", "wijkwijzer build after one service was edited"),
        ("zola-fresh", "zola build, empty output folder"),
        ("zola-replace", "zola build --force, replacing the previous site"),
    ] {
        if let Some(c) = med(&mut rows, name) {
            println!(
                "| {label} | {:.2} s | {:.2} s | {:.0} MiB | {:.2} |",
                c.wall,
                c.user,
                c.kib as f64 / 1024.0,
                c.wall / copy.wall
            );
        }
    }
    let mut written_sorted = written.clone();
    written_sorted.sort_unstable();
    println!(
        "\none-edit rebuild wrote {} of {files} files (median; each round: {written:?}); {pages} pages",
        written_sorted[written_sorted.len() / 2]
    );

    let (mut rebuilds, serve_kib) = serve_rebuilds(bin, &site, &work.join("serve-out"), runs.max(5));
    let med = median(&mut rebuilds);
    let p95 = percentile(&rebuilds, 0.95);
    println!("serve: edit one page → new text served: median {:.0} ms, p95 {:.0} ms ({} edits); peak RSS of serve: {:.0} MiB", med * 1000.0, p95 * 1000.0, rebuilds.len(), serve_kib as f64 / 1024.0);
}

/// Run one build.
fn run_build(bin: &str, site: &Path, out: &Path) -> Cost {
    let args = ["build".as_ref(), "--root".as_ref(), site.as_os_str(), "--output-dir".as_ref(), out.as_os_str()];
    measure::run(bin, &args, site)
}

fn run_zola(bin: &str, site: &Path, out: &Path) -> Cost {
    let args = ["build".as_ref(), "--force".as_ref(), "--output-dir".as_ref(), out.as_os_str()];
    measure::run(bin, &args, site)
}

/// The same content for Zola, with templates of its own (Wijkwijzer's theme is not
/// Zola's): a copy, made once, outside the measured time.
fn zola_site(site: &Path, to: &Path) -> PathBuf {
    let _ = std::fs::remove_dir_all(to);
    let status = Command::new("cp").arg("-r").arg(site).arg(to).status().expect("cp");
    assert!(status.success());
    let templates = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/zola-templates");
    let status = Command::new("cp").arg("-r").arg(&templates).arg(to.join("templates")).status().expect("cp");
    assert!(status.success());
    to.to_path_buf()
}

/// Every file of a built site with its inode: a file whose inode changed was written.
fn inodes(dir: &Path) -> HashMap<PathBuf, u64> {
    use std::os::unix::fs::MetadataExt;
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| Some((e.path().strip_prefix(dir).ok()?.to_path_buf(), e.metadata().ok()?.ino())))
        .collect()
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
    let _ = wait_usage(pid);
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
