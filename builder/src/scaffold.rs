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

pub fn init(dir: &Path, gemeente: &str, code: &str, wijken_csv: Option<&Path>, lang: Lang) -> ExitCode {
    let rows = match wijken(wijken_csv) {
        Ok(rows) => rows,
        Err(e) => return fail(e, lang),
    };
    let site = NewSite { gemeente, code, wijken: rows, today: today() };
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
