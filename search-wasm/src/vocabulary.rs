//! The words of the published pages as they are written (lowercased, accents folded),
//! one list per index part. The index itself holds stems, which a typo or an unusual
//! ending can push far apart ("dagbestedingg" stems to itself, "dagbesteding" to
//! "dagbesteed"); a query word close to a written word is searched as that word. The
//! list also says which two words make a compound ("budget coach" → "budgetcoach") and
//! what "Bedoelde je …?" may offer: only words a resident can read on a page.

use std::sync::OnceLock;

use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder};

use crate::analysis;

/// The entry of a part's bundle that holds its words, one per line, sorted.
pub const FILE: &str = "woorden.txt";

/// Shorter words are left out: a typo in them is too often another word.
const MIN_LETTERS: usize = 4;

/// From this many letters, a typo may sit in the first part of a longer compound.
const MIN_PREFIX_TYPO: usize = 8;

/// The longest ending `stem_of` cuts off (`-teren`).
const MAX_ENDING: usize = 5;

/// The words of a text worth keeping: at least four letters, no digits, no stop word.
pub fn words_of(text: &str) -> impl Iterator<Item = String> {
    analysis::written_words(text)
        .into_iter()
        .filter(|w| w.chars().count() >= MIN_LETTERS && w.chars().all(char::is_alphabetic))
        .filter(|w| !analysis::is_stop_word(w))
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    /// Sorted, without repeats.
    words: Vec<String>,
}

impl Vocabulary {
    pub fn to_bytes(&self) -> Vec<u8> {
        self.words.join("\n").into_bytes()
    }

    /// Words from a part's file; an unreadable line is left out rather than failing
    /// the search.
    pub fn from_bytes(bytes: &[u8]) -> Vocabulary {
        String::from_utf8_lossy(bytes).lines().filter(|l| !l.is_empty()).map(str::to_string).collect()
    }

    /// Add the words of another part.
    pub fn extend(&mut self, other: Vocabulary) {
        self.words.extend(other.words);
        self.words.sort();
        self.words.dedup();
    }

    /// Whether a folded word is written on a page.
    pub fn contains(&self, word: &str) -> bool {
        self.words.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
    }

    /// The written word closest to `word` within `max_edits` (a swap of two letters is
    /// one edit). Ties go to a word with the same first letter, then the same length;
    /// typos at the start of a word are rare.
    pub fn nearest(&self, word: &str, max_edits: u8) -> Option<&str> {
        if max_edits == 0 || self.contains(word) {
            return None;
        }
        let builder = builder(max_edits)?;
        let len = word.chars().count();
        let first = word.chars().next();
        let dfa = builder.build_dfa(word);
        let whole = self
            .words
            .iter()
            .filter(|w| w.chars().count().abs_diff(len) <= usize::from(max_edits))
            .filter_map(|w| match dfa.eval(w) {
                Distance::Exact(d) => Some((d, w.chars().next() != first, w.chars().count().abs_diff(len), w)),
                Distance::AtLeast(_) => None,
            })
            .min()
            .map(|(_, _, _, w)| w.as_str());
        if whole.is_some() || len < MIN_PREFIX_TYPO {
            return whole;
        }
        // A long word may be the start of a compound, with a typo (`valpreventei` of
        // `valpreventiecursus`): the shortest written word that starts so.
        let prefix = builder.build_prefix_dfa(word);
        self.words
            .iter()
            .filter(|w| w.chars().count() + usize::from(max_edits) >= len)
            .filter_map(|w| match prefix.eval(w) {
                Distance::Exact(d) => Some((d, w.len(), w)),
                Distance::AtLeast(_) => None,
            })
            .min()
            .map(|(_, _, w)| w.as_str())
    }

    /// The written words that `word` is the start of (`rouw` → `rouwverwerking`), the
    /// shortest first: the compounds a base word or stem leads to.
    pub fn completions(&self, start: &str, max: usize) -> Vec<&str> {
        let from = self.words.partition_point(|w| w.as_str() < start);
        let mut found: Vec<&str> = self.words[from..]
            .iter()
            .take_while(|w| w.starts_with(start))
            .filter(|w| w.len() > start.len())
            .map(String::as_str)
            .collect();
        found.sort_by_key(|w| (w.len(), *w));
        found.truncate(max);
        found
    }

    /// The longest written word `word` starts with, leaving a short ending
    /// (`budgetteren` → `budget`): a derived form of a word the pages have.
    pub fn stem_of(&self, word: &str) -> Option<&str> {
        let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
        cuts.iter()
            .enumerate()
            .skip(MIN_LETTERS)
            .rev()
            .filter(|(letters, _)| cuts.len() - letters <= MAX_ENDING)
            .find_map(|(_, &cut)| self.get(&word[..cut]))
    }

