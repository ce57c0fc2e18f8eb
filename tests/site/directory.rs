//! The support directory (CONTENT.md §2–§6) on a small fixture region: the pages per
//! wijk and need with their counts, a service page in plain Dutch, and the error for
//! each kind of bad entry.

use crate::support::{page, Site, REGION_CONFIG as CONFIG};

fn service(needs: &str, kind: &str, wijken: &str, extra: &str) -> String {
    page(
        &format!(
            "title = \"T\"\ndescription = \"Korte uitleg.\"\n[taxonomies]\nbehoeften = [{needs}]\n[extra.dienst]\nsoort = \"{kind}\"\norganisatie = \"Stichting\"\nwijken = [{wijken}]\ntoegang = \"vrij\"\nkosten = \"gratis\"\ntelefoon = [\"0575 123 456\"]\ngecontroleerd = 2099-01-01\nvoorbeeld = true\n{extra}"
        ),
        "Tekst.",
    )
}

fn region(extra_files: &[(&str, &str)]) -> Site {
    let gemeente = page(
        "title = \"Dorp\"\n[extra.gemeente]\ncode = \"GM9999\"\n[[extra.gemeente.wijken]]\nslug = \"centrum\"\nnaam = \"Centrum\"\npostcodes = [\"7001\"]\n[[extra.gemeente.wijken]]\nslug = \"noord\"\nnaam = \"Noord\"\npostcodes = [\"7002\", \"7003\"]",
        "Over Dorp.",
    );
    let mut files: Vec<(&str, String)> = vec![
        ("config.toml", CONFIG.to_string()),
        ("content/gemeenten/_index.md", page("title = \"Gemeenten\"", "")),
        ("content/gemeenten/dorp/_index.md", gemeente),
        ("content/regio/_index.md", page("title = \"Regio\"\n[extra.regio]\ngemeenten = [\"dorp\"]", "")),
    ];
    for (p, t) in extra_files {
        files.push((p, t.to_string()));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (*a, b.as_str())).collect();
    Site::new(&refs)
}

fn good_region() -> Site {
    region(&[
        (
            "content/gemeenten/dorp/inloop.md",
            &service("\"praten\"", "inloop", "\"centrum\"", "openingstijden = \"Tu,Th 10:00-12:00; Sa[1] 13:00-16:00\"\n[[extra.dienst.locaties]]\nadres = \"Kerkstraat 1\"\npostcode = \"7001 AA\"\nplaats = \"Dorp\"\nwijk = \"centrum\"\ntoegankelijkheid = [\"rolstoel\"]"),
        ),
        ("content/gemeenten/dorp/schuld.md", &service("\"geldzaken\"", "schuldhulp", "\"hele-gemeente\"", "")),
        ("content/gemeenten/dorp/noord.md", &service("\"praten\"", "inloop", "\"noord\"", "")),
        ("content/regio/lijn.md", &service("\"praten\"", "inloop", "\"hele-gemeente\"", "")),
    ])
}

/// The links of a service list, in order.
fn listed(html: &str) -> Vec<String> {
    html.split("<li class=\"dienst\"")
        .skip(1)
        .filter_map(|s| s.split("href=\"").nth(1)?.split('"').next().map(String::from))
        .collect()
}

