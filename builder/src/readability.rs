//! A small readability measure for plain Dutch (B1): how long the sentences are and
//! how many words are long. Editors run it with `wijkwijzer leesbaarheid`; the tests
//! hold every page of the example region to it.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// B1 guidance: sentences of about 10–15 words on average.
pub const MAX_AVERAGE_SENTENCE: f64 = 15.0;
/// Words of this many letters or more count as long (Dutch compounds get long fast).
pub const LONG_WORD_LETTERS: usize = 14;
/// At most this share of the words may be long.
pub const MAX_LONG_WORD_SHARE: f64 = 0.10;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stats {
    pub sentences: usize,
    pub words: usize,
    pub long_words: usize,
}

impl Stats {
    pub fn average_sentence(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.words as f64 / self.sentences as f64
        }
    }

    pub fn long_word_share(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.long_words as f64 / self.words as f64
        }
    }

    /// Within the B1 norms above.
    pub fn is_plain(&self) -> bool {
        self.average_sentence() <= MAX_AVERAGE_SENTENCE && self.long_word_share() <= MAX_LONG_WORD_SHARE
    }
}

/// Measure the running text of a Markdown body: paragraphs and list items, not
/// headings, code or link addresses. A list item without a full stop counts as one
/// sentence, as a reader takes it.
pub fn measure(markdown: &str) -> Stats {
    let mut stats = Stats::default();
    let mut block = String::new();
    let mut in_text = 0usize;
    let mut in_heading = false;
    let flush = |block: &mut String, stats: &mut Stats| {
        let text = std::mem::take(block);
        let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
        if words.is_empty() {
            return;
        }
        let mut sentences = 0;
        for (i, w) in words.iter().enumerate() {
            let ends = w.ends_with(['.', '!', '?', ':']) && !is_abbreviation(w);
            if ends || i + 1 == words.len() {
                sentences += 1;
            }
        }
        stats.sentences += sentences;
        stats.words += words.len();
        stats.long_words +=
            words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= LONG_WORD_LETTERS).count();
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Item) => {
                flush(&mut block, &mut stats);
                in_text += 1;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                flush(&mut block, &mut stats);
                in_text = in_text.saturating_sub(1);
            }
            Event::Start(Tag::Heading { .. }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(t) if in_text > 0 && !in_heading => {
                block.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak if in_text > 0 => block.push(' '),
            _ => {}
        }
    }
    flush(&mut block, &mut stats);
    stats
}

/// `bijv.`, `o.a.`, `t/m.`: a full stop that does not end the sentence.
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ':']).to_lowercase();
    matches!(w.as_str(), "bijv" | "o.a" | "d.w.z" | "enz" | "etc" | "bv" | "ca" | "nr" | "t/m" | "z.s.m")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sentences_pass_and_long_ones_fail() {
        let plain = measure("Kom langs voor koffie. Je hoeft niets te doen.\n\n- Gratis\n- Zonder afspraak\n");
        assert_eq!(plain.sentences, 4);
        assert_eq!(plain.words, 12);
        assert!(plain.is_plain());
        let heavy = measure(
            "In het kader van de doorontwikkeling van het ondersteuningscontinuüm wordt door de centrumgemeente in samenwerking met de regiogemeenten een integrale benadering gehanteerd die zich richt op maatschappelijke participatie.",
        );
        assert_eq!(heavy.sentences, 1);
        assert!(heavy.average_sentence() > MAX_AVERAGE_SENTENCE);
        assert!(heavy.long_word_share() > 0.1, "{heavy:?}");
        assert!(!heavy.is_plain());
    }

    #[test]
    fn headings_code_and_abbreviations() {
        let s = measure("## Een lange kop telt niet mee als zin\n\nBijv. koffie en thee. `code telt niet`\n");
        assert_eq!(s.sentences, 1, "{s:?}");
        assert_eq!(s.words, 4);
    }
}
