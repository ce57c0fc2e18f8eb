//! Where each key and value of a file's front matter is written, from the parser
//! itself (TOML: toml's spanned document; YAML: saphyr's marked nodes), so a problem
//! with a field points at exactly that field, even when the same key appears in
//! another table or in a comment. Made only when a problem is reported.

use std::collections::HashMap;
use std::ops::Range;

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use toml::de::{DeTable, DeValue};

use super::front_matter::{self, Format};

/// One step into the front matter: a key of a table or a position in a list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// A field's place in the file, as byte ranges of the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Where the key is written; none for list items.
    pub key: Option<Range<usize>>,
    pub value: Range<usize>,
}

#[derive(Debug, Default)]
pub struct Spans {
    places: HashMap<Vec<Step>, Place>,
    /// Where a `[table]` or `[[array]]` header is written (TOML), by the table's path.
    headers: HashMap<Vec<Step>, Range<usize>>,
}

/// `path(&["extra", "dienst"])` with `Step::Key`s.
pub fn path(keys: &[&str]) -> Vec<Step> {
    keys.iter().map(|k| Step::Key((*k).to_string())).collect()
}

/// Where the top-level front matter field `key` of `source` (a whole content file) is.
pub fn front_field(source: &str, key: &str) -> Option<Range<usize>> {
    Spans::of(source).field(&path(&[key]))
}

impl Spans {
    /// The places of the front matter of `source` (a whole content file); empty when
    /// it has none or does not parse.
    pub fn of(source: &str) -> Spans {
        let mut spans = Spans::default();
        let Some(split) = front_matter::split(source) else { return spans };
        let text = &source[split.front.clone()];
        let base = split.front.start;
        match split.format {
            Format::Toml => {
                if let Ok(doc) = DeTable::parse(text) {
                    spans.toml_table(doc.get_ref(), &mut Vec::new(), base, text);
                }
            }
            Format::Yaml => {
                if let Ok(docs) = MarkedYaml::load_from_str(text) {
                    if let Some(doc) = docs.first() {
                        let offsets = CharOffsets::new(text);
                        spans.yaml_node(doc, &mut Vec::new(), base, &offsets);
                    }
                }
            }
        }
        spans
    }

    /// The places of a whole TOML file, such as config.toml.
    pub fn toml_file(text: &str) -> Spans {
        let mut spans = Spans::default();
        if let Ok(doc) = DeTable::parse(text) {
            spans.toml_table(doc.get_ref(), &mut Vec::new(), 0, text);
        }
        spans
    }

    pub fn get(&self, path: &[Step]) -> Option<&Place> {
        self.places.get(path)
    }

    /// Where the problem with a field is shown: from its key to the end of its value.
    pub fn field(&self, path: &[Step]) -> Option<Range<usize>> {
        let place = self.get(path)?;
        let start = place.key.as_ref().map_or(place.value.start, |k| k.start);
        Some(start..place.value.end.max(start + 1))
    }

    /// Where a table starts: its header, or its key for an inline or YAML table.
    pub fn table(&self, path: &[Step]) -> Option<Range<usize>> {
        self.headers.get(path).cloned().or_else(|| self.field(path))
    }

    fn toml_table(&mut self, table: &DeTable<'_>, at: &mut Vec<Step>, base: usize, text: &str) {
        for (key, value) in table {
            at.push(Step::Key(key.get_ref().to_string()));
            let key_span = key.span();
            let value_span = value.span();
            self.places.insert(
                at.clone(),
                Place {
                    key: Some(base + key_span.start..base + key_span.end),
                    value: base + value_span.start..base + value_span.end,
                },
            );
            self.toml_value(value.get_ref(), at, base, text, value_span.start);
            at.pop();
        }
    }

