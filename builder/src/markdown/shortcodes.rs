//! Shortcodes in Zola's syntax: `{{ name(arg="v", n=3) }}` inline and
//! `{% name(arg="v") %}body{% end %}` with a body. This module only finds and parses
//! them; the templates render them.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::messages::Message;
use crate::msg;

/// A value passed to a shortcode.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum ArgValue {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    List(Vec<ArgValue>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub name: String,
    pub args: BTreeMap<String, ArgValue>,
    pub body: Option<String>,
    /// Byte range of the whole call (including the body and `{% end %}`) in the text.
    pub span: Range<usize>,
}

/// A piece of the text: plain Markdown or a shortcode call.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    Call(Call),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub span: Range<usize>,
    pub message: Message,
}

/// Split `text` into Markdown and shortcode calls. `{{/* x */}}` is the escape for a
/// literal `{{ x }}`, as in Zola.
pub fn parse(text: &str) -> Result<Vec<Piece>, ParseError> {
    let mut pieces = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < text.len() {
        let rest = &text[i..];
        let is_open = rest.starts_with("{{") || rest.starts_with("{%");
        if !is_open {
            // Step over one whole character: the text may start with `É`.
            let step = rest.chars().next().map_or(1, char::len_utf8);
            let next = rest[step..].find('{').map_or(text.len(), |n| i + step + n);
            plain.push_str(&text[i..next]);
            i = next;
            continue;
        }
        let inline = bytes[i + 1] == b'{';
        // Escaped: {{/* ... */}} or {%/* ... */%}
        if rest[2..].starts_with("/*") {
            let close = if inline { "*/}}" } else { "*/%}" };
            if let Some(end) = rest[4..].find(close).map(|e| e + 4) {
                let inner = &rest[4..end];
                plain.push_str(if inline { "{{" } else { "{%" });
                plain.push_str(inner);
                plain.push_str(if inline { "}}" } else { "%}" });
                i += end + close.len();
                continue;
            }
        }
        match parse_call(text, i, inline)? {
            Some(call) => {
                if !plain.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut plain)));
                }
                i = call.span.end;
                pieces.push(Piece::Call(call));
            }
            None => {
                plain.push_str(&text[i..i + 2]);
                i += 2;
            }
        }
    }
    if !plain.is_empty() {
        pieces.push(Piece::Text(plain));
    }
    Ok(pieces)
}

