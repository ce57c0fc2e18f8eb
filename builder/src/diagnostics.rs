//! Problems found in a site, as data. The builder collects every problem it finds
//! instead of stopping at the first, so an editor can fix them all in one go; only the
//! CLI turns them into text with a source snippet.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use crate::codes::Code;
use crate::messages::{Lang, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in one file, with where it is and how to fix it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What kind of problem this is; stable across releases (`codes`).
    pub code: Code,
    /// Path relative to the site root, as the editor knows it.
    pub file: PathBuf,
    /// The file's text, when it could be read, so a snippet can be shown.
    pub source: Option<Arc<str>>,
    /// Byte range in `source` that the problem points at.
    pub span: Option<Range<usize>>,
    /// What is wrong, as a message of the catalogue: the CLI chooses the language.
    pub message: Message,
    /// How to fix it (boxed: most results carry no diagnostic, and stay small).
    pub help: Option<Box<Message>>,
}

impl Diagnostic {
    pub fn error(code: Code, file: impl Into<PathBuf>, message: Message) -> Self {
        Diagnostic { severity: Severity::Error, code, file: file.into(), source: None, span: None, message, help: None }
    }

    pub fn warning(code: Code, file: impl Into<PathBuf>, message: Message) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, file, message) }
    }

    pub fn with_source(mut self, source: &Arc<str>) -> Self {
        self.source = Some(source.clone());
        self
    }

    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    pub fn help(mut self, help: Message) -> Self {
        self.help = Some(Box::new(help));
        self
    }

    /// 1-based line and column of the start of the span (column counted in characters).
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let source = self.source.as_deref()?;
        Some(line_col_at(source, self.span.as_ref()?.start))
    }

    /// 1-based line and column just past the end of the span.
    pub fn end_line_col(&self) -> Option<(usize, usize)> {
        let source = self.source.as_deref()?;
        Some(line_col_at(source, self.span.as_ref()?.end))
    }

    /// `file:line:column`, or just the file when the position is unknown.
    pub fn location(&self) -> String {
        match self.line_col() {
            Some((line, col)) => format!("{}:{line}:{col}", display_path(&self.file)),
            None => display_path(&self.file),
        }
    }
}

impl Diagnostic {
    /// `fout[WW0505]: file:line:col: message` and the fix on the next line, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let level = self.severity.word(lang);
        let mut out = format!("{level}[{}]: {}: {}", self.code, self.location(), self.message.text(lang));
        if let Some(help) = &self.help {
            out.push_str(&format!("\n  {}: {}", crate::msg!("help-label").text(lang), help.text(lang)));
        }
        out
    }
}

impl Severity {
    /// "fout" or "waarschuwing", or their English words.
    pub fn word(self, lang: Lang) -> String {
        match self {
            Severity::Error => crate::msg!("severity-error").text(lang),
            Severity::Warning => crate::msg!("severity-warning").text(lang),
        }
    }
}

/// In Dutch, the default language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Nl))
    }
}

/// Paths in messages always use `/`, whatever the platform.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn line_col_at(source: &str, at: usize) -> (usize, usize) {
    let at = floor_char_boundary(source, at.min(source.len()));
    let before = &source[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, source[line_start..at].chars().count() + 1)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// All problems of a build, errors and warnings together.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn has_warnings(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Warning)
    }

    /// Turn every warning into an error (`--strict`).
    pub fn make_strict(&mut self) {
        for d in &mut self.items {
            // An imported draft is not on the site, so it harms no resident: it stays a
            // warning, and a municipality's CI stays green while the editors fix it.
            if d.code != Code::ImportDraft {
                d.severity = Severity::Error;
            }
        }
    }

    /// Sorted by file and position, so the report reads top to bottom and is the same
    /// every run, whatever order the parallel workers finished in.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.file, a.span.as_ref().map(|s| s.start), &a.message).cmp(&(
                &b.file,
                b.span.as_ref().map(|s| s.start),
                &b.message,
            ))
        });
        self.items.dedup_by(|a, b| a.file == b.file && a.span == b.span && a.message == b.message);
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Edit distance suggestion: the closest of `options` to `word`, if it is close enough
/// to be a likely typo.
pub fn did_you_mean<'a>(word: &str, options: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    options
        .into_iter()
        .map(|o| (strsim::jaro_winkler(word, o), o))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, o)| o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src: Arc<str> = Arc::from("a\nbé c\n");
        let d =
            Diagnostic::error(Code::Internal, "x.md", crate::msg!("internal", detail = "m")).with_source(&src).at(5..6);
        assert_eq!(d.line_col(), Some((2, 3)));
        assert_eq!(d.location(), "x.md:2:3");
    }

    #[test]
    fn suggestions_only_for_near_misses() {
        assert_eq!(did_you_mean("geldzaak", ["geldzaken", "wonen"]), Some("geldzaken"));
        assert_eq!(did_you_mean("xyz", ["geldzaken", "wonen"]), None);
    }
}
