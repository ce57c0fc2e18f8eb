//! Diagnostics as text for people: a source snippet with a caret, what is wrong and how
//! to fix it. Only the CLI (and the dev server page) shows problems this way.

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use wijkwijzer::diagnostics::{display_path, Diagnostic, Severity};
use wijkwijzer::messages::Lang;
use wijkwijzer::msg;

/// Columns of a terminal the text is wrapped to.
const WIDTH: usize = 100;

pub fn render(d: &Diagnostic, color: bool, lang: Lang) -> String {
    let severity = match d.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
    };
    let has_snippet = d.source.is_some() && d.span.is_some();
    let text = d.message.text(lang);
    let message = if has_snippet { text.clone() } else { format!("{}: {text}", display_path(&d.file)) };
    // The fix goes on a line of our own after the snippet: miette would label it in English.
    let mut diag = MietteDiagnostic::new(message).with_severity(severity);
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1).with_width(WIDTH);
    let mut out = String::new();
    let rendered = match (&d.source, &d.span) {
        (Some(src), Some(span)) => {
            let len = (span.end.saturating_sub(span.start)).max(1).min(src.len().saturating_sub(span.start).max(1));
            diag = diag.with_label(LabeledSpan::at(span.start..span.start + len, msg!("here-label").text(lang)));
            let report =
                miette::Report::new(diag).with_source_code(NamedSource::new(display_path(&d.file), src.to_string()));
            handler.render_report(&mut out, report.as_ref())
        }
        _ => handler.render_report(&mut out, &diag),
    };
    if rendered.is_err() {
        // The fallback still says what and where.
        return d.text(lang);
    }
    if let Some(help) = &d.help {
        let label = format!("  {}: ", msg!("help-label").text(lang));
        let options = textwrap::Options::new(WIDTH).initial_indent(&label).subsequent_indent("        ");
        for (i, line) in help.text(lang).lines().enumerate() {
            // The first line after the label; lines of an example keep their own shape.
            if i == 0 {
                out.push_str(&textwrap::fill(line, &options));
            } else {
                out.push_str(&format!("\n        {line}"));
            }
        }
        out.push('\n');
    }
    // A first line that editors and CI logs can grep: `fout[WW0505]: file:line:col: message`.
    format!("{}[{}]: {}: {text}\n{out}", d.severity.word(lang), d.code, d.location())
}

pub fn render_all(ds: &[Diagnostic], color: bool, lang: Lang) -> String {
    ds.iter().map(|d| render(d, color, lang)).collect::<Vec<_>>().join("\n")
}
