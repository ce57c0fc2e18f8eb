//! `wijkwijzer report`: the freshness report as text for people (`human`), Markdown (a
//! CI artefact or an issue), CSV (a spreadsheet) or JSON. Words come from the
//! catalogue; the CSV and JSON keys are the contract's names, the same in every language.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wijkwijzer::codes::Code;
use wijkwijzer::diagnostics::{display_path, Diagnostic, Severity};
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

/// What `report` is asked for.
pub struct Request<'a> {
    pub format: Format,
    pub older_than: Option<i64>,
    pub output: Option<&'a PathBuf>,
    /// Write an e-mail per provider address into this folder instead.
    pub mails: Option<&'a PathBuf>,
}

pub fn run(root: &Path, request: &Request, lang: Lang) -> ExitCode {
    let Request { format, older_than, output, mails } = *request;
    let opts = BuildOptions { write: false, ..BuildOptions::new(root) };
    let (summary, site) = match wijkwijzer::pipeline::build_site(&opts) {
        Ok(built) => built,
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
    if let Some(dir) = mails {
        return write_mails(&site, dir, lang);
    }
    let entries: Vec<Entry> = freshness::entries(&site, wijkwijzer::content::dates::today())
        .into_iter()
        .filter(|e| older_than.is_none_or(|limit| e.days.is_none_or(|d| d > limit)))
        .collect();
    // Pages an import left as drafts are not on the site, so not among the entries:
    // the reasons `check` gives for them are listed after them.
    let drafts: Vec<&Diagnostic> = summary.warnings.iter().filter(|d| d.code == Code::ImportDraft).collect();
    let text = match format {
        Format::Human => human(&entries, lang) + &draft_list(&drafts, "", lang),
        Format::Md => markdown(&entries, lang) + &draft_list(&drafts, "## ", lang),
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

/// The drafts an import wrote, each with why, under a heading (`## ` in Markdown).
fn draft_list(drafts: &[&Diagnostic], heading: &str, lang: Lang) -> String {
    if drafts.is_empty() {
        return String::new();
    }
    let mut out = format!("{heading}{}\n\n", msg!("report-drafts", count = drafts.len()).text(lang));
    for d in drafts {
        out.push_str(&format!("- {}: {}\n", display_path(&d.file), d.message.text(lang)));
    }
    out.push('\n');
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

/// One e-mail per provider address, as `.eml` files the editors open in their own mail
/// program and send (`X-Unsent` makes several programs open them as a draft). Services
/// without an address are listed for a phone call.
fn write_mails(site: &wijkwijzer::pipeline::Site, dir: &Path, lang: Lang) -> ExitCode {
    let fail = |m: wijkwijzer::messages::Message| {
        eprintln!("{}: {}", Severity::Error.word(lang), m.text(lang));
        ExitCode::FAILURE
    };
    let Some(from) = wijkwijzer::directory::hsds::redactieadres(&site.config) else {
        return fail(msg!("mail-no-sender"));
    };
    let site_name = site.config.title.clone().unwrap_or_else(|| site.config.base_url.clone());
    let (providers, no_address) = freshness::by_provider(site);
    // The date the mails are dated: the build's day (SOURCE_DATE_EPOCH), at 09:00.
    let today = wijkwijzer::content::dates::today();
    let date = today.at(9, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).map_or(0, |z| z.timestamp().as_second());
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(msg!("cli-report-write", file = dir, error = &e));
    }
    let domain = from.rsplit('@').next().unwrap_or("wijkwijzer").to_string();
    for (address, services) in &providers {
        let organisatie = services.first().map(|s| s.organisatie.clone()).unwrap_or_default();
        let mut body = msg!(
            "mail-intro",
            organisatie = organisatie.as_str(),
            site = site_name.as_str(),
            url = site.config.permalink("/")
        )
        .text(lang);
        for s in services {
            body.push_str(&format!("\n\n{}\n{}\n", s.title, s.description));
            let mut line = |label: wijkwijzer::messages::Message, value: &str| {
                if !value.is_empty() {
                    body.push_str(&format!("- {}: {value}\n", label.text(lang)));
                }
            };
            line(msg!("mail-page"), &s.url);
            line(msg!("mail-phone"), &s.telefoon.join(", "));
            line(msg!("mail-email"), s.email.as_deref().unwrap_or_default());
            line(msg!("mail-website"), s.website.as_deref().unwrap_or_default());
            line(msg!("mail-open"), &s.openingstijden.join("; "));
            for l in &s.locaties {
                line(msg!("mail-address"), l);
            }
            line(msg!("mail-access"), s.toegang);
            line(msg!("mail-cost"), s.kosten);
            line(msg!("mail-checked"), s.gecontroleerd.as_deref().unwrap_or_default());
        }
        body.push('\n');
        body.push_str(&msg!("mail-outro", site = site_name.as_str()).text(lang));
        body.push('\n');
        let id = wijkwijzer::search_index::fnv1a(format!("{address}\0{date}").as_bytes());
        let message = mail_builder::MessageBuilder::new()
            .from(from.as_str())
            .to(address.as_str())
            .subject(msg!("mail-subject", organisatie = organisatie.as_str(), site = site_name.as_str()).text(lang))
            .date(date)
            .message_id(format!("{id:016x}.wijkwijzer@{domain}"))
            .header("X-Unsent", mail_builder::headers::raw::Raw::new("1"))
            .text_body(body);
        let file = dir.join(format!("{}.eml", wijkwijzer::urls::slugify(address)));
        let written = message.write_to_vec().and_then(|bytes| std::fs::write(&file, bytes));
        if let Err(e) = written {
            return fail(msg!("cli-report-write", file = file.as_path(), error = &e));
        }
    }
    eprintln!("{}", msg!("mail-written", count = providers.len(), dir).text(lang));
    if !no_address.is_empty() {
        eprintln!("{}", msg!("mail-call", count = no_address.len()).text(lang));
        for s in &no_address {
            let phone = if s.telefoon.is_empty() { "—".to_string() } else { s.telefoon.join(", ") };
            eprintln!("  {} ({}): {phone}", s.title, s.organisatie);
        }
    }
    ExitCode::SUCCESS
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
