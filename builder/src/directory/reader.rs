//! Reading one table of the directory's front matter: typed fields, closed lists, dates
//! and opening hours, each problem reported with its code at the place the front matter
//! parser found the field.

use std::cell::OnceCell;
use std::ops::Range;
use std::rc::Rc;

use super::{opening_hours, ClosedList};
use crate::content::dates::ContentDate;
use crate::content::spans::{path, Spans, Step};
use crate::content::FileMeta;
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::msg;

/// Reads one table of the directory's front matter (`at`) and reports problems with its
/// fields, at the places the front matter parser found them.
pub(super) struct Reader<'a> {
    meta: &'a FileMeta,
    table: Option<&'a toml::Table>,
    at: Vec<Step>,
    /// The file's places, worked out at the first problem.
    spans: Rc<OnceCell<Spans>>,
    diags: &'a mut Diagnostics,
}

impl<'a> Reader<'a> {
    pub(super) fn new(meta: &'a FileMeta, value: &'a toml::Value, at: &[&str], diags: &'a mut Diagnostics) -> Self {
        let table = value.as_table();
        let mut r = Reader { meta, table, at: path(at), spans: Rc::new(OnceCell::new()), diags };
        if table.is_none() {
            let header = at.join(".");
            r.table_error(
                Code::WrongType,
                msg!("not-a-table", table = header.as_str()),
                msg!("not-a-table.help", table = header.as_str()),
            );
        }
        r
    }

    /// The `n`th table of the list `key` in this table.
    pub(super) fn nested<'b>(&'b mut self, value: &'b toml::Value, key: &str, n: usize) -> Reader<'b> {
        let mut at = self.at.clone();
        at.extend([Step::Key(key.to_string()), Step::Index(n)]);
        Reader { meta: self.meta, table: value.as_table(), at, spans: self.spans.clone(), diags: &mut *self.diags }
    }

