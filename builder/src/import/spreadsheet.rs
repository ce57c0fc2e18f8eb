//! Services from a spreadsheet in Wijkwijzer's own column layout: `.xlsx`, or `.csv` as
//! spreadsheet programs save it (Dutch ones write `;` between the cells and
//! Windows-1252 letters). One row per service; a row that repeats an id and fills only
//! the location columns adds a location to that service. Headers are matched loosely
//! (`Behoefte 2`, `E-mail`, `wijken`), and a column the layout does not know is named
//! in the report like any unmapped field.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};

use super::source::{SourceLocation, SourceService, Term};
use super::ImportError;
use crate::diagnostics::display_path;
use crate::directory::hsds::{TAXONOMY_BEHOEFTEN, TAXONOMY_SOORTEN};
use crate::messages::Message;
use crate::msg;

/// The sheet the template writes the services on; other workbooks use their first.
pub const SHEET: &str = "Diensten";

/// The columns of the layout. Those that may repeat (`Behoefte 1`, `Behoefte 2`, …)
/// each add to one list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    Naam,
    Beschrijving,
    Behoefte,
    Soort,
    Organisatie,
    Wijk,
    Telefoon,
    Email,
    Website,
    Openingstijden,
    Toegang,
    Kosten,
    Doelgroep,
    Talen,
    Status,
    Gecontroleerd,
    Locatie,
    Adres,
    Postcode,
    Plaats,
    Toegankelijkheid,
}

impl Column {
    /// Every column, in the template's order, with how many times it is written there.
    pub const TEMPLATE: &'static [(Column, usize)] = &[
        (Column::Id, 1),
        (Column::Naam, 1),
        (Column::Beschrijving, 1),
        (Column::Behoefte, 3),
        (Column::Soort, 1),
        (Column::Organisatie, 1),
        (Column::Wijk, 3),
        (Column::Telefoon, 2),
        (Column::Email, 1),
        (Column::Website, 1),
        (Column::Openingstijden, 1),
        (Column::Toegang, 1),
        (Column::Kosten, 1),
        (Column::Doelgroep, 1),
        (Column::Talen, 1),
        (Column::Status, 1),
        (Column::Gecontroleerd, 1),
        (Column::Locatie, 1),
        (Column::Adres, 1),
        (Column::Postcode, 1),
        (Column::Plaats, 1),
        (Column::Toegankelijkheid, 1),
    ];

    /// The header the template writes (with ` 1`, ` 2` for a repeated column).
    pub fn header(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Naam => "naam",
            Column::Beschrijving => "beschrijving",
            Column::Behoefte => "behoefte",
            Column::Soort => "soort",
            Column::Organisatie => "organisatie",
            Column::Wijk => "wijk",
            Column::Telefoon => "telefoon",
            Column::Email => "e-mail",
            Column::Website => "website",
            Column::Openingstijden => "openingstijden",
            Column::Toegang => "toegang",
            Column::Kosten => "kosten",
            Column::Doelgroep => "doelgroep",
            Column::Talen => "talen",
            Column::Status => "status",
            Column::Gecontroleerd => "gecontroleerd",
            Column::Locatie => "locatie",
            Column::Adres => "adres",
            Column::Postcode => "postcode",
            Column::Plaats => "plaats",
            Column::Toegankelijkheid => "toegankelijkheid",
        }
    }

    /// The column a header names: case, spaces, hyphens and a trailing number do not
    /// matter, and the plural or a longer usual name is understood.
    pub fn of(header: &str) -> Option<Column> {
        let key: String = header
            .trim()
            .trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
            .flat_map(char::to_lowercase)
            .collect();
        let column = match key.as_str() {
            "id" | "bronid" | "code" => Column::Id,
            "naam" | "titel" | "naamdienst" => Column::Naam,
            "beschrijving" | "omschrijving" => Column::Beschrijving,
            "behoefte" | "behoeften" => Column::Behoefte,
            "soort" | "soortdienst" => Column::Soort,
            "organisatie" | "aanbieder" => Column::Organisatie,
            "wijk" | "wijken" => Column::Wijk,
            "telefoon" | "telefoonnummer" => Column::Telefoon,
            "email" | "emailadres" => Column::Email,
            "website" => Column::Website,
            "openingstijden" => Column::Openingstijden,
            "toegang" => Column::Toegang,
            "kosten" => Column::Kosten,
            "doelgroep" | "doelgroepen" => Column::Doelgroep,
            "talen" | "taal" => Column::Talen,
            "status" => Column::Status,
            "gecontroleerd" | "nagekeken" => Column::Gecontroleerd,
            "locatie" | "locatienaam" => Column::Locatie,
            "adres" => Column::Adres,
            "postcode" => Column::Postcode,
            "plaats" | "woonplaats" => Column::Plaats,
            "toegankelijkheid" => Column::Toegankelijkheid,
            _ => return None,
        };
        Some(column)
    }

    /// Columns that describe a location rather than the service.
    fn of_location(self) -> bool {
        matches!(self, Column::Locatie | Column::Adres | Column::Postcode | Column::Plaats | Column::Toegankelijkheid)
    }

    /// What separates several values in one cell, for the columns that take a list:
    /// only `;` where the site's own labels may hold a comma ("Werk, dagbesteding en
    /// leren"); language codes never do.
    fn separators(self) -> Option<&'static [char]> {
        match self {
            Column::Behoefte | Column::Soort | Column::Wijk => Some(&[';']),
            Column::Talen => Some(&[',', ';']),
            _ => None,
        }
    }
}

