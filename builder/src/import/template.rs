//! `wijkwijzer import --template FILE.xlsx`: an empty spreadsheet in the layout the
//! import reads, with the site's needs and kinds, the municipality's wijken and the
//! contract's closed lists as drop-down lists, and a sheet that explains each column.

use std::path::Path;

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties, ExcelDateTime, Format, Formula,
    Workbook, XlsxError,
};

use super::record::vocabulary;
use super::spreadsheet::{Column, SHEET};
use super::ImportError;
use crate::directory::{ClosedList, Doelgroep, Kosten, Status, Toegang, Toegankelijkheid};
use crate::messages::{Lang, Message};
use crate::msg;

/// Rows of the services sheet that get the drop-down lists.
const ROWS: u32 = 1000;
const LISTS: &str = "Keuzelijsten";

/// The words a drop-down offers for a column, and whether a cell may combine several
/// (then the list warns instead of refusing, so "jongeren, ouderen" can be typed).
fn choices(column: Column, v: &super::mapping::Vocabulary) -> Option<(Vec<String>, bool)> {
    let labels = |list: &[(String, String)]| list.iter().map(|(_, label)| label.clone()).collect();
    Some(match column {
        Column::Behoefte => (labels(&v.behoeften), false),
        Column::Soort => (labels(&v.soorten), false),
        // A region has no wijken: its services are for all its municipalities.
        Column::Wijk if v.wijken.is_empty() => return None,
        Column::Wijk => {
            let mut names: Vec<String> = v.wijken.iter().map(|(_, naam, _)| naam.clone()).collect();
            names.push("Hele gemeente".to_string());
            (names, false)
        }
        Column::Toegang => (Toegang::labels(), false),
        Column::Kosten => (Kosten::labels(), false),
        Column::Status => (Status::labels(), false),
        Column::Doelgroep => (Doelgroep::labels(), true),
        Column::Toegankelijkheid => (Toegankelijkheid::labels(), true),
        _ => return None,
    })
}

/// The explanation of a column (`template-column.<header>`) and its example. The ids
/// are written out so that the catalogue test finds every one of them.
fn help(column: Column) -> (Message, Message) {
    let (explain, example) = match column {
        Column::Id => ("template-column.id", "template-example.id"),
        Column::Naam => ("template-column.naam", "template-example.naam"),
        Column::Beschrijving => ("template-column.beschrijving", "template-example.beschrijving"),
        Column::Behoefte => ("template-column.behoefte", "template-example.behoefte"),
        Column::Soort => ("template-column.soort", "template-example.soort"),
        Column::Organisatie => ("template-column.organisatie", "template-example.organisatie"),
        Column::Wijk => ("template-column.wijk", "template-example.wijk"),
        Column::Telefoon => ("template-column.telefoon", "template-example.telefoon"),
        Column::Email => ("template-column.e-mail", "template-example.e-mail"),
        Column::Website => ("template-column.website", "template-example.website"),
        Column::Openingstijden => ("template-column.openingstijden", "template-example.openingstijden"),
        Column::Toegang => ("template-column.toegang", "template-example.toegang"),
        Column::Kosten => ("template-column.kosten", "template-example.kosten"),
        Column::Doelgroep => ("template-column.doelgroep", "template-example.doelgroep"),
        Column::Talen => ("template-column.talen", "template-example.talen"),
        Column::Status => ("template-column.status", "template-example.status"),
        Column::Gecontroleerd => ("template-column.gecontroleerd", "template-example.gecontroleerd"),
        Column::Locatie => ("template-column.locatie", "template-example.locatie"),
        Column::Adres => ("template-column.adres", "template-example.adres"),
        Column::Postcode => ("template-column.postcode", "template-example.postcode"),
        Column::Plaats => ("template-column.plaats", "template-example.plaats"),
        Column::Toegankelijkheid => ("template-column.toegankelijkheid", "template-example.toegankelijkheid"),
    };
    (Message::new(explain), Message::new(example))
}

/// Write the template for municipality `gemeente` of the site in `root` to `file`, which
/// must not exist yet (a filled-in sheet is never overwritten).
pub fn write(root: &Path, target: super::Target, file: &Path, lang: Lang) -> Result<(), ImportError> {
    if !super::spreadsheet::is_xlsx(file) {
        return Err(ImportError::TemplateNotXlsx { file: file.to_path_buf() });
    }
    if std::fs::symlink_metadata(file).is_ok() {
        return Err(ImportError::TemplateExists { file: file.to_path_buf() });
    }
    let folder = target.folder(root)?;
    let v = vocabulary(root, &folder, target.name())?;
    let bytes = workbook(&v, &command(target, file), lang)
        .map_err(|e| ImportError::Spreadsheet { file: file.to_path_buf(), detail: e.to_string() })?;
    // Beside the file first, then renamed: a failed write leaves nothing half-made.
    let temp = file.with_extension("xlsx.wijkwijzer-template");
    std::fs::write(&temp, bytes).map_err(|e| ImportError::io(&temp, e))?;
    std::fs::rename(&temp, file).map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        ImportError::io(file, e)
    })
}

