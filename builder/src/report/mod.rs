//! Problems as text, for people and for the places editors work: a terminal (`human`),
//! or CI that shows them on the pull or merge request (`json`, `github`, `gitlab`,
//! `sarif`). Only the CLI formats problems.

mod github;
mod gitlab;
mod human;
mod json;
mod paths;
mod sarif;

use wijkwijzer::diagnostics::{Diagnostic, Severity};
use wijkwijzer::messages::Lang;

pub use human::{render, render_all};
pub use paths::RepoPaths;

/// How `wijkwijzer check` reports problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Text with the line and a caret, for a terminal.
    Human,
    /// A JSON array, one object per problem.
    Json,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// A GitLab Code Quality report, for the merge request widget.
    Gitlab,
    /// SARIF 2.1.0, for GitHub code scanning and reviewdog.
    Sarif,
}

/// One problem as every machine format needs it: path from the repository root, place,
/// and the words.
struct Problem<'a> {
    d: &'a Diagnostic,
    path: String,
    start: Option<(usize, usize)>,
    end: Option<(usize, usize)>,
    /// What is wrong and how to fix it, in the report's language.
    message: String,
    help: Option<String>,
}

impl<'a> Problem<'a> {
    fn new(d: &'a Diagnostic, paths: &RepoPaths, lang: Lang) -> Self {
        Problem {
            d,
            path: paths.of(&d.file),
            start: d.line_col(),
            end: d.end_line_col(),
            message: d.message.text(lang),
            help: d.help.as_ref().map(|h| h.text(lang)),
        }
    }

    fn is_error(&self) -> bool {
        self.d.severity == Severity::Error
    }

    /// The message with the fix after it, for formats with one text field.
    fn message_with_hint(&self) -> String {
        match &self.help {
            Some(help) => format!("{}\n{help}", self.message),
            None => self.message.clone(),
        }
    }
}

/// The report in a machine format; `None` for `Format::Human`, which `render_all` makes.
pub fn machine(format: Format, diags: &[Diagnostic], paths: &RepoPaths, lang: Lang) -> Option<String> {
    let problems: Vec<Problem> = diags.iter().map(|d| Problem::new(d, paths, lang)).collect();
    match format {
        Format::Human => None,
        Format::Json => Some(json::render(&problems)),
        Format::Github => Some(github::render(&problems)),
        Format::Gitlab => Some(gitlab::render(&problems)),
        Format::Sarif => Some(sarif::render(&problems, lang)),
    }
}