/// Parse a call starting at `start`. `Ok(None)` means "this is not a shortcode" (such as
/// `{{ page.title }}` written in prose), which stays text.
fn parse_call(text: &str, start: usize, inline: bool) -> Result<Option<Call>, ParseError> {
    let mut c = Cursor { text, pos: start + 2 };
    c.skip_ws();
    let name_start = c.pos;
    while c.peek().is_some_and(|ch| ch.is_ascii_alphanumeric() || ch == '_') {
        c.bump();
    }
    let name = &text[name_start..c.pos];
    if name.is_empty() || name.starts_with(|ch: char| ch.is_ascii_digit()) {
        return Ok(None);
    }
    c.skip_ws();
    if c.peek() != Some('(') {
        return Ok(None);
    }
    c.bump();
    let err = |pos: usize, message: Message| ParseError { span: pos..(pos + 1).min(text.len()), message };
    let mut args = BTreeMap::new();
    loop {
        c.skip_ws();
        if c.peek() == Some(')') {
            c.bump();
            break;
        }
        let key_start = c.pos;
        while c.peek().is_some_and(|ch| ch.is_ascii_alphanumeric() || ch == '_') {
            c.bump();
        }
        let key = &text[key_start..c.pos];
        if key.is_empty() {
            return Err(err(c.pos, msg!("shortcode-expected-argument", name)));
        }
        c.skip_ws();
        if c.peek() != Some('=') {
            return Err(err(c.pos, msg!("shortcode-argument-value", name, key)));
        }
        c.bump();
        c.skip_ws();
        let value = c.value(0).map_err(|m| err(c.pos, msg!("shortcode-argument-problem", name, key, problem = m)))?;
        args.insert(key.to_string(), value);
        c.skip_ws();
        match c.peek() {
            Some(',') => {
                c.bump();
            }
            Some(')') => {}
            _ => return Err(err(c.pos, msg!("shortcode-expected-comma", name, key))),
        }
    }
    c.skip_ws();
    let close = if inline { "}}" } else { "%}" };
    if !text[c.pos..].starts_with(close) {
        return Err(err(c.pos, msg!("shortcode-expected-close", name, close)));
    }
    c.pos += 2;
    if inline {
        return Ok(Some(Call { name: name.to_string(), args, body: None, span: start..c.pos }));
    }
    // A body runs to the next `{% end %}`.
    let body_start = c.pos;
    let mut search = body_start;
    loop {
        let Some(found) = text[search..].find("{%") else {
            return Err(ParseError { span: start..body_start, message: msg!("shortcode-no-end", name) });
        };
        let at = search + found;
        let inner = text[at + 2..].trim_start();
        if let Some(after) = inner.strip_prefix("end") {
            let after_trim = after.trim_start();
            if after_trim.starts_with("%}") {
                let end = text.len() - after_trim.len() + 2;
                let body = text[body_start..at].to_string();
                return Ok(Some(Call { name: name.to_string(), args, body: Some(body), span: start..end }));
            }
        }
        search = at + 2;
    }
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

/// Lists in arguments nest at most this deep; deeper is surely a mistake, and would
/// otherwise exhaust the stack.
const MAX_LIST_DEPTH: usize = 16;

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }
    fn bump(&mut self) {
        if let Some(ch) = self.peek() {
            self.pos += ch.len_utf8();
        }
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }
    fn value(&mut self, depth: usize) -> Result<ArgValue, Message> {
        if depth > MAX_LIST_DEPTH {
            return Err(msg!("shortcode-list-depth", max = MAX_LIST_DEPTH));
        }
        match self.peek() {
            Some(q @ ('"' | '\'' | '`')) => {
                self.bump();
                let start = self.pos;
                let Some(len) = self.text[start..].find(q) else {
                    return Err(msg!("shortcode-unclosed-text", quote = q.to_string()));
                };
                self.pos = start + len + 1;
                Ok(ArgValue::Str(self.text[start..start + len].to_string()))
            }
            Some('[') => {
                self.bump();
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    if self.peek() == Some(']') {
                        self.bump();
                        return Ok(ArgValue::List(items));
                    }
                    items.push(self.value(depth + 1)?);
                    self.skip_ws();
                    match self.peek() {
                        Some(',') => self.bump(),
                        Some(']') => {}
                        _ => return Err(msg!("shortcode-list-comma")),
                    }
                }
            }
            _ => {
                let start = self.pos;
                while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '+')) {
                    self.bump();
                }
                let word = &self.text[start..self.pos];
                match word {
                    "true" => Ok(ArgValue::Bool(true)),
                    "false" => Ok(ArgValue::Bool(false)),
                    _ => {
                        if let Ok(n) = word.parse::<i64>() {
                            Ok(ArgValue::Int(n))
                        } else if let Ok(f) = word.parse::<f64>() {
                            Ok(ArgValue::Float(f))
                        } else if word.is_empty() {
                            Err(msg!("shortcode-expected-value"))
                        } else {
                            Err(msg!("shortcode-bare-word", word))
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calls(text: &str) -> Vec<Call> {
        parse(text)
            .unwrap()
            .into_iter()
            .filter_map(|p| match p {
                Piece::Call(c) => Some(c),
                Piece::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn inline_with_args() {
        let text = "a {{ tel(nummer=\"113\", n=3, ok=true, l=[1, 'x']) }} b";
        let c = &calls(text)[0];
        assert_eq!(c.name, "tel");
        assert_eq!(c.args["nummer"], ArgValue::Str("113".into()));
        assert_eq!(c.args["n"], ArgValue::Int(3));
        assert_eq!(c.args["ok"], ArgValue::Bool(true));
        assert_eq!(c.args["l"], ArgValue::List(vec![ArgValue::Int(1), ArgValue::Str("x".into())]));
        assert_eq!(c.span, 2..text.len() - 2);
    }

    #[test]
    fn body_shortcode() {
        let c = &calls("{% let_op(soort=\"info\") %}\nTekst *hier*\n{% end %}\nna")[0];
        assert_eq!(c.body.as_deref(), Some("\nTekst *hier*\n"));
    }

    #[test]
    fn prose_braces_and_escapes_stay_text() {
        assert_eq!(
            parse("{{ page.title }} en {{/* x() */}}").unwrap(),
            vec![Piece::Text("{{ page.title }} en {{ x() }}".into())]
        );
    }

    #[test]
    fn never_panics_on_odd_text() {
        assert!(parse("É{{ x() }}é{% end %}è").is_ok());
        assert!(parse("{{/*/}} {%/*/%}").is_ok());
        let deep = format!("{{{{ x(a={}) }}}}", "[".repeat(100_000));
        assert!(parse(&deep).unwrap_err().message.text(crate::messages::Lang::En).contains("nest"));
        assert!(parse("{{").is_ok() && parse("{%").is_ok() && parse("{{ x(").is_err());
    }

    #[test]
    fn malformed_calls_are_errors() {
        assert!(parse("{{ x(a=) }}").is_err());
        assert!(parse("{{ x(a=\"1\" }}").is_err());
        assert!(parse("{% x() %} no end").unwrap_err().message.text(crate::messages::Lang::En).contains("end"));
        assert!(parse("{{ x(a=b) }}").unwrap_err().message.text(crate::messages::Lang::En).contains("quotes"));
    }
}
