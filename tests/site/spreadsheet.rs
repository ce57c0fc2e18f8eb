//! `wijkwijzer import` from a spreadsheet: the template with its drop-down lists, a
//! filled-in workbook, CSV as Dutch spreadsheet programs save it, and the spreadsheets
//! the import must refuse (merged cells, formulas, no ids) without changing anything.

use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

use crate::import::{content, site};
use crate::support::cli as wijkwijzer;

fn import(root: &Path, file: &Path, extra: &[&str]) -> crate::support::Cli {
    let mut args = vec!["import", file.to_str().expect("utf-8"), "--gemeente", "brummen"];
    args.extend_from_slice(extra);
    wijkwijzer(&args, root)
}

fn page(root: &Path, name: &str) -> String {
    std::fs::read_to_string(root.join("content/gemeenten/brummen").join(name)).expect("page")
}

/// The texts of a sheet, row by row.
fn sheet(file: &Path, name: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = calamine::open_workbook(file).expect("open");
    let range = book.worksheet_range(name).expect("sheet");
    range
        .rows()
        .map(|r| r.iter().map(|c| if let Data::String(s) = c { s.clone() } else { c.to_string() }).collect())
        .collect()
}

/// One part of the workbook's zip, as text.
fn part(file: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).expect("open")).expect("zip");
    let mut text = String::new();
    zip.by_name(name).expect("part").read_to_string(&mut text).expect("read");
    text
}

fn template(root: &Path, name: &str) -> PathBuf {
    let file = root.join(name);
    let run = wijkwijzer(&["import", "--template", name, "--gemeente", "brummen"], root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains(&format!("wijkwijzer import {name} --gemeente brummen")), "{}", run.stderr);
    file
}

#[test]
fn the_template_offers_the_sites_own_lists() {
    let (_tmp, root) = site();
    let file = template(&root, "diensten.xlsx");
    let book: Xlsx<_> = calamine::open_workbook(&file).expect("open");
    assert_eq!(book.sheet_names(), ["Keuzelijsten", "Diensten", "Uitleg"]);

    let headers = &sheet(&file, "Diensten")[0];
    for h in [
        "id",
        "naam",
        "beschrijving",
        "behoefte 1",
        "behoefte 3",
        "soort",
        "wijk 1",
        "telefoon 2",
        "gecontroleerd",
        "postcode",
    ] {
        assert!(headers.contains(&h.to_string()), "{h} in {headers:?}");
    }
    let lists = sheet(&file, "Keuzelijsten");
    let column = |header: &str| -> Vec<String> {
        let at = lists[0].iter().position(|h| h == header).expect("list");
        lists[1..].iter().map(|r| r[at].clone()).filter(|s| !s.is_empty()).collect()
    };
    assert!(column("behoefte").contains(&"Iemand om mee te praten".to_string()));
    assert!(column("soort").contains(&"Inloop".to_string()));
    assert_eq!(column("wijk"), ["Centrum", "Hele gemeente"]);
    assert_eq!(column("kosten").len(), 4);

    // The drop-downs: the list sheet is hidden, and each list column of the services
    // sheet points at its words; several target groups may be typed (a warning only).
    let workbook = part(&file, "xl/workbook.xml");
    assert!(workbook.contains("name=\"Keuzelijsten\"") && workbook.contains("state=\"hidden\""), "{workbook}");
    let services = part(&file, "xl/worksheets/sheet2.xml");
    assert!(services.contains("<formula1>Keuzelijsten!$A$2:$A$"), "{services}");
    assert!(services.contains("errorStyle=\"information\""), "{services}");
    assert!(services.contains("type=\"date\""), "{services}");
    let explained = sheet(&file, "Uitleg");
    assert!(explained.iter().any(|r| r[0] == "gecontroleerd" && r[1].contains("Verplicht")), "{explained:?}");

    // Never over a file that is there, and the same bytes for the same site.
    let before = std::fs::read(&file).expect("read");
    let run = wijkwijzer(&["import", "--template", "diensten.xlsx", "--gemeente", "brummen"], &root);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("diensten.xlsx bestaat al"), "{}", run.stderr);
    assert_eq!(std::fs::read(&file).expect("read"), before);
    std::fs::rename(&file, root.join("eerste.xlsx")).expect("move");
    let again = std::fs::read(template(&root, "diensten.xlsx")).expect("read");
    assert!(again == before, "the template is deterministic");
}

