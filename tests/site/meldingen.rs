//! Something different (issue 14): a notice (`melding`, until `melding_tot`) and a
//! temporary closure until its last day (`gesloten_tot`), on the service page and on
//! every list that shows services, in the open data (HSDS `alert`, `status`) and in
//! JSON-LD; gone at the first build after their last day. The build's "today" is
//! injected (SOURCE_DATE_EPOCH: 2026-12-01), never read from the clock.

use crate::support::{cli, Site, REGION_CONFIG};

const GEMEENTE: &str = "+++
title = \"Dorp\"
[extra.gemeente]
code = \"GM9001\"
[[extra.gemeente.wijken]]
slug = \"oost\"
naam = \"Oost\"
postcodes = [\"7001\"]
+++
";

fn dienst(title: &str, extra: &str) -> String {
    format!(
        "+++
title = \"{title}\"
description = \"Koffie en een praatje.\"
[taxonomies]
behoeften = [\"praten\"]
[extra.dienst]
soort = \"inloop\"
organisatie = \"Stichting\"
wijken = [\"oost\"]
toegang = \"vrij\"
kosten = \"gratis\"
telefoon = [\"0575 123 456\"]
gecontroleerd = 2026-11-01
{extra}
+++
Tekst.
"
    )
}

fn site() -> Site {
    Site::new(&[
        ("config.toml", REGION_CONFIG),
        ("content/gemeenten/dorp/_index.md", GEMEENTE),
        (
            "content/gemeenten/dorp/kerst.md",
            &dienst("Inloop Kerst", "melding = \"Dicht in de kerstvakantie.\"\nmelding_tot = 2027-01-01"),
        ),
        (
            "content/gemeenten/dorp/wachtlijst.md",
            &dienst("Inloop Wachtlijst", "melding = \"Er is een wachtlijst van zes weken.\""),
        ),
        (
            "content/gemeenten/dorp/oud.md",
            &dienst("Inloop Oud", "melding = \"Verhuisd naar de Markt.\"\nmelding_tot = 2026-11-30"),
        ),
        (
            "content/gemeenten/dorp/verbouwing.md",
            &dienst("Inloop Verbouwing", "status = \"tijdelijk-gesloten\"\ngesloten_tot = 2027-03-31"),
        ),
        (
            "content/gemeenten/dorp/weer-open.md",
            &dienst("Inloop Weer Open", "status = \"tijdelijk-gesloten\"\ngesloten_tot = 2026-11-30"),
        ),
        // The successor of a service that merged into it takes over its address.
        (
            "content/gemeenten/dorp/opvolger.md",
            &dienst("Inloop Samen", "")
                .replace("+++\ntitle", "+++\naliases = [\"/gemeenten/dorp/inloop-oud/\"]\ntitle"),
        ),
    ])
}

fn build(site: &Site) {
    let run = cli(&["build", "--root", site.root().to_str().expect("utf-8")], site.root());
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn notices_and_closures_show_until_their_last_day() {
    let site = site();
    build(&site);
    let page = |name: &str| site.read(&format!("gemeenten/dorp/{name}/index.html"));

    let kerst = page("kerst");
    assert!(kerst.contains(r#"<p class="melding" role="note" data-tot="2027-01-01"><strong>Let op:</strong> Dicht in de kerstvakantie.</p>"#), "{kerst}");
    // The page hides it on the day after, without a new build: the page script, once.
    assert_eq!(kerst.matches("wijkwijzer.js").count(), 1, "{kerst}");
    let wachtlijst = page("wachtlijst");
    assert!(wachtlijst.contains(
        r#"<p class="melding" role="note"><strong>Let op:</strong> Er is een wachtlijst van zes weken.</p>"#
    ));
    assert!(!page("oud").contains("Verhuisd"), "an expired notice is gone at the next build");
    let verbouwing = page("verbouwing");
    assert!(
        verbouwing
            .contains(r#"data-tot="2027-03-31"><strong>Tijdelijk gesloten</strong>, tot en met 31 maart 2027.</p>"#),
        "{verbouwing}"
    );
    let weer_open = page("weer-open");
    assert!(!weer_open.contains("gesloten") && !weer_open.contains("Gesloten"), "a closure that ended is not shown");

    // Every list that shows services: the municipality, the wijk and the need.
    for list in [
        "gemeenten/dorp/index.html",
        "gemeenten/dorp/wijk/oost/index.html",
        "gemeenten/dorp/behoefte/praten/index.html",
    ] {
        let html = site.read(list);
        assert!(html.contains(r#"<p class="klein melding" data-tot="2027-01-01"><strong>Let op:</strong> Dicht in de kerstvakantie.</p>"#), "{list}");
        assert!(html.contains("Er is een wachtlijst van zes weken."), "{list}");
        assert!(html.contains(r#"<p class="klein let-op-kort" data-tot="2027-03-31"><strong>Tijdelijk gesloten</strong>, tot en met 31 maart 2027</p>"#), "{list}");
        assert!(!html.contains("Verhuisd"), "{list}");
        assert_eq!(html.matches("Tijdelijk gesloten").count(), 1, "{list}");
        assert_eq!(html.matches("wijkwijzer.js").count(), 1, "{list}");
    }

    let redirect = site.read("gemeenten/dorp/inloop-oud/index.html");
    assert!(
        redirect.contains(r#"<link rel="canonical" href="https://voorbeeld.nl/gemeenten/dorp/opvolger/">"#),
        "{redirect}"
    );

    // Open data: HSDS `alert` and `status`; JSON-LD closed through the last day.
    let feed: serde_json::Value = serde_json::from_str(&site.read("open-data/hsds/services.json")).expect("json");
    let by_name = |name: &str| feed.as_array().expect("list").iter().find(|s| s["name"] == name).cloned().expect(name);
    assert_eq!(by_name("Inloop Kerst")["alert"], "Dicht in de kerstvakantie.");
    assert_eq!(by_name("Inloop Verbouwing")["status"], "temporarily closed");
    assert!(by_name("Inloop Verbouwing").get("alert").is_none(), "HSDS has no field for the last day");
    assert_eq!(by_name("Inloop Weer Open")["status"], "active");
    assert!(by_name("Inloop Oud").get("alert").is_none() && by_name("Inloop Weer Open").get("alert").is_none());
    assert!(site.read("open-data/hsds/services.csv").contains(",active,Dicht in de kerstvakantie.,"));
    let jsonld =
        verbouwing.split("application/ld+json\">").nth(1).and_then(|s| s.split("</script>").next()).expect("json-ld");
    let jsonld: serde_json::Value = serde_json::from_str(jsonld).expect("json-ld");
    let hours = jsonld["hoursAvailable"].as_array().expect("hours");
    assert!(hours.contains(&serde_json::json!({ "@type": "OpeningHoursSpecification", "opens": "00:00", "closes": "00:00", "validThrough": "2027-03-31" })));
    // A notice is a SpecialAnnouncement about the service, with its last day.
    let ld = |html: &str| -> serde_json::Value {
        let text =
            html.split("application/ld+json\">").nth(1).and_then(|s| s.split("</script>").next()).expect("json-ld");
        serde_json::from_str(text).expect("json-ld")
    };
    assert_eq!(
        ld(&kerst)["subjectOf"],
        serde_json::json!({ "@type": "SpecialAnnouncement", "text": "Dicht in de kerstvakantie.", "expires": "2027-01-01T23:59:59+01:00" })
    );
    assert_eq!(ld(&wachtlijst)["subjectOf"]["text"], "Er is een wachtlijst van zes weken.");
    assert!(ld(&wachtlijst)["subjectOf"].get("expires").is_none());
    assert!(jsonld.get("subjectOf").is_none(), "no notice, no announcement");
}

#[test]
fn a_notice_that_does_not_fit_one_line_is_refused() {
    let site = site();
    site.write(
        "content/gemeenten/dorp/lang.md",
        &dienst("Inloop Lang", &format!("melding = \"{}\"", "Lang. ".repeat(40))),
    );
    let run = cli(&["check", "--root", site.root().to_str().expect("utf-8")], site.root());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("WW0522") && run.stderr.contains("De melding heeft 239 tekens"), "{}", run.stderr);
}

#[test]
fn the_quick_exit_settings_are_checked_at_their_line() {
    for (table, needle) in [
        ("adres = \"http://www.knmi.nl/\"", "geen webadres met https://"),
        ("behoeften = [\"relaties\"]", "noemt het onderwerp \"relaties\""),
        ("knop = true", "heeft geen instelling \"knop\""),
    ] {
        let site = Site::new(&[("config.toml", &format!("{REGION_CONFIG}[extra.wijkwijzer.snel_weg]\n{table}\n"))]);
        let run = cli(&["check", "--root", site.root().to_str().expect("utf-8")], site.root());
        assert_eq!(run.code, 1, "{table}: {}", run.stderr);
        assert!(run.stderr.contains("WW0114"), "{table}: {}", run.stderr);
        assert!(run.stderr.contains(needle), "{table}: {}", run.stderr);
        let line = REGION_CONFIG.lines().count() + 2;
        assert!(run.stderr.contains(&format!("config.toml:{line}")), "{table}: {}", run.stderr);
    }
}
