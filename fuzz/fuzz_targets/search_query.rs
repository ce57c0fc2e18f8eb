//! The search query path: any text a resident types gives results or nothing found.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wijkwijzer_search::index::{Display, IndexBuilder, SearchDoc};
use wijkwijzer_search::{Engine, SearchRequest};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut b = IndexBuilder::new("fuzz").expect("index");
        for (i, title) in ["Schuldhulp Heidebroek", "Inloop De Brug", "Meldpunt zorgwekkend gedrag"].iter().enumerate() {
            let doc = SearchDoc {
                url: format!("/{i}/"),
                title: title.to_string(),
                body: "Hulp bij geld, koffie en een praatje.".into(),
                facets: vec!["/gemeente/heidebroek".into(), "/behoefte/geldzaken".into()],
                display: Display { summary: "Hulp.".into(), ..Default::default() },
                ..Default::default()
            };
            b.add(&doc).expect("add");
        }
        let part = b.finish().expect("finish");
        Engine::open(&[&part], &[]).expect("open")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let req = SearchRequest { query: text.to_string(), gemeente: Some(text.chars().take(8).collect()), limit: 5, ..Default::default() };
    let _ = engine().search(&req);
    let _ = wijkwijzer_search::analysis::highlight(text, text);
});
