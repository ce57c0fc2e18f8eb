//! Snowball's Dutch stemmer as a token filter. tantivy's own `Stemmer` links the
//! stemmers of every language it knows into the WebAssembly; this one links Dutch only
//! (frostem with just its `dutch` feature), the same algorithm and the same output.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

#[derive(Clone, Copy)]
pub struct DutchStemmer;

impl TokenFilter for DutchStemmer {
    type Tokenizer<T: Tokenizer> = DutchStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> DutchStemmerFilter<T> {
        DutchStemmerFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct DutchStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for DutchStemmerFilter<T> {
    type TokenStream<'a> = DutchStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        DutchStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::Dutch),
        }
    }
}

pub struct DutchStemmerStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
}

impl<T: TokenStream> TokenStream for DutchStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        // `Cow::Owned` only when the stemmer changed the word.
        if let std::borrow::Cow::Owned(stem) = self.stemmer.stem(&token.text) {
            token.text = stem;
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Forms of a stem the stemmer leaves apart, for query words only (the index keeps
/// Snowball's stems): a verb's `-t` or `-d` (`blowt` → `blow`, `verslaafd` →
/// `verslaaf`, as `verslaving` stems), and an inflected adjective's `-e` after a long
/// vowel (`eenzame` → `eenzaam`).
pub fn variants(stem: &str) -> Vec<String> {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut out = Vec::new();
    if n >= 5 && matches!(chars[n - 1], 't' | 'd') && !vowel(chars[n - 2]) {
        out.push(chars[..n - 1].iter().collect());
    }
    if n >= 5 && chars[n - 1] == 'e' {
        let base = &chars[..n - 1];
        let m = base.len();
        // Closed again, a short vowel between two consonants is written double.
        if !vowel(base[m - 1]) && "aeou".contains(base[m - 2]) && !vowel(base[m - 3]) {
            let mut long: Vec<char> = base.to_vec();
            long.insert(m - 1, base[m - 2]);
            out.push(long.into_iter().collect());
        } else {
            out.push(base.iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer};

    use super::*;

    #[test]
    fn stems_dutch_words() {
        let mut analyzer =
            TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(DutchStemmer).build();
        let mut stream = analyzer.token_stream("Praten over schulden");
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        assert_eq!(out, ["praat", "over", "schul"]);
    }

    #[test]
    fn variants_reach_the_stems_of_other_forms() {
        assert_eq!(variants("blowt"), ["blow"]);
        assert_eq!(variants("verslaafd"), ["verslaaf"]);
        assert_eq!(variants("eenzame"), ["eenzaam"]);
        assert!(variants("hulp").is_empty() && variants("somber").is_empty());
    }
}
