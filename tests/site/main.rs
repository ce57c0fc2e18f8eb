//! Integration tests for the builder: small fixture sites built by the real binary,
//! with assertions on the HTML it writes and on the errors it gives.

mod support;

mod b1;
mod codes;
mod content;
mod directory;
mod errors;
mod example;
mod formats;
mod import;
mod languages;
mod meldingen;
mod outputs;
mod redactie;
mod report;
mod search;
mod serve;
mod snapshots;
mod spreadsheet;
mod starter;
mod templates;

/// The Open Referral HSDS 3.0 service schema, kept in `tests/data/hsds-3.0/`.
fn hsds_schema() -> serde_json::Value {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/hsds-3.0/service_with_definitions.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("schema is JSON")
}
