//! `wijkwijzer report`: the freshness report as text for people (`human`), Markdown (a
//! CI artefact or an issue), CSV (a spreadsheet) or JSON. Words come from the
//! catalogue; the CSV and JSON keys are the contract's names, the same in every language.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wijkwijzer::diagnostics::{display_path, Severity};
use wijkwijzer::freshness::{self, Entry};
use wijkwijzer::messages::Lang;
use wijkwijzer::{msg, BuildError, BuildOptions};

use crate::report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Md,
    Csv,
    Json,
}

/// `12m` (months), `90d` (days) or `1j` (years) as days; 12 months are 365 days.
pub fn parse_age(text: &str) -> Result<i64, String> {
    let t = text.trim().to_lowercase();
    let (number, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let n: i64 = number.parse().map_err(|_| "12m, 90d, 1j".to_string())?;
    match unit {
        "d" => Ok(n),
        "m" => Ok(n * 365 / 12),
        "j" | "y" => Ok(n * 365),
        _ => Err("12m, 90d, 1j".to_string()),
    }
}

pub fn run(root: &Path, format: Format, older_than: Option<i64>, output: Option<&PathBuf>, lang: Lang) -> ExitCode {
    let opts = BuildOptions { write: false, ..BuildOptions::new(root) };
    let site = match wijkwijzer::pipeline::build_site(&opts) {
        Ok((_, site)) => site,
        Err(BuildError::Content(ds)) => {
            eprintln!("{}", report::render_all(&ds, false, lang));
            eprintln!("{}", msg!("report-needs-check").text(lang));
            return ExitCode::FAILURE;
        }
        Err(BuildError::Output(e)) => {
            eprintln!("{}: {}", Severity::Error.word(lang), e.message().text(lang));
            return ExitCode::FAILURE;
        }
    };
    let entries: Vec<Entry> = freshness::entries(&site, wijkwijzer::content::dates::today())
        .into_iter()
        .filter(|e| older_than.is_none_or(|limit| e.days.is_none_or(|d| d > limit)))
        .collect();
    let text = match format {
        Format::Human => human(&entries, lang),
        Format::Md => markdown(&entries, lang),
        Format::Csv => csv(&entries),
        Format::Json => json(&entries),
    };
    match output {
        Some(file) => {
            if let Err(e) = std::fs::write(file, text) {
                let m = msg!("cli-report-write", file = file.as_path(), error = &e);
                eprintln!("{}: {}", Severity::Error.word(lang), m.text(lang));
                return ExitCode::FAILURE;
            }
        }
        None => print!("{text}"),
    }
    ExitCode::SUCCESS
}

/// The entries per owner, in order.
fn groups(entries: &[Entry]) -> Vec<(&str, Vec<&Entry>)> {
    let mut out: Vec<(&str, Vec<&Entry>)> = Vec::new();
    for e in entries {
        match out.last_mut() {
            Some((owner, list)) if *owner == e.owner => list.push(e),
            _ => out.push((&e.owner, vec![e])),
        }
    }
    out
}

fn checked(e: &Entry, lang: Lang) -> String {
    match (&e.gecontroleerd, e.days) {
        (Some(date), Some(days)) => msg!("report-checked", date = date.as_str(), days).text(lang),
        _ => msg!("report-never").text(lang),
    }
}

fn missing(e: &Entry) -> String {
    e.missing.iter().map(|m| m.name()).collect::<Vec<_>>().join(", ")
}

fn plain(e: &Entry, lang: Lang) -> String {
    let s = &e.leesbaarheid;
    if s.words == 0 {
        return msg!("report-no-text").text(lang);
    }
    // A decimal comma in Dutch.
    let sentence = format!("{:.1}", s.average_sentence());
    let sentence = if lang == Lang::Nl { sentence.replace('.', ",") } else { sentence };
    let m = msg!(
        "report-b1",
        sentence,
        percent = format!("{:.0}", s.long_word_share() * 100.0),
        plain = if s.is_plain() { "yes" } else { "no" }
    );
    m.text(lang)
}

fn human(entries: &[Entry], lang: Lang) -> String {
    let mut out = String::new();
    for (owner, list) in groups(entries) {
        let overdue = list.iter().filter(|e| e.overdue()).count();
        out.push_str(&msg!("report-owner", owner, count = list.len(), overdue).text(lang));
        out.push('\n');
        for e in list {
            let flag = if e.overdue() { "!" } else { " " };
            out.push_str(&format!("{flag} {} — {}", e.title, checked(e, lang)));
            let contact = e.email.clone().or_else(|| e.telefoon.first().cloned());
            if let Some(c) = contact {
                out.push_str(&format!(" — {c}"));
            }
            if !e.missing.is_empty() {
                out.push_str(&format!(" — {}", msg!("report-missing", fields = missing(e)).text(lang)));
            }
            out.push_str(&format!("\n    {} — {}\n", display_path(&e.file), plain(e, lang)));
        }
        out.push('\n');
    }
    if entries.is_empty() {
        out.push_str(&msg!("report-empty").text(lang));
        out.push('\n');
    }
    out
}

/// `|` and line breaks would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn markdown(entries: &[Entry], lang: Lang) -> String {
    let mut out = format!("# {}\n\n", msg!("report-title").text(lang));
    let head: Vec<String> = [
        msg!("report-col-dienst"),
        msg!("report-col-gecontroleerd"),
        msg!("report-col-contact"),
        msg!("report-col-ontbreekt"),
        msg!("report-col-leesbaarheid"),
    ]
    .iter()
    .map(|m| m.text(lang))
    .collect();
    for (owner, list) in groups(entries) {
        let overdue = list.iter().filter(|e| e.overdue()).count();
        out.push_str(&format!("## {}\n\n", msg!("report-owner", owner, count = list.len(), overdue).text(lang)));
        out.push_str(&format!("| {} |\n|{}\n", head.join(" | "), "---|".repeat(head.len())));
        for e in list {
            let flag = if e.overdue() { "⚠️ " } else { "" };
            let contact = e.email.clone().or_else(|| e.telefoon.first().cloned()).unwrap_or_default();
            out.push_str(&format!(
                "| {} | {flag}{} | {} | {} | {} |\n",
                cell(&format!("{} (`{}`)", e.title, display_path(&e.file))),
                cell(&checked(e, lang)),
                cell(&contact),
                cell(&missing(e)),
                cell(&plain(e, lang)),
            ));
        }
        out.push('\n');
    }
    out
}