/// The command that reads the filled-in template back.
pub fn command(target: super::Target, file: &Path) -> String {
    let flag = match target {
        super::Target::Gemeente(_) => "--gemeente",
        super::Target::Regio(_) => "--regio",
    };
    format!("wijkwijzer import {} {flag} {}", crate::diagnostics::display_path(file), target.name())
}

fn workbook(v: &super::mapping::Vocabulary, command: &str, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // A fixed date keeps the file the same for the same site (SOURCE_DATE_EPOCH too).
    let today = crate::content::dates::today();
    let created = ExcelDateTime::from_ymd(today.year() as u16, today.month() as u8, today.day() as u8)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("Wijkwijzer: diensten van {}", v.gemeente))
            .set_creation_datetime(&created),
    );
    let bold = Format::new().set_bold().set_text_wrap();
    let text = Format::new().set_num_format("@");
    let date = Format::new().set_num_format("d-m-yyyy");

    // The drop-down lists' words, one column each on a hidden sheet: a list typed into
    // the validation itself may not be longer than 255 characters.
    let mut ranges: Vec<(Column, String, bool)> = Vec::new();
    {
        let sheet = book.add_worksheet();
        sheet.set_name(LISTS)?;
        let mut col = 0u16;
        for (column, _) in Column::TEMPLATE {
            let Some((words, several)) = choices(*column, v) else { continue };
            sheet.write_string_with_format(0, col, column.header(), &bold)?;
            for (i, word) in words.iter().enumerate() {
                sheet.write_string(i as u32 + 1, col, word)?;
            }
            let letter = rust_xlsxwriter::column_number_to_name(col);
            ranges.push((*column, format!("={LISTS}!${letter}$2:${letter}${}", words.len().max(1) + 1), several));
            col += 1;
        }
        sheet.set_hidden(true);
    }

    let sheet = book.add_worksheet();
    sheet.set_name(SHEET)?;
    sheet.set_freeze_panes(1, 0)?;
    let mut col = 0u16;
    for (column, times) in Column::TEMPLATE {
        for n in 1..=*times {
            let header = if *times > 1 { format!("{} {n}", column.header()) } else { column.header().to_string() };
            sheet.write_string_with_format(0, col, &header, &bold)?;
            sheet.set_column_width(col, if *column == Column::Beschrijving { 50 } else { 18 })?;
            // Numbers that start with 0 stay as typed.
            if matches!(column, Column::Id | Column::Telefoon | Column::Postcode) {
                sheet.set_column_format(col, &text)?;
            }
            let (explain, _) = help(*column);
            let mut prompt = explain.text(lang);
            if prompt.chars().count() > 250 {
                prompt = prompt.chars().take(247).collect::<String>() + "…";
            }
            let mut validation = match ranges.iter().find(|(c, _, _)| c == column) {
                Some((_, range, several)) => {
                    let style =
                        if *several { DataValidationErrorStyle::Information } else { DataValidationErrorStyle::Stop };
                    DataValidation::new().allow_list_formula(Formula::new(range)).set_error_style(style)
                }
                None if *column == Column::Gecontroleerd => {
                    sheet.set_column_format(col, &date)?;
                    DataValidation::new()
                        .allow_date(DataValidationRule::GreaterThan(ExcelDateTime::from_ymd(2000, 1, 1)?))
                }
                None => DataValidation::new().allow_any_value(),
            };
            validation = validation.set_input_title(header.clone())?.set_input_message(prompt)?;
            sheet.add_data_validation(1, col, ROWS, col, &validation)?;
            col += 1;
        }
    }

    let sheet = book.add_worksheet();
    sheet.set_name(msg!("template-sheet-help").text(lang))?;
    sheet.write_string(0, 0, msg!("template-intro", command).text(lang))?;
    for (i, id) in ["template-heading-column", "template-heading-help", "template-heading-example"].iter().enumerate() {
        sheet.write_string_with_format(2, i as u16, Message::new(id).text(lang), &bold)?;
    }
    let wrap = Format::new().set_text_wrap();
    for (row, (column, _)) in Column::TEMPLATE.iter().enumerate() {
        let (explain, example) = help(*column);
        let row = row as u32 + 3;
        sheet.write_string(row, 0, column.header())?;
        sheet.write_string_with_format(row, 1, explain.text(lang), &wrap)?;
        // For the site's own lists, a word from the list itself.
        let example = match choices(*column, v) {
            Some((words, _)) if matches!(column, Column::Behoefte | Column::Soort | Column::Wijk) => {
                words.first().cloned().unwrap_or_else(|| example.text(lang))
            }
            _ => example.text(lang),
        };
        sheet.write_string_with_format(row, 2, example, &wrap)?;
    }
    sheet.set_column_width(0, 18)?;
    sheet.set_column_width(1, 70)?;
    sheet.set_column_width(2, 40)?;
    // The services sheet is the one that opens.
    book.worksheet_from_name(SHEET)?.set_active(true);
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_is_explained_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            for (column, _) in Column::TEMPLATE {
                let (explain, example) = help(*column);
                for m in [explain, example] {
                    assert!(lang.catalogue().lookup(m.id).is_some(), "{lang:?} lacks {}", m.id);
                }
            }
        }
    }
}
