//! Dutch analysis, the same at index and query time: words are lowercased, accents
//! folded (cliënt = client), compounds split into their parts (schuldhulpverlening →
//! schuld hulp verlening), stop words dropped and the rest stemmed (schulden → schuld).

use std::cell::RefCell;
use std::thread::LocalKey;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter, TextAnalyzer, TokenStream,
};

use crate::compound::CompoundParts;
use crate::stem::DutchStemmer;

/// The name the analyzer is registered under in every index.
pub const DUTCH: &str = "nl";

/// Parts of Dutch compounds common in texts about care, support and daily life.
/// A compound is split only when it is made of these parts from start to end, so
/// a missing part leaves the word whole (it still matches itself).
pub const COMPOUND_PARTS: &[&str] = &[
    // The linking `s` (verslaving-s-zorg); it is dropped again as a stop word.
    "s",
    "aanbod",
    "academie",
    "activiteit",
    "activiteiten",
    "administratie",
    "advies",
    "afspraak",
    "alcohol",
    "ambulant",
    "arbeid",
    "armoede",
    "beheer",
    "begeleiding",
    "behandeling",
    "beschermd",
    "bewind",
    "bewoner",
    "bewoners",
    "budget",
    "buddy",
    "buren",
    "buurt",
    "buurthuis",
    "centrum",
    "coach",
    "crisis",
    "dag",
    "dagen",
    "deskundig",
    "deskundige",
    "deskundigen",
    "dienst",
    "diensten",
    "drugs",
    "eenzaamheid",
    "ervaring",
    "ervarings",
    "familie",
    "gebied",
    "geld",
    "gemeente",
    "gesprek",
    "gesprekken",
    "gezin",
    "gezondheid",
    "gok",
    "groep",
    "groepen",
    "hulp",
    "huis",
    "huishouden",
    "huisarts",
    "herstel",
    "inkomen",
    "inloop",
    "jeugd",
    "jongeren",
    "kamer",
    "kennis",
    "klachten",
    "koffie",
    "kosten",
    "leef",
    "leven",
    "lijn",
    "loket",
    "lotgenoten",
    "maatje",
    "maatjes",
    "maatschappelijk",
    "mantel",
    "markt",
    "meld",
    "middag",
    "midden",
    "ochtend",
    "opvang",
    "ouder",
    "ouderen",
    "plaats",
    "plek",
    "post",
    "praat",
    "preventie",
    "project",
    "psychisch",
    "punt",
    "rechts",
    "regeling",
    "regio",
    "schuld",
    "schulden",
    "slaap",
    "sociaal",
    "spreek",
    "sport",
    "steun",
    "stijl",
    "team",
    "thuis",
    "tijd",
    "uur",
    "verlening",
    "verslaving",
    "vervoer",
    "vrijwilliger",
    "vrijwilligers",
    "vrijwilligerswerk",
    "wandel",
    "week",
    "werk",
    "werkplaats",
    "wijk",
    "winkel",
    "wonen",
    "woning",
    "woon",
    "zaken",
    "zelf",
    "zorg",
    "zorgen",
];

/// Snowball's Dutch stop word list (snowballstem.org, BSD-3-Clause), the list tantivy's
/// `stopwords` feature ships; kept here because that feature links every language.
const SNOWBALL_DUTCH_STOP_WORDS: &[&str] = &[
    "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was", "op", "aan",
    "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn", "men", "dit", "zo",
    "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe",
    "heeft", "hebben", "deze", "u", "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden",
    "toch", "al", "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles",
    "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf", "tegen",
    "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest", "andere",
];

/// Extra words to drop beside Snowball's Dutch list: the linking `s` of compounds and
/// words that carry no meaning in a question to a help directory.
const EXTRA_STOP_WORDS: &[&str] = &["s", "e", "iemand", "iets", "graag", "willen", "wil", "zoek", "zoeken", "help"];

/// Words every page of a help directory is about: in a question they say little about
/// which help is meant ("hulp bij rouwen"), so they count for less, but still count.
const WEAK_WORDS: &[&str] = &["hulp", "steun", "ondersteuning", "advies"];

