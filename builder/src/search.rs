//! `wijkwijzer search`: the browser's engine, run natively over a built site, so an
//! editor can see why a service does or does not show up.

use std::fmt::Write as _;
use std::path::Path;

use wijkwijzer_search::SearchRequest;

pub fn run(out: &Path, req: &SearchRequest) -> Result<String, String> {
    let (engine, parts) = wijkwijzer::search_index::open_engine(out, req)?;
    let res = engine.search(req).map_err(|e| e.to_string())?;
    let mut text = String::new();
    let _ = writeln!(text, "{} result(s)", res.total);
    for (i, hit) in res.hits.iter().enumerate() {
        let _ = writeln!(text, "{:>3}. {:>7.3}  {}  {}", i + 1, hit.score, hit.url, hit.title);
        if let Some(e) = &hit.explanation {
            for line in e.lines() {
                let _ = writeln!(text, "              {line}");
            }
        }
    }
    if let Some(suggestion) = &res.suggestion {
        // What the search page offers as "Bedoelde je …?", and the needs it links to.
        let _ = writeln!(text, "did you mean: {suggestion}");
        if !res.suggested_behoeften.is_empty() {
            let _ = writeln!(text, "needs it finds: {}", res.suggested_behoeften.join(", "));
        }
    }
    if req.explain {
        // The same parts the browser fetches for this search (manifest::parts_for).
        let _ = writeln!(text, "parts: {}", parts.join(", "));
    }
    Ok(text)
}