#[test]
fn wijk_and_need_pages_list_the_right_services_with_counts() {
    let site = good_region();
    site.build();
    let centrum = site.read("gemeenten/dorp/wijk/centrum/index.html");
    let mut links = listed(&centrum);
    links.sort();
    assert_eq!(
        links,
        [
            "https://voorbeeld.nl/gemeenten/dorp/inloop/",
            "https://voorbeeld.nl/gemeenten/dorp/schuld/",
            "https://voorbeeld.nl/regio/lijn/"
        ]
    );
    assert!(centrum.contains("3 plekken"), "{centrum}");
    assert!(!centrum.contains("/gemeenten/dorp/noord/"), "a service of another wijk stays out");
    let noord = site.read("gemeenten/dorp/wijk/noord/index.html");
    assert_eq!(listed(&noord).len(), 3, "noord's own, the whole-municipality one and the region one");

    let praten = site.read("gemeenten/dorp/behoefte/praten/index.html");
    let links = listed(&praten);
    assert_eq!(links.len(), 3, "{links:?}");
    assert!(links.contains(&"https://voorbeeld.nl/regio/lijn/".to_string()), "region services serve the municipality");
    assert!(!links.iter().any(|l| l.contains("schuld")));

    let gemeente = site.read("gemeenten/dorp/index.html");
    assert!(
        gemeente.contains(
            "href=\"https://voorbeeld.nl/gemeenten/dorp/wijk/noord/\">Noord</a> <span class=\"aantal\">(3)</span>"
        ),
        "{gemeente}"
    );
    assert!(gemeente.contains("Geld en schulden</a> <span class=\"aantal\">(1)</span>"));

    let sitemap = site.read("sitemap.xml");
    for path in ["gemeenten/dorp/wijk/noord/", "gemeenten/dorp/behoefte/praten/", "postcode/", "gemeenten/dorp/inloop/"]
    {
        assert!(sitemap.contains(&format!("<loc>https://voorbeeld.nl/{path}</loc>")), "{path} in sitemap");
    }
    // "Mijn lijstje" is empty until a resident fills it: not in the sitemap, not indexed.
    assert!(!sitemap.contains("/lijstje/"));
    assert!(site.read("lijstje/index.html").contains(r#"<meta name="robots" content="noindex">"#));

    let regio_need = site.read("behoeften/praten/index.html");
    assert_eq!(listed(&regio_need).len(), 3);
    assert!(regio_need.contains("<h1>Iemand om mee te praten</h1>"));
}

#[test]
fn service_page_in_plain_dutch() {
    let site = good_region();
    site.build();
    let html = site.read("gemeenten/dorp/inloop/index.html");
    assert!(html.contains("<li>Dinsdag en donderdag 10:00–12:00</li>"), "{html}");
    assert!(html.contains("<li>Eerste zaterdag van de maand 13:00–16:00</li>"));
    assert!(html.contains("<a href=\"tel:0575123456\">0575 123 456</a>"));
    assert!(html.contains("Let op: dit is een voorbeeld."));
    assert!(html.contains("Zonder afspraak of aanmelding"));
    assert!(html.contains("toegankelijk met een rolstoel"));
    assert!(html.contains("href=\"https://voorbeeld.nl/gemeenten/dorp/wijk/centrum/\">Centrum</a>"));
}

fn errors_for(file: &str, text: &str) -> String {
    let site = region(&[(file, text)]);
    let run = site.build_fails();
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run.stderr
}

#[test]
fn unknown_need_kind_and_wijk_with_suggestions() {
    let err = errors_for("content/gemeenten/dorp/x.md", &service("\"praaten\"", "inlooop", "\"centrun\"", ""));
    assert!(err.contains("unknown need `praaten`"), "{err}");
    assert!(err.contains("Did you mean `praten`? Valid values: geldzaken, praten"), "{err}");
    assert!(err.contains("content/gemeenten/dorp/x.md:7:"), "{err}");
    assert!(err.contains("unknown kind of service `inlooop`") && err.contains("Did you mean `inloop`?"), "{err}");
    assert!(err.contains("unknown wijk `centrun`") && err.contains("Did you mean `centrum`?"), "{err}");
    assert!(err.contains("hele-gemeente"), "the valid values are listed: {err}");
}

#[test]
fn bad_fields_each_get_their_own_error() {
    let extra = "email = \"geen-adres\"\nwebsite = \"debrug.nl\"\ntalen = [\"xx\"]\nopeningstijden = \"Tu 10:00-1200\"\ndoelgroep = [\"kinderen\"]\n[[extra.dienst.locaties]]\npostcode = \"7001 aa\"";
    let text = service("\"praten\"", "inloop", "\"centrum\"", extra).replace("0575 123 456", "12345");
    let err = errors_for("content/gemeenten/dorp/x.md", &text);
    for needle in [
        "`12345` is not a Dutch phone number",
        "`geen-adres` is not an e-mail address",
        "`debrug.nl` is not a web address",
        "`xx` is not a two-letter language code (ISO 639-1)",
        "opening hours `Tu 10:00-1200`",
        "unknown target group `kinderen`",
        "`7001 aa` is not a Dutch postcode",
    ] {
        assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
    }
    // The opening hours error points at the character where the syntax breaks.
    assert!(err.contains("content/gemeenten/dorp/x.md:21:"), "{err}");
}

#[test]
fn required_fields_and_services_outside_a_municipality() {
    let text = page("title = \"T\"\n[extra.dienst]\nsoort = \"inloop\"", "");
    let err = errors_for("content/gemeenten/dorp/x.md", &text);
    for needle in [
        "a service needs a description",
        "a service needs at least one need",
        "`organisatie` is missing or empty",
        "`toegang` is missing or empty",
        "`gecontroleerd` is missing or empty",
        "a service needs a way to reach it",
    ] {
        assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
    }
    let err = errors_for("content/los.md", &service("\"praten\"", "inloop", "\"centrum\"", ""));
    assert!(err.contains("this service is not inside the folder of a municipality or region"), "{err}");
}

#[test]
fn stale_entries_warn_and_fail_under_strict() {
    let text = service("\"praten\"", "inloop", "\"centrum\"", "").replace("2099-01-01", "2020-01-01");
    let site = region(&[("content/gemeenten/dorp/x.md", &text)]);
    let run = site.build();
    assert!(
        run.stderr
            .contains("warning[WW0516]: content/gemeenten/dorp/x.md:13:1: this entry was last checked on 2020-01-01"),
        "{}",
        run.stderr
    );
    assert_eq!(site.run(&["check", "--strict"]).code, 1);
}

#[test]
fn municipality_and_wijk_errors() {
    let site = Site::new(&[
        ("config.toml", CONFIG),
        ("content/gemeenten/a/_index.md", &page("title = \"A\"\n[extra.gemeente]\ncode = \"0213\"\n[[extra.gemeente.wijken]]\nslug = \"Oud Centrum\"\nnaam = \"Oud\"\npostcodes = [\"700\"]", "")),
        ("content/gemeenten/b/_index.md", &page("title = \"B\"\n[extra.gemeente]\ncode = \"GM0001\"\n[[extra.gemeente.wijken]]\nslug = \"x\"\nnaam = \"X\"\npostcodes = [\"7001\"]\n[[extra.gemeente.wijken]]\nslug = \"y\"\nnaam = \"Y\"\npostcodes = [\"7001\"]", "")),
        ("content/regio/_index.md", &page("title = \"R\"\n[extra.regio]\ngemeenten = [\"a\", \"c\"]", "")),
    ]);
    let err = site.build_fails().stderr;
    for needle in [
        "`0213` is not a CBS municipality code",
        "wijk slug `Oud Centrum` cannot be used",
        "`700` is not the number part",
        "postcode area 7001 is also in wijk `x`",
        "unknown municipality `c`",
    ] {
        assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
    }
}

#[test]
fn a_content_page_may_not_take_a_directory_address() {
    let site = good_region();
    site.write("content/gemeenten/dorp/wijk/centrum.md", &page("title = \"Centrum\"", ""));
    let err = site.build_fails().stderr;
    assert!(
        err.contains("the address /gemeenten/dorp/wijk/centrum/ is already taken by the page of wijk `centrum`"),
        "{err}"
    );
}

#[test]
fn odd_opening_hours_never_panic() {
    let text = service("\"praten\"", "inloop", "\"centrum\"", "openingstijden = \"Dinsdag é 10–12 ☕\"");
    let err = errors_for("content/gemeenten/dorp/x.md", &text);
    assert!(err.contains("opening hours `Dinsdag é 10–12 ☕`"), "{err}");
}

#[test]
fn service_pages_carry_schema_org_json_ld() {
    let site = good_region();
    site.build();
    let html = site.read("gemeenten/dorp/inloop/index.html");
    let json = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("JSON-LD");
    let v: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(v["@context"], "https://schema.org");
    assert_eq!(v["@type"], "Service");
    assert_eq!(v["url"], "https://voorbeeld.nl/gemeenten/dorp/inloop/");
    assert_eq!(v["provider"]["name"], "Stichting");
    assert_eq!(v["areaServed"][0]["name"], "Centrum, Dorp");
    assert_eq!(v["hoursAvailable"][0]["@type"], "OpeningHoursSpecification");
    assert_eq!(v["hoursAvailable"][0]["dayOfWeek"][1], "https://schema.org/Thursday");
    assert_eq!(v["hoursAvailable"][0]["closes"], "12:00");
    let address = &v["availableChannel"][1]["serviceLocation"]["address"];
    assert_eq!(address["postalCode"], "7001 AA");
    assert_eq!(address["addressCountry"], "NL");
    assert_eq!(v["isAccessibleForFree"], true);
    let region = site.read("regio/lijn/index.html");
    assert!(region.contains("\"areaServed\":[{\"@type\":\"AdministrativeArea\",\"name\":\"Dorp\"}]"), "{region}");
}

fn hsds_schema() -> serde_json::Value {
    crate::hsds_schema()
}

#[test]
fn open_data_export_validates_against_hsds_3() {
    let site = good_region();
    site.write("config.toml", &format!("{CONFIG}[extra.wijkwijzer]\nredactieadres = \"redactie@dorp.nl\"\n"));
    site.build();
    let services: Vec<serde_json::Value> =
        serde_json::from_str(&site.read("open-data/hsds/services.json")).expect("JSON array");
    assert_eq!(services.len(), 4);
    let validator = jsonschema::options().should_validate_formats(true).build(&hsds_schema()).expect("schema compiles");
    for s in &services {
        let errors: Vec<String> = validator.iter_errors(s).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", s["name"]);
    }
    let inloop = services.iter().find(|s| s["url"] == "https://voorbeeld.nl/gemeenten/dorp/inloop/").expect("inloop");
    assert_eq!(inloop["status"], "active");
    assert_eq!(inloop["schedules"][0]["byday"], "TU,TH");
    assert_eq!(inloop["schedules"][0]["opens_at"], "10:00");
    assert_eq!(inloop["schedules"][1]["description"], "eerste zaterdag van de maand 13:00–16:00");
    assert_eq!(inloop["service_at_locations"][0]["location"]["addresses"][0]["postal_code"], "7001 AA");
    assert_eq!(inloop["service_areas"][0]["name"], "Centrum, Dorp");
    // Who checked it, and when: from gecontroleerd and the editors' address.
    assert_eq!(inloop["assured_date"], "2099-01-01");
    assert_eq!(inloop["assurer_email"], "redactie@dorp.nl");

    // A service that fails the schema is caught by this test: the check can fail.
    let mut broken = inloop.clone();
    broken["status"] = serde_json::json!("open");
    broken["id"] = serde_json::json!("not-a-uuid");
    assert!(!validator.is_valid(&broken));

    // The tables say the same as the JSON, and their foreign keys resolve.
    let package: serde_json::Value = serde_json::from_str(&site.read("open-data/hsds/datapackage.json")).unwrap();
    let resources = package["resources"].as_array().unwrap();
    assert!(resources.len() >= 10);
    let services_csv = site.read("open-data/hsds/services.csv");
    let mut rows = csv_rows(&services_csv);
    let header = rows.remove(0);
    assert_eq!(header[0], "id");
    let ids: Vec<&str> = services.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| ids.contains(&r[0].as_str())));
    let phones = csv_rows(&site.read("open-data/hsds/phones.csv"));
    assert!(phones[1..].iter().all(|r| ids.contains(&r[1].as_str())), "phones.service_id points at a service");
    for r in resources {
        let text = site.read(&format!("open-data/hsds/{}", r["path"].as_str().unwrap()));
        let header = &csv_rows(&text)[0];
        let fields: Vec<&str> =
            r["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(header, &fields, "{}", r["name"]);
    }
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn the_editors_address_must_be_an_address() {
    let site = good_region();
    site.write("config.toml", &format!("{CONFIG}[extra.wijkwijzer]\nredactieadres = \"redactie\"\n"));
    let run = site.build_fails();
    assert!(run.stderr.contains("error[WW0512]: config.toml: `redactie` is not an e-mail address"), "{}", run.stderr);
}

#[test]
fn mijn_lijstje_has_a_small_file_per_owner_and_an_id_per_service() {
    let site = good_region();
    site.write(
        "content/gemeenten/dorp/dicht.md",
        &service("\"praten\"", "inloop", "\"noord\"", "status = \"tijdelijk-gesloten\"\ngesloten_tot = 2099-03-31"),
    );
    site.build();
    let dorp: serde_json::Value = serde_json::from_str(&site.read("lijstje/dorp.json")).unwrap();
    let regio: serde_json::Value = serde_json::from_str(&site.read("lijstje/regio.json")).unwrap();
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&dorp), ["dicht", "inloop", "noord", "schuld"]);
    assert_eq!(keys(&regio), ["lijn"]);
    let inloop = &dorp["inloop"];
    assert_eq!(inloop["naam"], "T");
    assert_eq!(inloop["wat"], "Korte uitleg.");
    assert_eq!(inloop["url"], "https://voorbeeld.nl/gemeenten/dorp/inloop/");
    assert_eq!(inloop["telefoon"], serde_json::json!(["0575 123 456"]));
    assert_eq!(inloop["adressen"], serde_json::json!(["Kerkstraat 1, 7001 AA Dorp"]));
    assert_eq!(inloop["tijden"][0], "dinsdag en donderdag 10:00–12:00");
    assert_eq!(inloop["let_op"], serde_json::Value::Null);
    assert_eq!(dorp["dicht"]["let_op"], "Tijdelijk gesloten, tot en met 31 maart 2099");
    assert_eq!(dorp["dicht"]["let_op_tot"], "2099-03-31");
    // Whether it is open, as lists (and search results) show it: day patterns, one
    // character per day for the six weeks the build knows.
    let open = inloop["open"].as_str().unwrap();
    let (patterns, days) = open.split_once(';').unwrap();
    assert!(patterns.split(',').any(|p| p == "600+120"), "{open}");
    assert_eq!(days.len(), 42, "{open}");
    assert_eq!(dorp["schuld"]["open"], serde_json::Value::Null);
    assert_eq!(dorp["dicht"]["open"], serde_json::Value::Null, "closed until 2099: nothing to say");
    assert!(inloop.get("crisis").is_none());
    // Every service in a list and on its page carries its id for the page script.
    let centrum = site.read("gemeenten/dorp/wijk/centrum/index.html");
    for id in ["dorp/inloop", "dorp/schuld", "regio/lijn"] {
        assert!(centrum.contains(&format!("<li class=\"dienst\" data-dienst=\"{id}\">")), "{id}");
    }
    assert!(site
        .read("gemeenten/dorp/inloop/index.html")
        .contains(r#"<article class="dienst-pagina" data-dienst="dorp/inloop">"#));
    // The list page's address is the directory's.
    site.write("content/lijstje.md", &page("title = \"Lijstje\"", ""));
    let err = site.build_fails().stderr;
    assert!(err.contains("the address /lijstje/ is already taken by the \"Mijn lijstje\" page"), "{err}");
}