/// How much a query word counts: less for the words of `WEAK_WORDS`.
pub fn query_weight(word: &str) -> f32 {
    if WEAK_WORDS.contains(&fold(word).as_str()) {
        0.3
    } else {
        1.0
    }
}

/// The analyzer for every text field and every query.
pub fn dutch_analyzer() -> TextAnalyzer {
    let stop_words = SNOWBALL_DUTCH_STOP_WORDS.iter().chain(EXTRA_STOP_WORDS).map(|w| w.to_string());
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(split_compounds())
        .filter(StopWordFilter::remove(stop_words))
        .filter(DutchStemmer)
        .build()
}

fn split_compounds() -> CompoundParts {
    CompoundParts::new(COMPOUND_PARTS)
}

thread_local! {
    // Built once per thread: building one (the compound automaton, the stop word set)
    // costs more than analysing a whole query, and highlighting analyses every word.
    static ANALYZER: RefCell<TextAnalyzer> = RefCell::new(dutch_analyzer());
    static FOLDER: RefCell<TextAnalyzer> =
        RefCell::new(TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(AsciiFoldingFilter).build());
}

fn tokens(analyzer: &'static LocalKey<RefCell<TextAnalyzer>>, text: &str) -> Vec<String> {
    analyzer.with_borrow_mut(|analyzer| {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    })
}

/// The terms a text gives after analysis, in order.
pub fn terms(text: &str) -> Vec<String> {
    tokens(&ANALYZER, text)
}

/// `text` as HTML, with the words that match `query` in `<mark>`: the same analysis
/// decides, so `schulden` marks `Schuldhulp`. Everything else is escaped.
pub fn highlight(text: &str, query: &str) -> String {
    let wanted: Vec<String> = query.split_whitespace().take(16).flat_map(terms).filter(|t| t.len() >= 3).collect();
    let mut out = String::with_capacity(text.len() + 16);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let hit = !wanted.is_empty()
            && terms(word)
                .iter()
                .any(|t| wanted.iter().any(|w| t.starts_with(w.as_str()) || w.starts_with(t.as_str()) && t.len() >= 4));
        if hit {
            out.push_str("<mark>");
            out.push_str(&escape(word));
            out.push_str("</mark>");
        } else {
            out.push_str(&escape(word));
        }
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The words of a text as written, lowercased and accents folded (`Cliënt` → `client`).
pub fn written_words(text: &str) -> Vec<String> {
    tokens(&FOLDER, text)
}

/// Whether a lowercased word is dropped from every search.
pub fn is_stop_word(word: &str) -> bool {
    SNOWBALL_DUTCH_STOP_WORDS.contains(&word) || EXTRA_STOP_WORDS.contains(&word)
}

/// Lowercase, accents folded: how a raw word (for synonyms) is compared.
pub fn fold(word: &str) -> String {
    tokens(&FOLDER, word).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_fold_and_words_stem() {
        assert_eq!(terms("Cliënt"), terms("client"));
        assert_eq!(terms("Praten"), terms("praat"));
        assert!(terms("ik heb het").is_empty(), "stop words only");
        // Snowball is not perfect (schulden → schul, schuld → schuld); the engine's
        // prefix and typo matching bridge that, see engine tests.
        assert!(terms("schuld")[0].starts_with(&terms("schulden")[0]));
    }

    #[test]
    fn highlight_marks_matching_words_and_escapes() {
        assert_eq!(highlight("Hulp bij <schulden>.", "schuld"), "Hulp bij <mark>&lt;schulden&gt;.</mark>");
        assert_eq!(highlight("Koffie & thee", ""), "Koffie &amp; thee");
    }

    #[test]
    fn compounds_split_into_their_parts() {
        assert_eq!(terms("schuldhulpverlening"), ["schuldhulpverleen", "schuld", "hulp", "verleen"]);
        assert_eq!(terms("schuldhulp"), ["schuldhulp", "schuld", "hulp"]);
        assert!(terms("verslavingszorg").contains(&terms("verslaving")[0]));
        let e = terms("ervaringsdeskundigen");
        assert!(e.contains(&terms("ervaring")[0]), "{e:?}");
        // A word that is not made of known parts stays whole.
        assert_eq!(terms("dagbestedingscentrum").len(), 1);
    }
}
