//! `wijkwijzer init` and `wijkwijzer new`: the CLI edge of `wijkwijzer::starter`, in
//! the editor's language (Dutch unless asked otherwise).

use std::path::Path;
use std::process::ExitCode;

use wijkwijzer::diagnostics::Severity;
use wijkwijzer::messages::Lang;
use wijkwijzer::msg;
use wijkwijzer::starter::{self, NewSite, StarterError};

use crate::New;

fn today() -> jiff::civil::Date {
    wijkwijzer::content::dates::today()
}

fn wijken(file: Option<&Path>) -> Result<Vec<starter::WijkRow>, StarterError> {
    file.map_or(Ok(Vec::new()), starter::read_wijken)
}

fn fail(e: StarterError, lang: Lang) -> ExitCode {
    eprintln!("{}: {}", Severity::Error.word(lang), e.message().text(lang));
    ExitCode::FAILURE
}

/// The web editor's settings from `init --redactie BACKEND --repository OWNER/NAME`.
pub struct RedactieArgs<'a> {
    pub backend: &'a str,
    pub repository: &'a str,
    pub forge_url: Option<&'a str>,
}

fn redactie(args: Option<RedactieArgs>) -> Result<Option<wijkwijzer::redactie::Redactie>, StarterError> {
    let Some(args) = args else { return Ok(None) };
    let mut table = toml::Table::new();
    table.insert("backend".into(), args.backend.into());
    table.insert("repository".into(), args.repository.into());
    if let Some(url) = args.forge_url {
        table.insert("forge_url".into(), url.into());
    }
    wijkwijzer::redactie::Redactie::from_table(table.into())
        .map(Some)
        .map_err(|p| StarterError::Redactie(msg!("starter-redactie", problem = p.message, help = p.help)))
}

pub fn init(
    dir: &Path,
    gemeente: &str,
    code: &str,
    wijken_csv: Option<&Path>,
    redactie_args: Option<RedactieArgs>,
    lang: Lang,
) -> ExitCode {
    let rows = match wijken(wijken_csv) {
        Ok(rows) => rows,
        Err(e) => return fail(e, lang),
    };
    let redactie = match redactie(redactie_args) {
        Ok(r) => r,
        Err(e) => return fail(e, lang),
    };
    let site = NewSite { gemeente, code, wijken: rows, today: today(), redactie };
    match starter::init(dir, &site) {
        Ok(files) => {
            let done = msg!("init-done", gemeente, dir, files = files.len(), guide = dir.join("REDACTIE.md").as_path());
            eprintln!("{}", done.text(lang));
            ExitCode::SUCCESS
        }
        Err(e) => fail(e, lang),
    }
}

pub fn new(what: New, lang: Lang) -> ExitCode {
    let (root, result) = match what {
        New::Gemeente { naam, code, wijken: csv, root } => {
            let result = wijken(csv.as_deref()).and_then(|rows| starter::new_gemeente(&root, &naam, &code, rows));
            (root, result)
        }
        New::Dienst { titel, gemeente, root } => {
            let result = starter::new_dienst(&root, &gemeente, &titel, today());
            (root, result)
        }
        New::Pagina { path, titel, root } => {
            let result = starter::new_pagina(&root, &path.to_string_lossy(), &titel);
            (root, result)
        }
    };
    match result {
        Ok(rel) => {
            eprintln!("{}", msg!("new-done", file = root.join(&rel).as_path()).text(lang));
            ExitCode::SUCCESS
        }
        Err(e) => fail(e, lang),
    }
}