/// A sheet's cells as texts: its header row, and each later row with its row number.
struct Table {
    file: PathBuf,
    headers: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

/// The services of a spreadsheet file, and what the editor should know about reading it.
pub fn read(file: &Path) -> Result<(Vec<SourceService>, Vec<Message>), ImportError> {
    let mut warnings = Vec::new();
    let table = if is_csv(file) { read_csv(file, &mut warnings)? } else { read_xlsx(file)? };
    Ok((services(&table)?, warnings))
}

pub fn is_csv(file: &Path) -> bool {
    file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

pub fn is_xlsx(file: &Path) -> bool {
    file.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// Other spreadsheet files people may have: named, so the error can say how to save them.
pub fn is_other_spreadsheet(file: &Path) -> bool {
    file.extension()
        .is_some_and(|e| ["xls", "xlsm", "xlsb", "ods", "numbers"].iter().any(|x| e.eq_ignore_ascii_case(x)))
}

fn read_xlsx(file: &Path) -> Result<Table, ImportError> {
    let bad = |detail: String| ImportError::Spreadsheet { file: file.to_path_buf(), detail };
    let mut book: Xlsx<_> = calamine::open_workbook(file).map_err(|e: calamine::XlsxError| bad(e.to_string()))?;
    // The template's sheet; else the first whose first row has an id column (the
    // template's hidden lists come first); else the first.
    let names = book.sheet_names();
    let has_ids = |book: &mut Xlsx<_>, name: &str| {
        book.worksheet_range(name)
            .ok()
            .and_then(|r| r.rows().next().map(|row| row.iter().any(|c| Column::of(&text_of(c)) == Some(Column::Id))))
            .unwrap_or(false)
    };
    let sheet = match names.iter().find(|n| n.eq_ignore_ascii_case(SHEET)) {
        Some(name) => Some(name.clone()),
        None => names.iter().find(|n| has_ids(&mut book, n)).or(names.first()).cloned(),
    };
    let Some(sheet) = sheet else { return Err(bad("no sheets".into())) };
    // A merged cell holds one value for several rows or columns: which service it
    // belongs to is a guess, so the editor is asked to undo it.
    if let Some(Ok(merged)) = book.worksheet_merge_cells(&sheet) {
        if let Some(d) = merged.first() {
            let cells = format!("{}:{}", cell_name(d.start.0, d.start.1), cell_name(d.end.0, d.end.1));
            return Err(ImportError::MergedCells { file: file.to_path_buf(), sheet, cells });
        }
    }
    // A formula's value is whatever the program last computed, if it saved one at all.
    let formulas = book.worksheet_formula(&sheet).map_err(|e| bad(e.to_string()))?;
    if let Some((row, col, _)) = formulas.used_cells().find(|(_, _, f)| !f.trim().is_empty()) {
        let (r0, c0) = formulas.start().unwrap_or((0, 0));
        let cell = cell_name(r0 + row as u32, c0 + col as u32);
        return Err(ImportError::Formula { file: file.to_path_buf(), sheet, cell });
    }
    let range = book.worksheet_range(&sheet).map_err(|e| bad(e.to_string()))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows().enumerate().map(|(i, cells)| {
        // Cells left of the used range are empty: keep positions as the program shows them.
        let mut texts = vec![String::new(); first_col as usize];
        texts.extend(cells.iter().map(text_of));
        (first_row as usize + i + 1, texts)
    });
    let headers = rows.next().map(|(_, h)| h).unwrap_or_default();
    Ok(Table { file: file.to_path_buf(), headers, rows: rows.collect() })
}

/// A cell as the text the editor typed. Whole numbers lose their `.0`; dates become
/// `2026-03-01`.
fn text_of(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "ja" } else { "nee" }.to_string(),
        // Through calamine, which knows whether the workbook counts from 1900 or 1904.
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.get(..10).unwrap_or(s).to_string(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// `A1`-style name of a cell (row and column from 0), as spreadsheet programs show it.
fn cell_name(row: u32, col: u32) -> String {
    rust_xlsxwriter::row_col_to_cell(row, u16::try_from(col).unwrap_or(u16::MAX))
}

fn read_csv(file: &Path, warnings: &mut Vec<Message>) -> Result<Table, ImportError> {
    let mut bytes = std::fs::read(file).map_err(|e| ImportError::io(file, e))?;
    // A byte order mark says UTF-8 ("CSV UTF-8"), so one bad byte is only that byte.
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    if bom {
        bytes.drain(..3);
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) if bom => {
            warnings.push(msg!("import-bad-utf8", file));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
        Err(e) => {
            // Excel and LibreOffice on Dutch Windows save "CSV" in Windows-1252; every
            // byte is a letter there, so the text can be read, but é or ë may have been
            // something else: the editor checks.
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(e.as_bytes());
            warnings.push(msg!("import-windows-1252", file));
            text.into_owned()
        }
    };
    let delimiter = sniff_delimiter(text.lines().next().unwrap_or_default());
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            ImportError::Csv { file: file.to_path_buf(), line, detail: e.to_string() }
        })?;
        let line = record.position().map_or(rows.len() + 1, |p| p.line() as usize);
        rows.push((line, record.iter().map(|c| c.trim().to_string()).collect::<Vec<_>>()));
    }
    let mut rows = rows.into_iter();
    let headers = rows.next().map(|(_, h)| h).unwrap_or_default();
    Ok(Table { file: file.to_path_buf(), headers, rows: rows.collect() })
}

/// The separator the header line uses most: `;` (Dutch spreadsheet programs), `,` or tab.
fn sniff_delimiter(header: &str) -> u8 {
    [b';', b',', b'\t'].into_iter().max_by_key(|d| header.bytes().filter(|b| b == d).count()).unwrap_or(b',')
}

/// The services of a table: a row per service, and rows that add a location.
fn services(table: &Table) -> Result<Vec<SourceService>, ImportError> {
    let columns: Vec<Option<Column>> = table.headers.iter().map(|h| Column::of(h)).collect();
    let Some(id_column) = columns.iter().position(|c| *c == Some(Column::Id)) else {
        return Err(ImportError::NoIdColumn {
            file: table.file.clone(),
            found: table.headers.iter().filter(|h| !h.is_empty()).cloned().collect::<Vec<_>>().join(", "),
        });
    };
    let shown = display_path(&table.file);
    let mut out: Vec<SourceService> = Vec::new();
    // Each id's service, and the cells of its first row.
    let mut index: HashMap<String, (usize, &Vec<String>)> = HashMap::new();
    for (line, cells) in &table.rows {
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        // `file:row`, the row number the spreadsheet program shows.
        let origin = format!("{shown}:{line}");
        let id = cells.get(id_column).cloned().unwrap_or_default();
        if id.is_empty() {
            return Err(ImportError::MissingId { origin });
        }
        let location = location(&columns, cells);
        if let Some((at, first)) = index.get(&id) {
            // A row for one more address: its other cells are empty, or copied from
            // the service's first row (copying the row is how people add one).
            let cell = |row: &[String], i: usize| row.get(i).map_or(String::new(), Clone::clone);
            let differs = columns.iter().enumerate().find(|(i, k)| {
                let v = cell(cells, *i);
                !v.is_empty() && v != cell(first, *i) && !matches!(k, Some(c) if c.of_location())
            });
            if let Some((i, _)) = differs {
                return Err(ImportError::LocationRow {
                    origin,
                    id,
                    first: out[*at].origin.clone(),
                    column: cell(&table.headers, i),
                });
            }
            out[*at].locations.extend(location);
            continue;
        }
        let mut s = SourceService { id: id.clone(), origin, ..Default::default() };
        for ((column, header), value) in columns.iter().zip(&table.headers).zip(cells) {
            if value.is_empty() {
                continue;
            }
            let Some(column) = column else {
                let key = if header.is_empty() { "?".to_string() } else { header.clone() };
                s.unmapped.entry(key).or_insert_with(|| value.clone());
                continue;
            };
            let parts = || -> Vec<String> {
                match column.separators() {
                    Some(by) => value.split(by).map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect(),
                    None => vec![value.clone()],
                }
            };
            let term = |taxonomy: &str, name: String| Term { taxonomy: taxonomy.into(), code: String::new(), name };
            match column {
                Column::Id | Column::Locatie | Column::Adres | Column::Postcode | Column::Plaats => {}
                Column::Toegankelijkheid => {}
                Column::Naam => s.name = value.clone(),
                Column::Beschrijving => s.description = value.clone(),
                Column::Behoefte => s.terms.extend(parts().into_iter().map(|p| term(TAXONOMY_BEHOEFTEN, p))),
                Column::Soort => s.terms.extend(parts().into_iter().map(|p| term(TAXONOMY_SOORTEN, p))),
                Column::Organisatie => s.organisatie = Some(value.clone()),
                Column::Wijk => s.areas.extend(parts()),
                Column::Telefoon => s.phones.push(value.clone()),
                Column::Email => s.email = Some(value.clone()),
                Column::Website => s.url = Some(value.clone()),
                Column::Openingstijden => s.openingstijden = Some(value.clone()),
                Column::Toegang => s.application_process = Some(value.clone()),
                Column::Kosten => s.fees = Some(value.clone()),
                Column::Doelgroep => s.eligibility = Some(value.clone()),
                Column::Talen => s.languages.extend(parts()),
                Column::Status => s.status = Some(value.clone()),
                Column::Gecontroleerd => s.assured_date = Some(dutch_date(value)),
            }
        }
        s.locations.extend(location);
        index.insert(id, (out.len(), cells));
        out.push(s);
    }
    Ok(out)
}

/// The location a row describes, if it fills any location column.
fn location(columns: &[Option<Column>], cells: &[String]) -> Option<SourceLocation> {
    let mut l = SourceLocation::default();
    let mut any = false;
    for (column, value) in columns.iter().zip(cells) {
        if value.is_empty() {
            continue;
        }
        let slot = match column {
            Some(Column::Locatie) => &mut l.naam,
            Some(Column::Adres) => &mut l.adres,
            Some(Column::Postcode) => &mut l.postcode,
            Some(Column::Plaats) => &mut l.plaats,
            Some(Column::Toegankelijkheid) => {
                l.toegankelijkheid.push(value.clone());
                any = true;
                continue;
            }
            _ => continue,
        };
        *slot = Some(value.clone());
        any = true;
    }
    any.then_some(l)
}

/// `1-3-2026` and `01/03/2026` (day first, as Dutch spreadsheets write a date) as
/// `2026-03-01`; anything else as written, for the contract's check to name.
fn dutch_date(text: &str) -> String {
    let parts: Vec<&str> = text.split(['-', '/', '.']).map(str::trim).collect();
    if let [d, m, y] = parts.as_slice() {
        if y.len() == 4 && d.len() <= 2 && m.len() <= 2 {
            if let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i16>(), m.parse::<i8>(), d.parse::<i8>()) {
                if let Ok(date) = jiff::civil::Date::new(y, m, d) {
                    return date.to_string();
                }
            }
        }
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_matched_loosely() {
        assert_eq!(Column::of("Behoefte 2"), Some(Column::Behoefte));
        assert_eq!(Column::of(" E-mail "), Some(Column::Email));
        assert_eq!(Column::of("WIJKEN"), Some(Column::Wijk));
        assert_eq!(Column::of("Locatie naam"), Some(Column::Locatie));
        assert_eq!(Column::of("contactpersoon"), None);
        for (column, _) in Column::TEMPLATE {
            assert_eq!(Column::of(column.header()), Some(*column));
        }
    }

    #[test]
    fn cells_and_dates_read_as_typed() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(9, 27), "AB10");
        let serial = |value, is_1904| {
            text_of(&Data::DateTime(calamine::ExcelDateTime::new(
                value,
                calamine::ExcelDateTimeType::DateTime,
                is_1904,
            )))
        };
        assert_eq!(serial(46082.0, false), "2026-03-01");
        assert_eq!(serial(46082.0 - 1462.0, true), "2026-03-01");
        assert_eq!(dutch_date("1-3-2026"), "2026-03-01");
        assert_eq!(dutch_date("01/03/2026"), "2026-03-01");
        assert_eq!(dutch_date("2026-03-01"), "2026-03-01");
        assert_eq!(dutch_date("31-2-2026"), "31-2-2026");
        assert_eq!(text_of(&Data::Float(575.0)), "575");
        assert_eq!(sniff_delimiter("id;naam;beschrijving"), b';');
        assert_eq!(sniff_delimiter("id,naam"), b',');
    }
}
