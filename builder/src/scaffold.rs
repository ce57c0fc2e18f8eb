//! `wijkwijzer init` and `wijkwijzer new`: the CLI edge of `wijkwijzer::starter`, in
//! Dutch, for editors.

use std::path::Path;
use std::process::ExitCode;

use wijkwijzer::starter::{self, NewSite, StarterError};

use crate::New;

fn today() -> jiff::civil::Date {
    wijkwijzer::content::dates::today()
}

fn wijken(file: Option<&Path>) -> Result<Vec<starter::WijkRow>, StarterError> {
    file.map_or(Ok(Vec::new()), starter::read_wijken)
}

fn fail(e: StarterError) -> ExitCode {
    eprintln!("fout: {e}");
    ExitCode::FAILURE
}

pub fn init(dir: &Path, gemeente: &str, code: &str, wijken_csv: Option<&Path>) -> ExitCode {
    let rows = match wijken(wijken_csv) {
        Ok(rows) => rows,
        Err(e) => return fail(e),
    };
    let site = NewSite { gemeente, code, wijken: rows, today: today() };
    match starter::init(dir, &site) {
        Ok(files) => {
            eprintln!("Nieuwe site voor {gemeente} in {} ({} bestanden).", dir.display(), files.len());
            eprintln!("Lees eerst {}: daar staat wat je nu moet doen.", dir.join("REDACTIE.md").display());
            eprintln!("Bekijk de site met: wijkwijzer serve --root {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

pub fn new(what: New) -> ExitCode {
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
            eprintln!("Nieuw bestand: {}", root.join(&rel).display());
            eprintln!("Vul de lege velden in. Daarna zegt `wijkwijzer check` of alles klopt.");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}
