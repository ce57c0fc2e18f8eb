//! What the theme's scripts say to residents ("Nu open", "Mijn lijstje") is held to the
//! same B1 measure as the example's pages: every string of their word lists, one by
//! one, and all of them together.

use wijkwijzer::readability::measure;

fn theme_file(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../themes/default/src").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The string values of the word list at the top of a script: the object literal from
/// `var W = {` or `var T = {` to its `};`, one `key: "text",` per line.
fn words(script: &str) -> Vec<String> {
    let start = script.find("var W = {").or_else(|| script.find("var T = {")).expect("a word list");
    let block = &script[start..];
    let block = &block[..block.find("};").expect("the end of the word list")];
    block
        .lines()
        .filter_map(|l| l.trim().split_once(": \"").map(|(_, rest)| rest))
        .filter_map(|rest| rest.rsplit_once('"').map(|(text, _)| text.to_string()))
        .collect()
}

#[test]
fn the_scripts_speak_plain_dutch() {
    for script in ["klok.js", "lijstje.js", "lijstje-pagina.js"] {
        let strings = words(&theme_file(script));
        assert!(strings.len() >= 2, "{script}: found {strings:?}");
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
