//! Search over the example region: the resident queries in tests/search_queries.toml
//! must each find their service in the top 3; the CLI prints ranked URLs and explains.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use wijkwijzer_search::SearchRequest;

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// The example region, built once for all search tests.
fn built() -> &'static PathBuf {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let out = dir.join("site");
        let run = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
            .args(["build", "--root"])
            .arg(repo())
            .arg("--output-dir")
            .arg(&out)
            .output()
            .unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        out
    })
}

#[derive(serde::Deserialize)]
struct Queries {
    query: Vec<Query>,
}

#[derive(serde::Deserialize)]
struct Query {
    q: String,
    gemeente: Option<String>,
    expect: String,
}

#[test]
fn resident_queries_find_their_service_in_the_top_3() {
    let text = std::fs::read_to_string(repo().join("tests/search_queries.toml")).unwrap();
    let queries: Queries = toml::from_str(&text).unwrap();
    assert!(queries.query.len() >= 40, "at least 40 queries");
    let mut misses = Vec::new();
    for q in &queries.query {
        // As typed and submitted: the last word is complete.
        let req =
            SearchRequest { query: format!("{} ", q.q), gemeente: q.gemeente.clone(), limit: 3, ..Default::default() };
        let (engine, _) = wijkwijzer::search_index::open_engine(built(), &req).unwrap();
        let top: Vec<String> = engine.search(&req).unwrap().hits.into_iter().map(|h| h.url).collect();
        if !top.contains(&q.expect) {
            misses.push(format!("{:?} ({:?}): expected {} in {top:?}", q.q, q.gemeente, q.expect));
        }
    }
    assert!(misses.is_empty(), "{} of {} queries missed:\n{}", misses.len(), queries.query.len(), misses.join("\n"));
}

#[test]
fn cli_prints_ranked_urls_and_explains() {
    let out = built();
    let run = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["search", "schuldhulp", "--gemeente", "heidebroek", "--explain", "--limit", "2", "--output-dir"])
        .arg(out)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(text.lines().nth(1).unwrap_or_default().contains("/gemeenten/heidebroek/schuldhulp-heidebroek/"), "{text}");
    assert!(text.contains("\"value\""), "score breakdown shown: {text}");
    assert!(text.lines().any(|l| l == "parts: gemeente-heidebroek, info, regio"), "parts searched: {text}");
    let bad = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["search", "x", "--gemeente", "nergens", "--output-dir"])
        .arg(out)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown municipality `nergens`"));
}

#[test]
fn index_parts_are_content_hashed_and_deterministic() {
    let out = built();
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("zoeken/manifest.json")).unwrap()).unwrap();
    let parts = manifest["parts"].as_object().unwrap();
    assert!(parts.contains_key("gemeente-heidebroek") && parts.contains_key("regio") && parts.contains_key("info"));
    for file in parts.values() {
        let name = file.as_str().unwrap();
        let bytes = std::fs::read(out.join(name)).unwrap();
        let hash = format!("{:016x}", wijkwijzer::search_index::fnv1a(&bytes));
        assert!(name.contains(&hash), "{name} is named for its content");
    }
    let again = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["build", "--root"])
        .arg(repo())
        .arg("--output-dir")
        .arg(again.path().join("s"))
        .output()
        .unwrap();
    assert!(run.status.success());
    let again_manifest = std::fs::read_to_string(again.path().join("s/zoeken/manifest.json")).unwrap();
    assert_eq!(
        again_manifest,
        std::fs::read_to_string(out.join("zoeken/manifest.json")).unwrap(),
        "same input, same index files"
    );
}

/// English pages are left out of the search: its analysis is Dutch (stemming, compounds,
/// synonyms), and would find English words by Dutch rules.
#[test]
fn english_pages_are_not_in_the_dutch_search() {
    for q in ["Beschermd Thuis Voorbeeldregio", "worried about someone", "suicide"] {
        let req = SearchRequest { query: format!("{q} "), limit: 20, ..Default::default() };
        let (engine, _) = wijkwijzer::search_index::open_engine(built(), &req).unwrap();
        let urls: Vec<String> = engine.search(&req).unwrap().hits.into_iter().map(|h| h.url).collect();
        assert!(urls.iter().all(|u| !u.starts_with("/en/")), "{q}: {urls:?}");
    }
}