/// A workbook as an editor fills in the template: the template's own headers, the
/// words of its lists, a real date cell, a second location on a row of its own.
fn filled(path: &Path, headers: &[String], rows: &[&[(&str, &str)]]) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Diensten").expect("name");
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string(0, col as u16, h).expect("header");
    }
    let date = Format::new().set_num_format("d-m-yyyy");
    for (r, row) in rows.iter().enumerate() {
        for (header, value) in row.iter() {
            let col = headers.iter().position(|h| h == header).expect("column") as u16;
            let row = r as u32 + 1;
            if *header == "gecontroleerd" {
                let (d, m, y) = (&value[..2], &value[3..5], &value[6..]);
                let when = ExcelDateTime::from_ymd(y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap()).unwrap();
                sheet.write_datetime_with_format(row, col, &when, &date).expect("date");
            } else {
                sheet.write_string(row, col, *value).expect("cell");
            }
        }
    }
    book.save(path).expect("save");
}

/// The row of Inloop De Horst as an editor fills it in, with this description and phone.
fn horst_row(beschrijving: &'static str, telefoon: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("id", "17"),
        ("naam", "Inloop De Horst"),
        ("beschrijving", beschrijving),
        ("behoefte 1", "Iemand om mee te praten"),
        ("behoefte 2", "Werk, dagbesteding en leren"),
        ("soort", "Inloop"),
        ("organisatie", "Stichting Welzijn"),
        ("wijk 1", "Centrum"),
        ("telefoon 1", telefoon),
        ("toegang", "Zonder afspraak of aanmelding"),
        ("kosten", "Gratis"),
        ("doelgroep", "volwassenen, buren"),
        ("gecontroleerd", "01-03-2026"),
        ("locatie", "Buurthuis De Horst"),
        ("adres", "Horstweg 12"),
        ("postcode", "6971 AB"),
        ("plaats", "Brummen"),
    ]
}

