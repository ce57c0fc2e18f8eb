//! The example region in `content/`, as the README serves it: it passes the strict
//! check, every need and every wijk has services, and its open data is valid HSDS.

use std::path::Path;
use std::process::Command;

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// The example region built on its fixed day (2026-12-01) into a fresh folder: the folder
/// (removed when dropped) and the site in it.
fn build_example() -> (tempfile::TempDir, std::path::PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let build = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["build", "--root"])
        .arg(repo())
        .arg("--output-dir")
        .arg(&site)
        .env("SOURCE_DATE_EPOCH", "1796083200")
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    (out, site)
}

#[test]
fn example_region_builds_strictly_and_its_open_data_is_valid() {
    // The example's entries and help lines carry the day they were checked, and a check
    // older than 12 months fails --strict. The day is fixed here (2026-12-01) so this test
    // does not start failing as they age; the example's dates need a yearly refresh.
    let check = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["check", "--strict", "--root"])
        .arg(repo())
        .env("SOURCE_DATE_EPOCH", "1796083200")
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));

    let (_out, site) = build_example();

    let services: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(site.join("open-data/hsds/services.json")).unwrap()).unwrap();
    assert!(services.len() >= 80, "at least 80 services, found {}", services.len());
    let schema = crate::hsds_schema();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
    for s in &services {
        let errors: Vec<String> = validator.iter_errors(s).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", s["name"]);
    }

    // Every need has at least three services in the region.
    let config: toml::Table = toml::from_str(&std::fs::read_to_string(repo().join("config.toml")).unwrap()).unwrap();
    for need in config["extra"]["behoeften"].as_array().unwrap() {
        let slug = need["slug"].as_str().unwrap();
        let html = std::fs::read_to_string(site.join(format!("behoeften/{slug}/index.html"))).unwrap();
        let count = html.matches("<li class=\"dienst\"").count();
        assert!(count >= 3, "need {slug} has {count} services");
    }
    // Every wijk page lists services.
    let mut wijken = 0;
    for entry in walkdir::WalkDir::new(site.join("gemeenten")).into_iter().flatten() {
        let p = entry.path();
        if p.file_name().is_some_and(|n| n == "index.html")
            && p.parent().and_then(|d| d.parent()).is_some_and(|d| d.ends_with("wijk"))
        {
            wijken += 1;
            let html = std::fs::read_to_string(p).unwrap();
            assert!(html.contains("<li class=\"dienst\""), "{} lists no service", p.display());
        }
    }
    assert!(wijken >= 16, "4 municipalities with 4–8 wijken each, found {wijken}");
}

/// Every page a resident reads is plain Dutch (B1) by the measure in the repo. The
/// English pages are held to the same measure of sentence and word length.
#[test]
fn every_example_page_is_plain_dutch() {
    let mut measured = 0;
    for entry in walkdir::WalkDir::new(repo().join("content")).into_iter().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let split = wijkwijzer::content::front_matter::split(&text).expect("front matter");
        let stats = wijkwijzer::readability::measure(&text[split.body_start..]);
        assert!(
            stats.is_plain(),
            "{}: {stats:?}, average {:.1} words per sentence, {:.0}% long words",
            path.display(),
            stats.average_sentence(),
            stats.long_word_share() * 100.0
        );
        measured += 1;
    }
    assert!(measured > 100, "measured {measured} pages");

    let run =
        Command::new(env!("CARGO_BIN_EXE_wijkwijzer")).args(["leesbaarheid", "--root"]).arg(repo()).output().unwrap();
    assert!(run.status.success());
    assert!(String::from_utf8_lossy(&run.stdout).contains("content/beschermd-thuis/wat-is-het.md"));
}

/// The tool says no to a page that is not plain.
#[test]
fn leesbaarheid_flags_hard_pages() {
    let site = crate::support::Site::new(&[(
        "content/a.md",
        "+++\ntitle = \"A\"\n+++\nIn het kader van de doorontwikkeling van het ondersteuningscontinuüm wordt door de centrumgemeente in samenwerking met de regiogemeenten een integrale benadering gehanteerd.\n",
    )]);
    let run = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["leesbaarheid", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stdout).contains("te moeilijk"));
}

/// Each page loads only the theme files it uses: a resident on prepaid data pays for the
/// list page's code on the list page, and for Snel weg only where it is.
#[test]
fn each_page_loads_only_the_scripts_it_uses() {
    let (_out, site) = build_example();
    let loads = |page: &str| {
        let html = std::fs::read_to_string(site.join(page).join("index.html")).unwrap();
        ["wijkwijzer.js", "snel-weg.js", "lijstje-bestanden.js", "lijstje-pagina.js", "lijstje-pagina.css"]
            .into_iter()
            .filter(|f| html.contains(&format!("/{f}\"")))
            .collect::<Vec<_>>()
    };
    assert_eq!(loads("gemeenten/lindewaard"), ["wijkwijzer.js"]);
    assert_eq!(loads(""), ["wijkwijzer.js"]);
    assert_eq!(loads("gemeenten/lindewaard/praatgroep-veilig-verder"), ["wijkwijzer.js", "snel-weg.js"]);
    assert_eq!(loads("behoeften/relaties-veiligheid"), ["wijkwijzer.js", "snel-weg.js"]);
    assert_eq!(loads("zoeken"), ["wijkwijzer.js", "lijstje-bestanden.js"]);
    assert_eq!(loads("lijstje"), ["wijkwijzer.js", "lijstje-pagina.js", "lijstje-pagina.css"]);
    for file in ["snel-weg.js", "lijstje-bestanden.js", "lijstje-pagina.js", "lijstje-pagina.css"] {
        assert!(site.join(file).is_file(), "{file} is in the site");
    }

    // The offline worker keeps the crisis page, the offline page and the stylesheet; the
    // offline page is for the worker only: not in the sitemap, not for search engines.
    let worker = std::fs::read_to_string(site.join("sw.js")).unwrap();
    assert!(worker.contains(r#"var VOORAF = ["https://www.example-regio.nl/nu-hulp/","https://www.example-regio.nl/offline/","https://www.example-regio.nl/wijkwijzer.css"];"#), "{worker}");
    let offline = std::fs::read_to_string(site.join("offline/index.html")).unwrap();
    assert!(
        offline.contains(r#"<meta name="robots" content="noindex">"#) && offline.contains("<h1>Geen internet</h1>")
    );
    assert!(!std::fs::read_to_string(site.join("sitemap.xml")).unwrap().contains("/offline/"));
    // Registered from every page but those with Snel weg: one visit there leaves no site data.
    let registers =
        |page: &str| std::fs::read_to_string(site.join(page).join("index.html")).unwrap().contains("data-offline=");
    assert!(registers("") && registers("gemeenten/lindewaard"));
    assert!(!registers("gemeenten/lindewaard/praatgroep-veilig-verder") && !registers("behoeften/relaties-veiligheid"));
}
