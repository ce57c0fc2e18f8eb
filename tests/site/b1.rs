//! What the theme's scripts say to residents ("Nu open", "Mijn lijstje") is held to the
//! same B1 measure as the example's pages: every Dutch word they ask the catalogue for,
//! one by one, and all of them together.

use wijkwijzer::readability::measure;

fn theme_file(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../themes/default").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The Dutch words a script shows: its `{{key}}`s, looked up in the theme's nl.toml.
fn words(script: &str, dutch: &toml::Table) -> Vec<String> {
    wijkwijzer::render::script_words::keys(&theme_file(&format!("static/{script}")))
        .map(|key| {
            let word =
                dutch.get(key).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{script}: no {key} in nl.toml"));
            // What a script fills in ({time}, {count}) reads as a plain word.
            word.replace("{time}", "17:00")
                .replace("{day}", "dinsdag")
                .replace("{count}", "3")
                .replace("{code}", "1234")
        })
        .collect()
}

#[test]
fn the_scripts_speak_plain_dutch() {
    let dutch: toml::Table = toml::from_str(&theme_file("i18n/nl.toml")).expect("nl.toml");
    for script in ["wijkwijzer.js", "lijstje-pagina.js", "zoeken/zoeken.js", "postcode.js"] {
        let strings = words(script, &dutch);
        assert!(strings.len() >= 3, "{script}: found {strings:?}");
        let all =
            strings.iter().map(|s| format!("{}.", s.trim_end_matches(['.', ' ', ':']))).collect::<Vec<_>>().join(" ");
        let stats = measure(&all);
        assert!(stats.is_plain(), "{script}: {stats:?}");
        for s in &strings {
            let one = measure(s);
            assert!(one.average_sentence() <= 15.0, "{script}: too long a sentence: {s}");
            assert_eq!(one.long_words, 0, "{script}: a long word in: {s}");
        }
    }
}
