//! Every check of the directory (builder/src/directory/validate.rs) with a bad entry
//! that trips it, in TOML and in YAML front matter: each must be reported with its
//! stable code at the exact line and column of what is wrong, and nothing else may be
//! reported for that file. The expected place is where a marker text sits in the file
//! as written, found here without the builder's help.

use std::collections::BTreeMap;

use crate::support::{Site, REGION_CONFIG as CONFIG};

const DIENST_TOML: &str = "+++
title = \"Inloop\"
description = \"Korte uitleg.\"
[taxonomies]
behoeften = [\"praten\"]
[extra.dienst]
soort = \"inloop\"
organisatie = \"Stichting\"
wijken = [\"centrum\"]
toegang = \"vrij\"
kosten = \"gratis\"
telefoon = [\"0575 123 456\"]
gecontroleerd = 2099-01-01
voorbeeld = true
+++
Tekst.
";

const DIENST_YAML: &str = "---
title: Inloop
description: Korte uitleg.
taxonomies:
  behoeften:
    - praten
extra:
  dienst:
    soort: inloop
    organisatie: Stichting
    wijken:
      - centrum
    toegang: vrij
    kosten: gratis
    telefoon:
      - \"0575 123 456\"
    gecontroleerd: 2099-01-01
    voorbeeld: true
---
Tekst.
";

const GEMEENTE_TOML: &str = "+++
title = \"G\"
[extra.gemeente]
code = \"GM9001\"
[[extra.gemeente.wijken]]
slug = \"oost\"
naam = \"Oost\"
postcodes = [\"PC1\"]
[[extra.gemeente.wijken]]
slug = \"west\"
naam = \"West\"
postcodes = [\"PC2\"]
+++
";

const GEMEENTE_YAML: &str = "---
title: G
extra:
  gemeente:
    code: GM9001
    wijken:
      - slug: oost
        naam: Oost
        postcodes: [\"PC1\"]
      - slug: west
        naam: West
        postcodes: [\"PC2\"]
---
";

/// Where a problem must be reported: the `nth` (from 0) place where `text` is written;
/// `None` for a problem with no place in the file.
type At = Option<(&'static str, usize)>;

struct Case {
    /// The file, relative to the site root.
    file: String,
    code: &'static str,
    toml: String,
    yaml: String,
    at_toml: At,
    at_yaml: At,
}

fn edit(base: &str, edits: &[(&str, &str)]) -> String {
    let mut text = base.to_string();
    for (from, to) in edits {
        assert!(text.contains(from), "`{from}` is not in the base file");
        text = text.replacen(from, to, 1);
    }
    text
}

/// A service in `dir` with edits to the TOML and the YAML base file.
fn dienst(
    name: &str,
    code: &'static str,
    toml: &[(&str, &str)],
    yaml: &[(&str, &str)],
    at_toml: At,
    at_yaml: At,
) -> Case {
    dienst_in("content/gemeenten/dorp", name, code, toml, yaml, at_toml, at_yaml)
}

fn dienst_in(
    dir: &str,
    name: &str,
    code: &'static str,
    toml: &[(&str, &str)],
    yaml: &[(&str, &str)],
    at_toml: At,
    at_yaml: At,
) -> Case {
    Case {
        file: format!("{dir}/{name}.md"),
        code,
        toml: edit(DIENST_TOML, toml),
        yaml: edit(DIENST_YAML, yaml),
        at_toml,
        at_yaml,
    }
}

/// A municipality of its own, with postcode areas no other case uses.
fn gemeente(
    n: usize,
    code: &'static str,
    toml: &[(&str, &str)],
    yaml: &[(&str, &str)],
    at_toml: At,
    at_yaml: At,
) -> Case {
    let pcs =
        |base: &str| edit(base, &[("PC1", &format!("{}", 8000 + 10 * n)), ("PC2", &format!("{}", 8001 + 10 * n))]);
    Case {
        file: format!("content/gemeenten/g{n}/_index.md"),
        code,
        toml: edit(&pcs(GEMEENTE_TOML), toml),
        yaml: edit(&pcs(GEMEENTE_YAML), yaml),
        at_toml,
        at_yaml,
    }
}

fn same(text: &'static str) -> (At, At) {
    (Some((text, 0)), Some((text, 0)))
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut d = |name: &str, code: &'static str, toml: &[(&str, &str)], yaml: &[(&str, &str)], at: (At, At)| {
        cases.push(dienst(name, code, toml, yaml, at.0, at.1));
    };
    d(
        "beschrijving-ontbreekt",
        "WW0502",
        &[("description = \"Korte uitleg.\"\n", "")],
        &[("description: Korte uitleg.\n", "")],
        (Some(("+++", 0)), Some(("---", 0))),
    );
    let long = format!("description = \"{}\"", "a".repeat(201));
    let long_yaml = format!("description: {}", "a".repeat(201));
    d(
        "beschrijving-lang",
        "WW0503",
        &[("description = \"Korte uitleg.\"", &long)],
        &[("description: Korte uitleg.", &long_yaml)],
        same("description"),
    );
    d(
        "geen-behoefte",
        "WW0504",
        &[("behoeften = [\"praten\"]", "behoeften = []")],
        &[("  behoeften:\n    - praten", "  behoeften: []")],
        (Some(("[taxonomies]", 0)), Some(("taxonomies", 0))),
    );
    d(
        "onbekende-behoefte",
        "WW0505",
        &[("[\"praten\"]", "[\"praten\", \"praatjes\"]")],
        &[("    - praten", "    - praten\n    - praatjes")],
        same("praatjes"),
    );
    d(
        "onbekende-soort",
        "WW0506",
        &[("\"inloop\"", "\"inlooop\"")],
        &[("soort: inloop", "soort: inlooop")],
        same("inlooop"),
    );
    d(
        "onbekende-wijk",
        "WW0507",
        &[("[\"centrum\"]", "[\"centrum\", \"zuid\"]")],
        &[("      - centrum", "      - centrum\n      - zuid")],
        same("zuid"),
    );
    d(
        "hele-gemeente-en-wijk",
        "WW0508",
        &[("[\"centrum\"]", "[\"hele-gemeente\", \"centrum\"]")],
        &[("      - centrum", "      - hele-gemeente\n      - centrum")],
        same("wijken"),
    );
    d(
        "onbekende-toegang",
        "WW0510",
        &[("toegang = \"vrij\"", "toegang = \"open\"")],
        &[("toegang: vrij", "toegang: open")],
        same("open"),
    );
    d(
        "onbekende-doelgroep",
        "WW0510",
        &[("kosten = \"gratis\"", "kosten = \"gratis\"\ndoelgroep = [\"ouderen\", \"kinderen\"]")],
        &[("    kosten: gratis", "    kosten: gratis\n    doelgroep: [ouderen, kinderen]")],
        same("kinderen"),
    );
    d(
        "telefoon",
        "WW0511",
        &[("[\"0575 123 456\"]", "[\"0575 123 456\", \"12345\"]")],
        &[("      - \"0575 123 456\"", "      - \"0575 123 456\"\n      - \"12345\"")],
        same("12345"),
    );
    d(
        "email",
        "WW0512",
        &[("voorbeeld = true", "voorbeeld = true\nemail = \"geen-adres\"")],
        &[("    voorbeeld: true", "    voorbeeld: true\n    email: geen-adres")],
        same("email"),
    );
    d(
        "website",
        "WW0513",
        &[("voorbeeld = true", "voorbeeld = true\nwebsite = \"www.voorbeeld.nl\"")],
        &[("    voorbeeld: true", "    voorbeeld: true\n    website: www.voorbeeld.nl")],
        same("website"),
    );
    d(
        "taal",
        "WW0514",
        &[("voorbeeld = true", "voorbeeld = true\ntalen = [\"nl\", \"nederlands\"]")],
        &[("    voorbeeld: true", "    voorbeeld: true\n    talen: [nl, nederlands]")],
        same("nederlands"),
    );
    d(
        "openingstijden",
        "WW0515",
        &[("voorbeeld = true", "voorbeeld = true\nopeningstijden = \"Mo-Fr 09:00-17:00; Xx 10:00-12:00\"")],
        &[("    voorbeeld: true", "    voorbeeld: true\n    openingstijden: \"Mo-Fr 09:00-17:00; Xx 10:00-12:00\"")],
        same("Xx"),
    );
    // An unclosed comment ending in a character of two bytes: the problem is the comment's start.
    d(
        "openingstijden-einde",
        "WW0515",
        &[("voorbeeld = true", "voorbeeld = true\nopeningstijden = 'Mo 10:00-12:00 \"op afspraak é'")],
        &[("    voorbeeld: true", "    voorbeeld: true\n    openingstijden: 'Mo 10:00-12:00 \"op afspraak é'")],
        same("\"op"),
    );
    d("oud", "WW0516", &[("2099-01-01", "2020-01-01")], &[("2099-01-01", "2020-01-01")], same("gecontroleerd"));
    let loc = "voorbeeld = true\n[[extra.dienst.locaties]]\nadres = \"Kerkstraat 1\"\npostcode = \"7001 AA\"\nplaats = \"Dorp\"\n[[extra.dienst.locaties]]\nadres = \"Markt 2\"\npostcode = \"7001 A\"\nplaats = \"Dorp\"";
    let loc_yaml = "    voorbeeld: true\n    locaties:\n      - adres: Kerkstraat 1\n        postcode: 7001 AA\n        plaats: Dorp\n      - adres: Markt 2\n        postcode: 7001 A\n        plaats: Dorp";
    d(
        "tweede-locatie",
        "WW0517",
        &[("voorbeeld = true", loc)],
        &[("    voorbeeld: true", loc_yaml)],
        (Some(("postcode", 1)), Some(("postcode", 1))),
    );
    let loc_wijk = "voorbeeld = true\n[[extra.dienst.locaties]]\nadres = \"Kerkstraat 1\"\nwijk = \"zuid\"";
    let loc_wijk_yaml = "    voorbeeld: true\n    locaties:\n      - adres: Kerkstraat 1\n        wijk: zuid";
    d(
        "locatie-wijk",
        "WW0507",
        &[("voorbeeld = true", loc_wijk)],
        &[("    voorbeeld: true", loc_wijk_yaml)],
        same("zuid"),
    );
    let loc_toeg = "voorbeeld = true\n[[extra.dienst.locaties]]\nadres = \"Kerkstraat 1\"\ntoegankelijkheid = [\"rolstoel\", \"lift\"]";
    let loc_toeg_yaml =
        "    voorbeeld: true\n    locaties:\n      - adres: Kerkstraat 1\n        toegankelijkheid: [rolstoel, lift]";
    d(
        "locatie-toegankelijkheid",
        "WW0510",
        &[("voorbeeld = true", loc_toeg)],
        &[("    voorbeeld: true", loc_toeg_yaml)],
        same("lift"),
    );
    d(
        "geen-contact",
        "WW0518",
        &[("telefoon = [\"0575 123 456\"]\n", "")],
        &[("    telefoon:\n      - \"0575 123 456\"\n", "")],
        (Some(("[extra.dienst]", 0)), Some(("dienst", 0))),
    );
    d(
        "onbekend-veld",
        "WW0519",
        &[("voorbeeld = true", "voorbeeld = true\nemial = \"a@b.nl\"")],
        &[("    voorbeeld: true", "    voorbeeld: true\n    emial: a@b.nl")],
        same("emial"),
    );
    d(
        "organisatie-ontbreekt",
        "WW0520",
        &[("organisatie = \"Stichting\"\n", "")],
        &[("    organisatie: Stichting\n", "")],
        (Some(("[extra.dienst]", 0)), Some(("dienst", 0))),
    );
    d(
        "organisatie-getal",
        "WW0521",
        &[("organisatie = \"Stichting\"", "organisatie = 12")],
        &[("organisatie: Stichting", "organisatie: 12")],
        same("organisatie"),
    );
    d(
        "melding-zonder-tekst",
        "WW0522",
        &[("voorbeeld = true", "voorbeeld = true\nmelding_tot = 2099-02-01")],
        &[("    voorbeeld: true", "    voorbeeld: true\n    melding_tot: 2099-02-01")],
        same("melding_tot"),
    );
    d(
        "gesloten-tot-zonder-sluiting",
        "WW0523",
        &[("voorbeeld = true", "voorbeeld = true\ngesloten_tot = 2099-02-01")],
        &[("    voorbeeld: true", "    voorbeeld: true\n    gesloten_tot: 2099-02-01")],
        same("gesloten_tot"),
    );
    d(
        "datum",
        "WW0521",
        &[("gecontroleerd = 2099-01-01", "gecontroleerd = \"gisteren\"")],
        &[("gecontroleerd: 2099-01-01", "gecontroleerd: gisteren")],
        same("gecontroleerd"),
    );

    cases.push(dienst_in(
        "content/elders",
        "buiten",
        "WW0501",
        &[],
        &[],
        Some(("[extra.dienst]", 0)),
        Some(("dienst", 0)),
    ));
    cases.push(dienst_in("content/regio", "regio-wijk", "WW0509", &[], &[], Some(("wijken", 0)), Some(("wijken", 0))));

    let g =
        |n, code, toml: &[(&str, &str)], yaml: &[(&str, &str)], at: (At, At)| gemeente(n, code, toml, yaml, at.0, at.1);
    cases.push(g(1, "WW0401", &[("GM9001", "GM12")], &[("GM9001", "GM12")], same("code")));
    cases.push(g(
        2,
        "WW0402",
        &[("\"west\"", "\"Het Westen\"")],
        &[("slug: west", "slug: Het Westen")],
        (Some(("slug = \"Het", 0)), Some(("slug: Het", 0))),
    ));
    cases.push(g(
        3,
        "WW0403",
        &[("\"west\"", "\"hele-gemeente\"")],
        &[("slug: west", "slug: hele-gemeente")],
        (Some(("slug", 1)), Some(("slug", 1))),
    ));
    cases.push(g(
        4,
        "WW0404",
        &[("\"west\"", "\"oost\"")],
        &[("slug: west", "slug: oost")],
        (Some(("slug", 1)), Some(("slug", 1))),
    ));
    cases.push(g(
        5,
        "WW0405",
        &[("naam = \"West\"", "naam = \"West\"\ncode = \"WK12\"")],
        &[("naam: West", "naam: West\n        code: WK12")],
        (Some(("code = \"WK", 0)), Some(("code: WK", 0))),
    ));
    cases.push(g(
        6,
        "WW0406",
        &[("\"8061\"]", "\"8061\", \"12a4\"]")],
        &[("\"8061\"]", "\"8061\", \"12a4\"]")],
        same("12a4"),
    ));
    cases.push(g(
        7,
        "WW0407",
        &[("\"8071\"]", "\"8071\", \"8070\"]")],
        &[("\"8071\"]", "\"8071\", \"8070\"]")],
        (Some(("8070", 1)), Some(("8070", 1))),
    ));
    cases.push(g(
        8,
        "WW0519",
        &[("naam = \"West\"", "naam = \"West\"\ninwoners = 1200")],
        &[("naam: West", "naam: West\n        inwoners: 1200")],
        same("inwoners"),
    ));
    cases.push(g(
        9,
        "WW0520",
        &[("naam = \"West\"\n", "")],
        &[("        naam: West\n", "")],
        (Some(("[[extra.gemeente.wijken]]", 1)), Some(("slug: west", 0))),
    ));
    cases
}

/// `error[WW0505]: content/x.md:12:3: …` → (file, (code, line, column)).
/// A reported problem: its code, and its line and column when it has a place.
type Reported = (String, Option<(usize, usize)>);

fn reported(stderr: &str) -> BTreeMap<String, Vec<Reported>> {
    let mut out: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for line in stderr.lines() {
        let Some(rest) = line.strip_prefix("error[").or_else(|| line.strip_prefix("warning[")) else { continue };
        let Some((code, rest)) = rest.split_once("]: ") else { continue };
        let Some((place, _message)) = rest.split_once(": ") else { continue };
        let mut parts = place.split(':');
        let file = parts.next().unwrap_or_default().to_string();
        let pos = match (parts.next().and_then(|l| l.parse().ok()), parts.next().and_then(|c| c.parse().ok())) {
            (Some(l), Some(c)) => Some((l, c)),
            _ => None,
        };
        out.entry(file).or_default().push((code.to_string(), pos));
    }
    out
}

/// Line and column (from 1, in characters) of the `nth` place `text` is written.
fn place_of(file: &str, text: &str, nth: usize) -> (usize, usize) {
    let (at, _) = file.match_indices(text).nth(nth).unwrap_or_else(|| panic!("`{text}` #{nth} is not in:\n{file}"));
    let before = &file[..at];
    (before.matches('\n').count() + 1, before.chars().rev().take_while(|c| *c != '\n').count() + 1)
}

fn check_all(yaml: bool) {
    let cases = cases();
    let mut files: Vec<(String, String)> = vec![
        ("config.toml".into(), CONFIG.into()),
        ("content/gemeenten/_index.md".into(), "+++\ntitle = \"Gemeenten\"\n+++\n".into()),
        (
            "content/gemeenten/dorp/_index.md".into(),
            "+++\ntitle = \"Dorp\"\n[extra.gemeente]\ncode = \"GM9999\"\n[[extra.gemeente.wijken]]\nslug = \"centrum\"\nnaam = \"Centrum\"\npostcodes = [\"7001\"]\n+++\n".into(),
        ),
        ("content/regio/_index.md".into(), "+++\ntitle = \"Regio\"\n[extra.regio]\ngemeenten = [\"dorp\", \"stad\"]\n+++\n".into()),
        ("content/elders/_index.md".into(), "+++\ntitle = \"Elders\"\n+++\n".into()),
    ];
    for c in &cases {
        files.push((c.file.clone(), if yaml { c.yaml.clone() } else { c.toml.clone() }));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let site = Site::new(&refs);
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let got = reported(&run.stderr);

    let mut wrong = Vec::new();
    for c in &cases {
        let text = if yaml { &c.yaml } else { &c.toml };
        let at = if yaml { c.at_yaml } else { c.at_toml };
        let want = vec![(c.code.to_string(), at.map(|(t, n)| place_of(text, t, n)))];
        let have = got.get(&c.file).cloned().unwrap_or_default();
        if have != want {
            wrong.push(format!("{}: want {want:?}, reported {have:?}", c.file));
        }
    }
    // The region names an unknown municipality: its own case.
    let regio = got.get("content/regio/_index.md").cloned().unwrap_or_default();
    let regio_file = &files.iter().find(|(f, _)| f == "content/regio/_index.md").expect("regio").1;
    if regio != vec![("WW0408".to_string(), Some(place_of(regio_file, "stad", 0)))] {
        wrong.push(format!("content/regio/_index.md: reported {regio:?}"));
    }
    assert!(wrong.is_empty(), "{}\n\n{}", wrong.join("\n"), run.stderr);
}

#[test]
fn every_directory_check_points_at_the_field_in_toml() {
    check_all(false);
}

#[test]
fn every_directory_check_points_at_the_field_in_yaml() {
    check_all(true);
}

#[test]
fn config_checks_name_config_toml() {
    let config = CONFIG
        .replace("slug = \"praten\"", "slug = \"Praten Samen\"")
        .replace("taxonomies = [{ name = \"behoeften\" }]\n", "");
    let site = Site::new(&[("config.toml", &config), ("content/_index.md", "+++\ntitle = \"Home\"\n+++\n")]);
    let run = site.run(&["check"]);
    let got = reported(&run.stderr);
    let mut codes: Vec<String> =
        got.get("config.toml").cloned().unwrap_or_default().into_iter().map(|(c, _)| c).collect();
    codes.sort();
    assert_eq!(codes, ["WW0109", "WW0110"], "{}", run.stderr);
}

/// Help lines: a wrong number, no source, a check more than 12 months ago (a warning;
/// an error under --strict), each at its place in config.toml.
#[test]
fn help_lines_say_where_and_when_they_were_checked() {
    let lines = "\n[[extra.hulplijnen]]\nnaam = \"113 Zelfmoordpreventie\"\nnummer = \"113\"\nwanneer = \"Bel 113.\"\nbron = \"https://www.113.nl/\"\ngecontroleerd = 2020-01-01\n\n[[extra.hulplijnen]]\nnaam = \"Fout\"\nnummer = \"12345\"\nwanneer = \"Bel.\"\nbron = \"https://voorbeeld.nl/\"\ngecontroleerd = 2099-01-01\n\n[[extra.hulplijnen]]\nnaam = \"Zonder bron\"\nnummer = \"0800-2000\"\nwanneer = \"Bel.\"\ngecontroleerd = 2099-01-01\n\n[[extra.hulplijnen]]\nnaam = \"Huisarts\"\nwanneer = \"Bel je huisarts.\"\n";
    let config = format!("{CONFIG}{lines}");
    let site = Site::new(&[("config.toml", &config), ("content/_index.md", "+++\ntitle = \"Home\"\n+++\n")]);
    let run = site.run(&["check"]);
    let got = reported(&run.stderr).remove("config.toml").unwrap_or_default();
    let want = vec![
        ("WW0112".to_string(), Some(place_of(&config, "gecontroleerd = 2020", 0))),
        ("WW0511".to_string(), Some(place_of(&config, "nummer = \"12345\"", 0))),
        ("WW0111".to_string(), Some(place_of(&config, "[[extra.hulplijnen]]\nnaam = \"Zonder", 0))),
    ];
    let mut got_sorted = got.clone();
    got_sorted.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(got_sorted, want_sorted, "{}", run.stderr);
    assert!(run.stderr.contains("warning[WW0112]"), "a stale check is a warning: {}", run.stderr);
    let strict = site.run(&["check", "--strict"]);
    assert!(strict.stderr.contains("error[WW0112]"), "{}", strict.stderr);
}

/// A taxonomy's paginate_path is found inside the inline table that sets it.
#[test]
fn taxonomy_problems_point_into_the_list() {
    let config = "base_url = \"https://voorbeeld.nl\"\ntitle = \"T\"\ntaxonomies = [{ name = \"tags\" }, { name = \"behoeften\", paginate_path = \"Pagina Twee\" }]\n";
    let site = Site::new(&[("config.toml", config), ("content/_index.md", "+++\ntitle = \"Home\"\n+++\n")]);
    let run = site.run(&["check"]);
    let got = reported(&run.stderr).remove("config.toml").unwrap_or_default();
    assert_eq!(got, vec![("WW0105".to_string(), Some(place_of(config, "paginate_path", 0)))], "{}", run.stderr);
}