    /// The same file, at the top-level table `at` (for fields outside this table).
    pub(super) fn at_root<'b>(&'b mut self, at: &[&str]) -> Reader<'b> {
        Reader { meta: self.meta, table: None, at: path(at), spans: self.spans.clone(), diags: &mut *self.diags }
    }

    /// Errors reported so far, in this file and before it.
    pub(super) fn error_count(&self) -> usize {
        self.diags.iter().filter(|d| d.severity == crate::diagnostics::Severity::Error).count()
    }

    fn spans(&self) -> &Spans {
        self.spans.get_or_init(|| Spans::of(&self.meta.source))
    }

    fn child(&self, key: &str) -> Vec<Step> {
        let mut at = self.at.clone();
        at.push(Step::Key(key.to_string()));
        at
    }

    /// The table itself: its header, or the start of the front matter.
    fn table_span(&self) -> Range<usize> {
        self.spans().table(&self.at).unwrap_or(0..3)
    }

    /// A field: from its key to the end of its value; the table when it is not there.
    fn span(&self, key: &str) -> Range<usize> {
        self.spans().field(&self.child(key)).unwrap_or_else(|| self.table_span())
    }

    /// One value of a list (or the value itself when `index` is none), inside its quotes.
    fn value_span(&self, key: &str, index: Option<usize>) -> Range<usize> {
        let mut at = self.child(key);
        at.extend(index.map(Step::Index));
        match self.spans().get(&at) {
            Some(place) => unquoted(&self.meta.source, place.value.clone()),
            None => self.span(key),
        }
    }

    fn error_at(&mut self, code: Code, span: Range<usize>, msg: Message, help: Message) {
        self.diags
            .push(Diagnostic::error(code, &self.meta.file, msg).with_source(&self.meta.source).at(span).help(help));
    }

    pub(super) fn error(&mut self, code: Code, key: &str, msg: Message, help: Message) {
        let span = self.span(key);
        self.error_at(code, span, msg, help);
    }

    /// A problem with the `index`th value of the list `key`.
    pub(super) fn item_error(&mut self, code: Code, key: &str, index: usize, msg: Message, help: Message) {
        let span = self.value_span(key, Some(index));
        self.error_at(code, span, msg, help);
    }

    pub(super) fn table_error(&mut self, code: Code, msg: Message, help: Message) {
        let span = self.table_span();
        self.error_at(code, span, msg, help);
    }

    pub(super) fn warning(&mut self, code: Code, key: &str, msg: Message, help: Message) {
        let span = self.span(key);
        self.diags
            .push(Diagnostic::warning(code, &self.meta.file, msg).with_source(&self.meta.source).at(span).help(help));
    }

    fn get(&self, key: &str) -> Option<&'a toml::Value> {
        self.table?.get(key)
    }

    pub(super) fn string(&mut self, key: &str, required: bool) -> Option<String> {
        match self.get(key) {
            Some(toml::Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(toml::Value::String(_)) | None if required => {
                self.error(Code::FieldMissing, key, msg!("field-missing", key), msg!("field-missing.help-text", key));
                None
            }
            Some(toml::Value::String(_)) | None => None,
            Some(other) => {
                self.error(
                    Code::WrongType,
                    key,
                    msg!("not-text", key, found = other.type_str()),
                    msg!("not-text.help", key),
                );
                None
            }
        }
    }

    /// The texts of the list `key`, each with its place in the list as written (a value
    /// that is not text is reported and left out, so places can skip a number).
    pub(super) fn indexed(&mut self, key: &str, required: bool) -> Vec<(usize, String)> {
        match self.get(key) {
            Some(toml::Value::Array(items)) => {
                let list: Vec<(usize, String)> = items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| v.as_str().map(|s| (i, s.trim().to_string())))
                    .collect();
                if list.len() != items.len() {
                    self.error(Code::WrongType, key, msg!("not-texts", key), msg!("not-texts.help", key));
                }
                if list.is_empty() && required {
                    self.error(Code::FieldMissing, key, msg!("list-empty", key), msg!("list-empty.help", key));
                }
                list
            }
            Some(toml::Value::String(s)) => vec![(0, s.trim().to_string())],
            Some(other) => {
                self.error(
                    Code::WrongType,
                    key,
                    msg!("not-a-list", key, found = other.type_str()),
                    msg!("not-texts.help", key),
                );
                Vec::new()
            }
            None => {
                if required {
                    self.error(
                        Code::FieldMissing,
                        key,
                        msg!("field-missing", key),
                        msg!("field-missing.help-list", key),
                    );
                }
                Vec::new()
            }
        }
    }

    /// One value of a closed list.
    pub(super) fn choice<T: ClosedList>(&mut self, key: &str, required: bool) -> Option<T> {
        let v = self.string(key, required)?;
        let found = T::from_slug(&v);
        if found.is_none() {
            self.unknown_value(Code::NotInList, key, None, &v, T::WHAT, &T::slugs());
        }
        found
    }

    /// A list of values of a closed list; unknown ones are reported and left out.
    pub(super) fn choices<T: ClosedList>(&mut self, key: &str) -> Vec<T> {
        let mut out = Vec::new();
        for (i, v) in &self.indexed(key, false) {
            let i = *i;
            match T::from_slug(v) {
                Some(t) => out.push(t),
                None => self.unknown_value(Code::NotInList, key, i, v, T::WHAT, &T::slugs()),
            }
        }
        out
    }

    /// `value` (the `index`th of the list `key`, or the value of `key`) is not one of `valid`.
    pub(super) fn unknown_value(
        &mut self,
        code: Code,
        key: &str,
        index: impl Into<Option<usize>>,
        value: &str,
        what: &str,
        valid: &[&str],
    ) {
        let hint = did_you_mean(value, valid.iter().copied()).map(|s| msg!("did-you-mean", word = s));
        let span = self.value_span(key, index.into());
        let mut sorted: Vec<&str> = valid.to_vec();
        sorted.sort_unstable();
        self.error_at(
            code,
            span,
            msg!("unknown-value", what, value),
            msg!("unknown-value.help", hint, valid = sorted.join(", ")),
        );
    }

    pub(super) fn bool(&mut self, key: &str) -> bool {
        match self.get(key) {
            Some(toml::Value::Boolean(b)) => *b,
            None => false,
            Some(_) => {
                self.error(Code::WrongType, key, msg!("not-a-bool", key), msg!("not-a-bool.help", key));
                false
            }
        }
    }

    pub(super) fn date(&mut self, key: &str, required: bool) -> Option<ContentDate> {
        match self.get(key) {
            Some(v) => match ContentDate::from_value(v) {
                Some(d) => Some(d),
                None => {
                    self.error(Code::WrongType, key, msg!("not-a-date", key), msg!("not-a-date.help", key));
                    None
                }
            },
            None if required => {
                self.error(Code::FieldMissing, key, msg!("field-missing", key), msg!("field-missing.help-date", key));
                None
            }
            None => None,
        }
    }

    pub(super) fn tables(&mut self, key: &str) -> Vec<&'a toml::Value> {
        match self.get(key) {
            Some(toml::Value::Array(items)) if items.iter().all(toml::Value::is_table) => items.iter().collect(),
            None => Vec::new(),
            Some(_) => {
                self.error(Code::WrongType, key, msg!("not-tables", key), msg!("not-tables.help", key));
                Vec::new()
            }
        }
    }

    /// Parse opening hours; the problem points at the exact character in the value.
    pub(super) fn hours(&mut self, key: &str, value: &str, words: &opening_hours::HoursWords) -> Vec<String> {
        match opening_hours::parse(value) {
            Ok(expr) => opening_hours::describe(&expr, words),
            Err(e) => {
                let inner = self.value_span(key, None);
                let source = &self.meta.source;
                // The column counts characters of the value; the value is written as is
                // between its quotes (no escapes in opening hours).
                // Past the end (the parser reports the end of input as one more column):
                // the last character.
                let written = &source[inner.clone()];
                let offset = written
                    .char_indices()
                    .nth(e.column.saturating_sub(1))
                    .or_else(|| written.char_indices().last())
                    .map_or(0, |(i, _)| i);
                let at = inner.start + offset;
                let end = at + source[at..].chars().next().map_or(0, char::len_utf8);
                self.error_at(
                    Code::OpeningHours,
                    at..end,
                    msg!("opening-hours", value, detail = e.message),
                    msg!("opening-hours.help"),
                );
                Vec::new()
            }
        }
    }

    pub(super) fn unknown_keys(&mut self, known: &[&str]) {
        let Some(table) = self.table else { return };
        let unknown: Vec<String> = table.keys().filter(|k| !known.contains(&k.as_str())).cloned().collect();
        for key in unknown {
            let hint = did_you_mean(&key, known.iter().copied()).map(|s| msg!("did-you-mean", word = s));
            let span =
                self.spans().get(&self.child(&key)).and_then(|p| p.key.clone()).unwrap_or_else(|| self.span(&key));
            self.error_at(
                Code::UnknownField,
                span,
                msg!("unknown-field", key = key.as_str()),
                msg!("unknown-field.help", hint, fields = known.join(", ")),
            );
        }
    }
}

/// A string value's text without its quotes.
fn unquoted(source: &str, span: Range<usize>) -> Range<usize> {
    let text = &source[span.clone()];
    // TOML's multi-line strings have three quotes; every other string one.
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        if text.len() >= 2 * quote.len() && text.starts_with(quote) && text.ends_with(quote) {
            return span.start + quote.len()..span.end - quote.len();
        }
    }
    span
}
