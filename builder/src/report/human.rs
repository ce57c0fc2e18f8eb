//! Diagnostics as text for people: a source snippet with a caret, what is wrong and how
//! to fix it. Only the CLI (and the dev server page) shows problems this way.

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use wijkwijzer::diagnostics::{display_path, Diagnostic, Severity};

pub fn render(d: &Diagnostic, color: bool) -> String {
    let severity = match d.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
    };
    let has_snippet = d.source.is_some() && d.span.is_some();
    let message = if has_snippet { d.message.clone() } else { format!("{}: {}", display_path(&d.file), d.message) };
    let mut diag = MietteDiagnostic::new(message).with_severity(severity);
    if let Some(help) = &d.help {
        diag = diag.with_help(help.clone());
    }
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1).with_width(100);
    let mut out = String::new();
    let rendered = match (&d.source, &d.span) {
        (Some(src), Some(span)) => {
            let len = (span.end.saturating_sub(span.start)).max(1).min(src.len().saturating_sub(span.start).max(1));
            diag = diag.with_label(LabeledSpan::at(span.start..span.start + len, "here"));
            let report =
                miette::Report::new(diag).with_source_code(NamedSource::new(display_path(&d.file), src.to_string()));
            handler.render_report(&mut out, report.as_ref())
        }
        _ => handler.render_report(&mut out, &diag),
    };
    if rendered.is_err() {
        // The fallback still says what and where.
        return d.to_string();
    }
    // A first line that editors and CI logs can grep: `error[WW0505]: file:line:col: message`.
    let level = if d.severity == Severity::Error { "error" } else { "warning" };
    format!("{level}[{}]: {}: {}\n{out}", d.code, d.location(), d.message)
}

pub fn render_all(ds: &[Diagnostic], color: bool) -> String {
    ds.iter().map(|d| render(d, color)).collect::<Vec<_>>().join("\n")
}
