//! A token filter that keeps a compound word and adds its parts after it:
//! `schuldhulpverlening` gives `schuldhulpverlening`, `schuld`, `hulp`, `verlening`.
//! Keeping the whole word lets a typo in it still match (tantivy's own
//! `SplitCompoundWords` replaces the word by its parts).
//!
//! At each point of the word the longest known part that starts there is taken. A set
//! lookup per possible length does that for a list of a hundred parts; an automaton
//! (aho-corasick) was as fast but 39 KB of the browser's WebAssembly.

use std::collections::HashSet;
use std::sync::Arc;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

#[derive(Clone)]
pub struct CompoundParts {
    dict: Arc<Parts>,
}

struct Parts {
    known: HashSet<String>,
    /// The length in bytes of the longest part.
    longest: usize,
}

impl Parts {
    /// The end of the longest known part that starts at `start`.
    fn longest_at(&self, text: &str, start: usize) -> Option<usize> {
        let max = (start + self.longest).min(text.len());
        (start + 1..=max)
            .rev()
            .filter(|&end| text.is_char_boundary(end))
            .find(|&end| self.known.contains(&text[start..end]))
    }
}

impl CompoundParts {
    pub fn new(parts: &[&str]) -> CompoundParts {
        let known: HashSet<String> = parts.iter().map(|p| p.to_string()).collect();
        let longest = known.iter().map(String::len).max().unwrap_or(0);
        CompoundParts { dict: Arc::new(Parts { known, longest }) }
    }
}

impl TokenFilter for CompoundParts {
    type Tokenizer<T: Tokenizer> = CompoundPartsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CompoundPartsFilter<T> {
        CompoundPartsFilter { dict: self.dict, inner: tokenizer, pending: Vec::new() }
    }
}

#[derive(Clone)]
pub struct CompoundPartsFilter<T> {
    dict: Arc<Parts>,
    inner: T,
    pending: Vec<Token>,
}

impl<T: Tokenizer> Tokenizer for CompoundPartsFilter<T> {
    type TokenStream<'a> = CompoundPartsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.pending.clear();
        CompoundPartsStream { dict: &self.dict, tail: self.inner.token_stream(text), pending: &mut self.pending }
    }
}

pub struct CompoundPartsStream<'a, T> {
    dict: &'a Parts,
    tail: T,
    /// Tokens still to give, the next one last.
    pending: &'a mut Vec<Token>,
}

impl<T: TokenStream> CompoundPartsStream<'_, T> {
    /// Queue the parts of the current word, if it is made of known parts end to end
    /// and of more than one.
    fn queue_parts(&mut self) {
        let token = self.tail.token();
        let text = token.text.as_str();
        let mut cuts = Vec::new();
        let mut pos = 0;
        while let Some(end) = self.dict.longest_at(text, pos) {
            cuts.push((pos, end));
            pos = end;
        }
        if pos != text.len() || cuts.len() < 2 {
            return;
        }
        for (start, end) in cuts.into_iter().rev() {
            self.pending.push(Token { text: text[start..end].to_string(), ..token.clone() });
        }
    }
}

impl<T: TokenStream> TokenStream for CompoundPartsStream<'_, T> {
    fn advance(&mut self) -> bool {
        // Drop the token just given; give the next queued one, if any.
        self.pending.pop();
        if !self.pending.is_empty() {
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        self.queue_parts();
        // The whole word comes first, then its parts.
        if !self.pending.is_empty() {
            let whole = self.tail.token().clone();
            self.pending.push(whole);
        }
        true
    }

    fn token(&self) -> &Token {
        self.pending.last().unwrap_or_else(|| self.tail.token())
    }

    fn token_mut(&mut self) -> &mut Token {
        self.pending.last_mut().unwrap_or_else(|| self.tail.token_mut())
    }
}