fn csv(entries: &[Entry]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "gemeente",
        "dienst",
        "bestand",
        "gecontroleerd",
        "dagen",
        "te_laat",
        "email",
        "telefoon",
        "ontbreekt",
        "woorden_per_zin",
        "lange_woorden",
        "b1",
    ]);
    for e in entries {
        let s = &e.leesbaarheid;
        let _ = w.write_record([
            e.owner.clone(),
            e.title.clone(),
            display_path(&e.file),
            e.gecontroleerd.clone().unwrap_or_default(),
            e.days.map(|d| d.to_string()).unwrap_or_default(),
            e.overdue().to_string(),
            e.email.clone().unwrap_or_default(),
            e.telefoon.join(" / "),
            missing(e),
            format!("{:.1}", s.average_sentence()),
            format!("{:.3}", s.long_word_share()),
            s.is_plain().to_string(),
        ]);
    }
    w.into_inner().map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default()
}

fn json(entries: &[Entry]) -> String {
    let list: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            let s = &e.leesbaarheid;
            serde_json::json!({
                "gemeente": e.owner,
                "dienst": e.title,
                "bestand": display_path(&e.file),
                "gecontroleerd": e.gecontroleerd,
                "dagen": e.days,
                "te_laat": e.overdue(),
                "email": e.email,
                "telefoon": e.telefoon,
                "ontbreekt": e.missing.iter().map(|m| m.name()).collect::<Vec<_>>(),
                "woorden_per_zin": (s.average_sentence() * 10.0).round() / 10.0,
                "lange_woorden": (s.long_word_share() * 1000.0).round() / 1000.0,
                "b1": s.is_plain(),
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_in_days_months_and_years() {
        assert_eq!(parse_age("90d"), Ok(90));
        assert_eq!(parse_age("12m"), Ok(365));
        assert_eq!(parse_age("6M"), Ok(182));
        assert_eq!(parse_age("1j"), Ok(365));
        assert!(parse_age("twaalf").is_err() && parse_age("12w").is_err());
    }
}