    /// `word` as two written words (`budgetcoach` → `budget`, `coach`), the longest
    /// first part that works; a linking `s` between them may go (`verslavingszorg`).
    pub fn split(&self, word: &str) -> Option<(&str, &str)> {
        let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
        for &cut in cuts.iter().rev() {
            let (head, tail) = word.split_at(cut);
            if head.chars().count() < MIN_LETTERS {
                break;
            }
            let tails = [tail, tail.strip_prefix('s').unwrap_or("")];
            for t in tails {
                if t.chars().count() >= MIN_LETTERS {
                    if let (Some(h), Some(t)) = (self.get(head), self.get(t)) {
                        return Some((h, t));
                    }
                }
            }
        }
        None
    }

    /// Two words that are one written word together (`maatjes project` →
    /// `maatjesproject`, `verslaving zorg` → `verslavingszorg`).
    pub fn join(&self, first: &str, second: &str) -> Option<&str> {
        [format!("{first}{second}"), format!("{first}s{second}")].into_iter().find_map(|w| self.get(&w))
    }

    fn get(&self, word: &str) -> Option<&str> {
        self.words.binary_search_by(|w| w.as_str().cmp(word)).ok().map(|i| self.words[i].as_str())
    }
}

/// Building an automaton builder costs more than a search; one per distance, kept.
fn builder(max_edits: u8) -> Option<&'static LevenshteinAutomatonBuilder> {
    static ONE: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    static TWO: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    match max_edits {
        1 => Some(ONE.get_or_init(|| LevenshteinAutomatonBuilder::new(1, true))),
        2 => Some(TWO.get_or_init(|| LevenshteinAutomatonBuilder::new(2, true))),
        _ => None,
    }
}

impl FromIterator<String> for Vocabulary {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Vocabulary {
        let mut words: Vec<String> = iter.into_iter().collect();
        words.sort();
        words.dedup();
        Vocabulary { words }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vocabulary {
        texts.into_iter().flat_map(words_of).collect()
    }

    fn vocabulary() -> Vocabulary {
        of_texts([
            "Dagbesteding en woonbegeleiding in De Werkschuur.",
            "Een Budgetcoach helpt met geld. Bel 0599 123.",
            "Maatjesproject voor wie eenzaam is; verslavingszorg en herstel.",
        ])
    }

    #[test]
    fn keeps_written_words_only() {
        let v = vocabulary();
        assert!(v.contains("dagbesteding") && v.contains("werkschuur") && v.contains("eenzaam"));
        assert!(!v.contains("0599") && !v.contains("met") && !v.contains("en"), "no numbers, short or stop words");
        assert_eq!(Vocabulary::from_bytes(&v.to_bytes()), v);
    }

    #[test]
    fn nearest_written_word() {
        let v = vocabulary();
        assert_eq!(v.nearest("dagbestedingg", 1), Some("dagbesteding"));
        assert_eq!(v.nearest("woonbegeleidng", 2), Some("woonbegeleiding"));
        assert_eq!(v.nearest("budgetcaoch", 1), Some("budgetcoach"), "a swap is one edit");
        assert_eq!(v.nearest("dagbesteding", 2), None, "a written word needs no correction");
        assert_eq!(v.nearest("fietsen", 2), None);
        assert_eq!(v.nearest("maatjespoject", 1), Some("maatjesproject"));
        assert_eq!(v.nearest("verslavigs", 1), Some("verslavingszorg"), "the start of a compound, with a typo");
    }

    #[test]
    fn compounds_apart_and_together() {
        let v = vocabulary();
        assert_eq!(v.join("maatjes", "project"), Some("maatjesproject"));
        assert_eq!(v.join("verslaving", "zorg"), Some("verslavingszorg"), "with the linking s");
        assert_eq!(v.split("budgetcoach"), None, "budget and coach are not written apart here");
        let mut more = v.clone();
        more.extend(of_texts(["budget", "coach", "verslaving", "zorg"]));
        assert_eq!(more.split("budgetcoach"), Some(("budget", "coach")));
        assert_eq!(more.split("fietsenmaker"), None);
        assert_eq!(more.completions("verslaving", 3), ["verslavingszorg"]);
        assert_eq!(more.stem_of("budgetteren"), Some("budget"));
        assert_eq!(more.stem_of("budgetcoachingsavond"), None, "the ending is too long to be one");
    }
}