    fn toml_value(&mut self, value: &DeValue<'_>, at: &mut Vec<Step>, base: usize, text: &str, start: usize) {
        match value {
            DeValue::Table(t) => {
                // A `[table]` header: the span starts at its `[`.
                if text[start..].starts_with('[') {
                    let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
                    self.headers.insert(at.clone(), base + start..base + end);
                }
                self.toml_table(t, at, base, text);
            }
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    at.push(Step::Index(i));
                    let span = item.span();
                    self.places.insert(at.clone(), Place { key: None, value: base + span.start..base + span.end });
                    if let DeValue::Table(t) = item.get_ref() {
                        if text[span.start..].starts_with("[[") {
                            let end = text[span.start..].find('\n').map_or(text.len(), |n| span.start + n);
                            self.headers.insert(at.clone(), base + span.start..base + end);
                        }
                        self.toml_table(t, at, base, text);
                    } else {
                        self.toml_value(item.get_ref(), at, base, text, span.start);
                    }
                    at.pop();
                }
            }
            _ => {}
        }
    }

    fn yaml_node(&mut self, node: &MarkedYaml<'_>, at: &mut Vec<Step>, base: usize, offsets: &CharOffsets) {
        match &node.data {
            YamlData::Mapping(map) => {
                for (key, value) in map {
                    let Some(name) = yaml_key(key) else { continue };
                    at.push(Step::Key(name));
                    self.places.insert(
                        at.clone(),
                        Place {
                            key: Some(offsets.range(base, key.span.start.index(), key.span.end.index())),
                            value: offsets.range(base, value.span.start.index(), value.span.end.index()),
                        },
                    );
                    self.yaml_node(value, at, base, offsets);
                    at.pop();
                }
            }
            YamlData::Sequence(items) => {
                for (i, item) in items.iter().enumerate() {
                    at.push(Step::Index(i));
                    let value = offsets.range(base, item.span.start.index(), item.span.end.index());
                    self.places.insert(at.clone(), Place { key: None, value });
                    self.yaml_node(item, at, base, offsets);
                    at.pop();
                }
            }
            _ => {}
        }
    }
}

fn yaml_key(key: &MarkedYaml<'_>) -> Option<String> {
    match &key.data {
        YamlData::Value(Scalar::String(s)) => Some(s.to_string()),
        YamlData::Value(Scalar::Integer(i)) => Some(i.to_string()),
        YamlData::Value(Scalar::Boolean(b)) => Some(b.to_string()),
        YamlData::Representation(s, _, _) => Some(s.to_string()),
        _ => None,
    }
}

/// saphyr counts characters; diagnostics want bytes.
struct CharOffsets {
    bytes: Vec<usize>,
}

impl CharOffsets {
    fn new(text: &str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        CharOffsets { bytes }
    }

    fn byte(&self, char_index: usize) -> usize {
        self.bytes.get(char_index).copied().unwrap_or_else(|| self.bytes.last().copied().unwrap_or(0))
    }

    fn range(&self, base: usize, start: usize, end: usize) -> Range<usize> {
        let (start, end) = (self.byte(start), self.byte(end));
        base + start..base + end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_col(source: &str, at: usize) -> (usize, usize) {
        let before = &source[..at];
        (before.matches('\n').count() + 1, before.chars().rev().take_while(|c| *c != '\n').count() + 1)
    }

    #[test]
    fn toml_keys_values_and_headers() {
        let src = "+++\ntitle = \"x\"\n# naam = \"in een commentaar\"\n[extra.dienst]\nnaam = \"Inloop\"\ntelefoon = [\"112\", \"06\"]\n[[extra.dienst.locaties]]\nnaam = \"Eén\"\n[[extra.dienst.locaties]]\nnaam = \"Twee\"\n+++\nTekst\n";
        let spans = Spans::of(src);
        let naam = spans.get(&path(&["extra", "dienst", "naam"])).unwrap();
        assert_eq!(line_col(src, naam.key.clone().unwrap().start), (5, 1), "not the commented line");
        assert_eq!(&src[naam.value.clone()], "\"Inloop\"");
        let mut second = path(&["extra", "dienst", "telefoon"]);
        second.push(Step::Index(1));
        assert_eq!(&src[spans.get(&second).unwrap().value.clone()], "\"06\"");
        let mut loc = path(&["extra", "dienst", "locaties"]);
        loc.push(Step::Index(1));
        assert_eq!(line_col(src, spans.table(&loc).unwrap().start), (9, 1));
        loc.push(Step::Key("naam".into()));
        assert_eq!(line_col(src, spans.field(&loc).unwrap().start), (10, 1));
        assert_eq!(line_col(src, spans.table(&path(&["extra", "dienst"])).unwrap().start), (4, 1));
    }

    #[test]
    fn yaml_keys_and_values_in_bytes() {
        let src =
            "---\ntitle: Één\nextra:\n  dienst:\n    naam: Inloop\n    telefoon:\n      - \"112\"\n      - 06\n---\n";
        let spans = Spans::of(src);
        let naam = spans.get(&path(&["extra", "dienst", "naam"])).unwrap();
        assert_eq!(line_col(src, naam.key.clone().unwrap().start), (5, 5));
        assert_eq!(&src[naam.value.clone()], "Inloop");
        let mut second = path(&["extra", "dienst", "telefoon"]);
        second.push(Step::Index(1));
        assert_eq!(line_col(src, spans.get(&second).unwrap().value.start), (8, 9));
    }

    #[test]
    fn no_front_matter_no_places() {
        assert!(Spans::of("# Titel").get(&path(&["title"])).is_none());
        assert!(Spans::of("+++\ntitle = \n+++\n").get(&path(&["title"])).is_none());
    }
}