#[test]
fn a_filled_in_template_becomes_pages() {
    let (_tmp, root) = site();
    let file = template(&root, "diensten.xlsx");
    let mut headers = sheet(&file, "Diensten")[0].clone();
    headers.push("contactpersoon".to_string());
    let sheet_file = root.join("ingevuld.xlsx");
    filled(
        &sheet_file,
        &headers,
        &[
            &[
                horst_row("Loop binnen voor koffie en een praatje.", "+31 575 123 456"),
                vec![("contactpersoon", "Jan (intern)")],
            ]
            .concat(),
            // One more address, on a copy of the row (the way people add one).
            &[
                ("id", "17"),
                ("naam", "Inloop De Horst"),
                ("soort", "Inloop"),
                ("adres", "Marktplein 1"),
                ("postcode", "6971 CD"),
                ("plaats", "Brummen"),
            ],
            &[
                ("id", "18"),
                ("naam", "Maatje"),
                ("beschrijving", "Een vrijwilliger die met je meegaat."),
                ("behoefte 1", "Iemand om mee te praten"),
                ("soort", "Inloop"),
                ("organisatie", "Stichting Welzijn"),
                ("wijk 1", "Hele gemeente"),
                ("telefoon 1", "12345"),
                ("toegang", "Eerst aanmelden"),
                ("kosten", "Gratis"),
                ("gecontroleerd", "15-09-2026"),
            ],
        ],
    );
    let run = import(&root, &sheet_file, &[]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("nieuw: 2"), "{}", run.stderr);
    // The extra column is named with its count and an example, and kept out of the page.
    assert!(run.stderr.contains("contactpersoon: 1 dienst"), "{}", run.stderr);
    let horst = page(&root, "inloop-de-horst.md");
    for line in [
        "behoeften = [\"praten\", \"werk-dagbesteding\"]",
        "soort = \"inloop\"",
        "wijken = [\"centrum\"]",
        "telefoon = [\"0575 123 456\"]",
        "toegang = \"vrij\"",
        "doelgroep = [\"volwassenen\", \"buren\"]",
        "gecontroleerd = 2026-03-01",
        "adres = \"Marktplein 1\"",
        "id = \"17\"",
    ] {
        assert!(horst.contains(line), "want `{line}`:\n{horst}");
    }
    assert!(!horst.contains("draft") && !horst.contains("Jan (intern)"), "{horst}");
    let maatje = page(&root, "maatje.md");
    assert!(maatje.contains("draft = true") && maatje.contains("wijken = [\"hele-gemeente\"]"), "{maatje}");
    assert!(run.stderr.contains("telefoon:"), "the draft's reason is named: {}", run.stderr);
    let check = wijkwijzer(&["check"], &root);
    assert_eq!(check.code, 0, "drafts are warnings: {}", check.stderr);

    // The same sheet again changes nothing.
    let before = content(&root);
    let run = import(&root, &sheet_file, &[]);
    assert!(run.code == 0 && run.stderr.contains("ongewijzigd: 2"), "{}", run.stderr);
    assert_eq!(content(&root), before);

    // The editors correct the phone on the site; the sheet gets a new description and
    // a new number: the description comes in, the editors' number stays.
    let horst_file = root.join("content/gemeenten/brummen/inloop-de-horst.md");
    std::fs::write(&horst_file, horst.replace("0575 123 456", "0575 765 432")).expect("edit");
    let newer = root.join("nieuwer.xlsx");
    let row = horst_row("Koffie, een praatje en hulp bij formulieren.", "0575 111 000");
    filled(
        &newer,
        &headers,
        &[&row, &[("id", "17"), ("adres", "Marktplein 1"), ("postcode", "6971 CD"), ("plaats", "Brummen")]],
    );
    let run = import(&root, &newer, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("inloop-de-horst.md: door de redactie aangepast en daarom niet overschreven: telefoon"),
        "{}",
        run.stderr
    );
    let horst = page(&root, "inloop-de-horst.md");
    assert!(horst.contains("hulp bij formulieren") && horst.contains("0575 765 432"), "{horst}");
    // Maatje left the sheet: listed, kept; an empty sheet never removes everything.
    assert!(run.stderr.contains("maatje.md: niet meer in de bron"), "{}", run.stderr);
    let empty = root.join("leeg.xlsx");
    filled(&empty, &headers, &[]);
    let before = content(&root);
    let run = import(&root, &empty, &["--remove-missing"]);
    assert!(run.code == 1 && run.stderr.contains("leeg.xlsx heeft geen enkele dienst"), "{}", run.stderr);
    assert_eq!(content(&root), before);
}

