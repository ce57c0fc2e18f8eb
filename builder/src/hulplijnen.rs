//! The help lines of config.toml (`[[extra.hulplijnen]]`), shown on every page. A wrong
//! crisis number is the worst mistake this site can make, so every number must be a
//! Dutch phone number, say where it was checked (`bron`) and when (`gecontroleerd`);
//! a check more than 12 months ago is a warning (an error under `--strict`).

use std::ops::Range;
use std::sync::Arc;

use crate::content::dates::{ContentDate, STALE_AFTER_DAYS};
use crate::content::spans::{Spans, Step};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::directory::fields;
use crate::messages::Message;
use crate::msg;

const FIELDS: &[&str] = &["naam", "nummer", "nummer_gratis", "wanneer", "bron", "gecontroleerd"];

/// Check every help line of `config.toml` (`text` is its source).
pub fn check(extra: &toml::Table, text: &Arc<str>, today: jiff::civil::Date, diags: &mut Diagnostics) {
    let Some(value) = extra.get("hulplijnen") else { return };
    let spans = Spans::toml_file(text);
    let place = |at: &[Step]| spans.field(at).unwrap_or(0..1);
    let mut problem = |code: Code, span: Range<usize>, warning: bool, msg: Message, help: Message| {
        let d = if warning {
            Diagnostic::warning(code, "config.toml", msg)
        } else {
            Diagnostic::error(code, "config.toml", msg)
        };
        diags.push(d.with_source(text).at(span).help(help));
    };
    let Some(lines) = value.as_array().filter(|l| l.iter().all(toml::Value::is_table)) else {
        let at = [Step::Key("extra".into()), Step::Key("hulplijnen".into())];
        problem(Code::WrongType, place(&at), false, msg!("hulplijnen-not-tables"), msg!("hulplijnen-not-tables.help"));
        return;
    };
    for (i, line) in lines.iter().enumerate() {
        let at = |key: &str| {
            let mut at = vec![Step::Key("extra".into()), Step::Key("hulplijnen".into()), Step::Index(i)];
            if !key.is_empty() {
                at.push(Step::Key(key.into()));
            }
            at
        };
        let table = line.as_table().cloned().unwrap_or_default();
        let text_of = |key: &str| table.get(key).and_then(toml::Value::as_str).map(str::trim).filter(|s| !s.is_empty());
        let block = place(&at(""));
        for key in ["naam", "wanneer"] {
            if text_of(key).is_none() {
                problem(
                    Code::FieldMissing,
                    block.clone(),
                    false,
                    msg!("hulplijn-field-missing", n = i + 1, key),
                    msg!("hulplijn-field-missing.help", key),
                );
            }
        }
        let naam = text_of("naam").unwrap_or("?").to_string();
        let numbers: Vec<&str> = ["nummer", "nummer_gratis"].into_iter().filter(|k| table.contains_key(*k)).collect();
        for key in &numbers {
            match text_of(key) {
                Some(n) => {
                    if let Err(m) = fields::phone(n) {
                        problem(
                            Code::Phone,
                            place(&at(key)),
                            false,
                            msg!("hulplijn-problem", naam = &naam, problem = m),
                            msg!("hulplijn-phone.help"),
                        );
                    }
                }
                None => problem(
                    Code::WrongType,
                    place(&at(key)),
                    false,
                    msg!("hulplijn-number-not-text", naam = &naam, key = *key),
                    msg!("hulplijn-number-not-text.help", key = *key),
                ),
            }
        }
        for key in table.keys().filter(|k| !FIELDS.contains(&k.as_str())) {
            let hint =
                crate::diagnostics::did_you_mean(key, FIELDS.iter().copied()).map(|s| msg!("did-you-mean", word = s));
            let span = spans.get(&at(key)).and_then(|p| p.key.clone()).unwrap_or_else(|| block.clone());
            problem(
                Code::UnknownField,
                span,
                false,
                msg!("hulplijn-unknown-field", naam = &naam, key),
                msg!("hulplijn-unknown-field.help", hint, fields = FIELDS.join(", ")),
            );
        }
        if numbers.is_empty() {
            // A line without a number (such as "call your GP") has nothing to go wrong.
            continue;
        }
        match text_of("bron") {
            None => problem(
                Code::HelpLineSource,
                block.clone(),
                false,
                msg!("hulplijn-source-missing", naam = &naam),
                msg!("hulplijn-source-missing.help"),
            ),
            Some(url) => {
                if let Err(m) = fields::website(url) {
                    problem(
                        Code::HelpLineSource,
                        place(&at("bron")),
                        false,
                        msg!("hulplijn-problem", naam = &naam, problem = m),
                        msg!("hulplijn-source.help"),
                    );
                }
            }
        }
        match table.get("gecontroleerd").map(ContentDate::from_value) {
            None => problem(
                Code::HelpLineChecked,
                block.clone(),
                false,
                msg!("hulplijn-checked-missing", naam = &naam),
                msg!("hulplijn-checked-missing.help"),
            ),
            Some(None) => problem(
                Code::WrongType,
                place(&at("gecontroleerd")),
                false,
                msg!("hulplijn-problem", naam = &naam, problem = msg!("not-a-date", key = "gecontroleerd")),
                msg!("not-a-date.help", key = "gecontroleerd"),
            ),
            Some(Some(date)) => {
                if date.days_before(today) > STALE_AFTER_DAYS {
                    problem(
                        Code::HelpLineChecked,
                        place(&at("gecontroleerd")),
                        true,
                        msg!("hulplijn-checked-long-ago", naam = &naam, date = date.ymd()),
                        msg!("hulplijn-checked-long-ago.help"),
                    );
                }
            }
        }
    }
}
