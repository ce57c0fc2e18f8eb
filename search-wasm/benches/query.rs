//! Warm query latency of the engine, natively, over a built site's index:
//! `cargo bench -p wijkwijzer-search --bench query -- PUBLIC_DIR [GEMEENTE]`
//! (scripts/bench-search runs it on the national corpus). The browser numbers come from
//! tests/browser/bench/search.mjs; this one shows what the engine itself costs.

use std::path::PathBuf;
use std::time::Instant;

use wijkwijzer_search::engine::{SearchRequest, Synonym};
use wijkwijzer_search::Engine;

/// Shared with the browser benchmark.
const QUERIES: &str = include_str!("../../tests/search_bench_queries.txt");

fn queries() -> impl Iterator<Item = &'static str> {
    QUERIES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let Some(public) = args.first().map(PathBuf::from) else {
        eprintln!("usage: query PUBLIC_DIR [GEMEENTE]");
        return;
    };
    let gemeente = args.get(1).cloned().unwrap_or_else(|| "gemeente-042".into());
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(public.join("zoeken/manifest.json")).expect("manifest")).expect("json");
    let synonyms: Vec<Synonym> = serde_json::from_value(manifest["synoniemen"].clone()).unwrap_or_default();
    let parts = manifest["parts"].as_object().expect("parts");
    let load = |name: &str| std::fs::read(public.join(parts[name].as_str().expect("path"))).expect("part");

    let own: Vec<Vec<u8>> = parts
        .keys()
        .filter(|n| *n == &format!("gemeente-{gemeente}") || *n == "regio" || *n == "info")
        .map(|n| load(n))
        .collect();
    let all: Vec<Vec<u8>> = parts.keys().map(|n| load(n)).collect();
    println!("| scope | documents | open | warm query median | warm query p95 |");
    println!("|---|---|---|---|---|");
    measure(&format!("one municipality ({gemeente})"), &own, &synonyms, Some(&gemeente));
    measure("the whole country", &all, &synonyms, None);
}

fn measure(scope: &str, parts: &[Vec<u8>], synonyms: &[Synonym], gemeente: Option<&str>) {
    let slices: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    let t = Instant::now();
    let engine = Engine::open(&slices, synonyms).expect("open");
    let open = t.elapsed();
    let mut times = Vec::new();
    for round in 0..6 {
        for q in queries() {
            let req = SearchRequest {
                query: q.to_string(),
                gemeente: gemeente.map(str::to_string),
                limit: 10,
                ..Default::default()
            };
            let t = Instant::now();
            let res = engine.search(&req).expect("search");
            for hit in &res.hits {
                std::hint::black_box(wijkwijzer_search::analysis::highlight(&hit.display.summary, q));
            }
            if round > 0 {
                times.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let p = |q: f64| times[((times.len() as f64 * q).ceil() as usize).saturating_sub(1)];
    println!(
        "| {scope} | {} | {:.0} ms | {:.2} ms | {:.2} ms |",
        engine.len(),
        open.as_secs_f64() * 1000.0,
        p(0.5),
        p(0.95)
    );
}