#[test]
fn csv_from_a_dutch_spreadsheet_program_is_read_with_a_warning() {
    let (tmp, root) = site();
    // Windows-1252, `;` between cells, a day-first date: what Excel saves as "CSV".
    let csv = tmp.path().join("diensten.csv");
    let text = b"id;naam;beschrijving;behoefte;soort;organisatie;toegang;kosten;gecontroleerd;telefoon\r\n\
        5;Caf\xe9 De Weerd;Een plek om samen te eten.;Iemand om mee te praten;Inloop;Caf\xe9 De Weerd;Zonder afspraak of aanmelding;Gratis;1-3-2026;0575 222 333\r\n";
    std::fs::write(&csv, text).expect("write");
    let run = import(&root, &csv, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("waarschuwing: ") && run.stderr.contains("is niet als UTF-8 opgeslagen"),
        "{}",
        run.stderr
    );
    let cafe = page(&root, "cafe-de-weerd.md");
    assert!(cafe.contains("title = \"Café De Weerd\"") && cafe.contains("gecontroleerd = 2026-03-01"), "{cafe}");
    assert!(!cafe.contains("draft"), "{cafe}");

    // UTF-8 with commas: no warning.
    let utf8 = tmp.path().join("utf8.csv");
    std::fs::write(&utf8, "id,naam,beschrijving,behoefte,soort,organisatie,toegang,kosten,gecontroleerd,telefoon\n6,Eetcafé,Samen eten.,Iemand om mee te praten,Inloop,Eetcafé,Eerst aanmelden,Gratis,2026-03-01,0575 222 444\n").expect("write");
    let run = import(&root, &utf8, &["--bron", "tweede"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("UTF-8"), "{}", run.stderr);
    assert!(page(&root, "eetcafe.md").contains("title = \"Eetcafé\""));

    // "CSV UTF-8" (a byte order mark) with one broken byte: still UTF-8, with a warning.
    let broken = tmp.path().join("kapot.csv");
    let mut bytes =
        b"\xEF\xBB\xBFid;naam;beschrijving;behoefte;soort;organisatie;toegang;kosten;gecontroleerd;telefoon\n".to_vec();
    bytes.extend_from_slice(b"7;Caf\xe9 \xc3\xa9\xc3\xa9n;Samen eten.;Iemand om mee te praten;Inloop;Buurt;Eerst aanmelden;Gratis;2026-03-01;0575 222 555\n");
    std::fs::write(&broken, bytes).expect("write");
    let run = import(&root, &broken, &["--bron", "derde"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("een paar tekens kloppen niet"), "{}", run.stderr);
    assert!(page(&root, "caf-een.md").contains("title = \"Caf\u{fffd} één\""));
}

#[test]
fn spreadsheets_the_import_cannot_trust_are_refused_and_change_nothing() {
    let (tmp, root) = site();
    let before = content(&root);
    let headers = ["id", "naam", "beschrijving", "behoefte"];
    let xlsx = |name: &str, fill: &dyn Fn(&mut rust_xlsxwriter::Worksheet)| -> PathBuf {
        let path = tmp.path().join(name);
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        for (col, h) in headers.iter().enumerate() {
            sheet.write_string(0, col as u16, *h).expect("header");
        }
        fill(sheet);
        book.save(&path).expect("save");
        path
    };
    let write = |name: &str, bytes: &[u8]| {
        let path = tmp.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        path
    };
    let cases: Vec<(PathBuf, &str)> = vec![
        (
            xlsx("samengevoegd.xlsx", &|s| {
                s.write_string(1, 0, "1").expect("id");
                s.merge_range(1, 1, 1, 2, "Inloop", &Format::new()).expect("merge");
            }),
            "blad Sheet1: de cellen B2:C2 zijn samengevoegd",
        ),
        (
            xlsx("formule.xlsx", &|s| {
                s.write_string(1, 0, "1").expect("id");
                s.write_formula(1, 3, Formula::new("=UPPER(B2)")).expect("formula");
            }),
            "blad Sheet1, cel D2: hier staat een formule",
        ),
        (write("geen-id.csv", b"naam;beschrijving\nInloop;Koffie\n"), "de eerste regel heeft geen kolom id"),
        (write("leeg-id.csv", b"id;naam\n1;Inloop\n;Maatje\n"), "leeg-id.csv:3: deze dienst heeft geen id"),
        (
            write("dubbel.csv", b"id;naam\n1;Inloop\n1;Maatje\n"),
            "dubbel.csv:3: deze regel herhaalt id 1 voor nog een adres, maar de kolom naam is anders",
        ),
        (write("kapot.xlsx", b"dit is geen werkmap"), "de import kan dit spreadsheetbestand niet lezen"),
        (write("lijst.ods", b"PK"), "dit soort bestand leest de import niet"),
    ];
    for (file, expect) in cases {
        let run = import(&root, &file, &[]);
        assert_eq!(run.code, 1, "{}: {}", file.display(), run.stderr);
        assert!(run.stderr.contains(expect), "want `{expect}`:\n{}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
    let run = wijkwijzer(&["import", "--template", "diensten.csv", "--gemeente", "brummen"], &root);
    assert!(run.code == 1 && run.stderr.contains("Geef een naam die eindigt op .xlsx"), "{}", run.stderr);
    let run = wijkwijzer(&["import", "--template", "regio.xlsx", "--regio", "regio"], &root);
    assert!(run.code == 1 && run.stderr.contains("(deze site heeft geen regio)"), "{}", run.stderr);
    assert_eq!(content(&root), before, "no bad spreadsheet writes anything");
}
