//! `wijkwijzer import`: a feed written the way another producer writes HSDS 3.0, the
//! mapping-file flow, re-imports that never clobber an editor's work, `--dry-run`, and
//! bad input that changes nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::{cli as wijkwijzer, Cli as Out};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/import").join(name)
}

/// A new site for Brummen with one wijk, Centrum (postcode area 6971).
pub fn site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let csv = tmp.path().join("wijken.csv");
    std::fs::write(&csv, "slug,naam,code,postcodes\ncentrum,Centrum,WK021300,6971\n").expect("csv");
    let run = wijkwijzer(
        &["init", "site", "--gemeente", "Brummen", "--code", "GM0213", "--wijken", csv.to_str().expect("utf-8")],
        tmp.path(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let root = tmp.path().join("site");
    (tmp, root)
}

/// Every file of the site's content with its text, to see that nothing changed.
pub fn content(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(root).expect("inside").to_path_buf(), std::fs::read(e.path()).expect("read")))
        .collect()
}

fn import(root: &Path, feed: &Path, extra: &[&str]) -> Out {
    let mut args = vec!["import", feed.to_str().expect("utf-8"), "--gemeente", "brummen"];
    args.extend_from_slice(extra);
    wijkwijzer(&args, root)
}

fn page(root: &Path, name: &str) -> String {
    std::fs::read_to_string(root.join("content/gemeenten/brummen").join(name)).expect("page")
}

#[test]
fn a_foreign_feed_asks_for_a_mapping_then_imports_with_a_full_report() {
    let (_tmp, root) = site();
    let feed = fixture("foreign-hsds.json");
    let before = content(&root);

    // Without a mapping: a mapping file to fill in on standard output, nothing written.
    let run = import(&root, &feed, &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(content(&root), before, "nothing is written without a mapping");
    for line in [
        "[termen]",
        "\"Mental Health Support\" = \"\"  # 2 diensten",
        "\"Drop-in Centre\" = \"\"  # 1 dienst",
        "[gebieden]",
        "\"Whole municipality\" = \"\"  # 1 dienst",
        "\"Walk in\" = \"\"  # 2 diensten",
        "# Kies uit: vrij, aanmelden, verwijzing, wmo-beschikking.",
    ] {
        assert!(run.stdout.contains(line), "missing `{line}` in:\n{}", run.stdout);
    }
    assert!(toml::from_str::<toml::Table>(&run.stdout).is_ok(), "the skeleton is TOML:\n{}", run.stdout);
    assert!(run.stderr.contains("10 woorden die nog nergens aan gekoppeld zijn"), "{}", run.stderr);

    // With the mapping: three pages, and every source field that has no place named.
    let mapping = fixture("foreign-mapping.toml");
    let run = import(&root, &feed, &["--mapping", mapping.to_str().expect("utf-8")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("nieuw: 3"), "{}", run.stderr);
    for field in [
        "alternate_name: 1 dienst, bijvoorbeeld \"De Brug\"",
        "contacts: 1 dienst",
        "interpretation_services: 1 dienst",
        "metadata: 1 dienst",
        "organization.legal_status: 1 dienst, bijvoorbeeld \"foundation\"",
        "phones[].type: 1 dienst, bijvoorbeeld \"voice\"",
        "schedules[].description: 1 dienst, bijvoorbeeld \"Every first Saturday of the month\"",
        "service_at_locations[].location.latitude: 1 dienst",
    ] {
        assert!(run.stderr.contains(field), "report misses `{field}`:\n{}", run.stderr);
    }
    let brug = page(&root, "inloophuis-de-brug.md");
    for line in [
        "behoeften = [\"praten\", \"psychische-klachten\"]",
        "soort = \"inloop\"",
        "wijken = [\"centrum\"]",
        "telefoon = [\"0575 123 456\"]",
        "openingstijden = \"Mo,Tu,Th 10:00-16:00\"",
        "gecontroleerd = 2026-09-14",
        "wijk = \"centrum\"",
        "toegankelijkheid = [\"rolstoel\"]",
        "id = \"urn:sociale-kaart:svc:101\"",
    ] {
        assert!(brug.contains(line), "missing `{line}` in:\n{brug}");
    }
    assert!(!brug.contains("draft") && !brug.contains("j.jansen"), "{brug}");
    // A number id, an international number, the whole municipality; no check date: draft.
    let coaching = page(&root, "budget-coaching.md");
    assert!(coaching.contains("telefoon = [\"0575 999 888\"]") && coaching.contains("wijken = [\"hele-gemeente\"]"));
    assert!(coaching.contains("draft = true") && coaching.contains("id = \"102\""), "{coaching}");
    let peer = page(&root, "peer-support-group.md");
    assert!(peer.contains("telefoon = [\"12345\"]") && peer.contains("draft = true"), "kept as written: {peer}");
    assert!(run.stderr.contains("telefoon: `12345` is geen Nederlands telefoonnummer"), "{}", run.stderr);

    // check: the drafts are warnings, also under --strict; the rest passes and builds.
    let check = wijkwijzer(&["check", "--strict"], &root);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(check.stderr.matches("waarschuwing[WW0601]").count(), 2, "{}", check.stderr);
    assert!(check.stderr.contains("geen fouten, 2 waarschuwingen"), "{}", check.stderr);
    let build = wijkwijzer(&["build"], &root);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let built = std::fs::read_to_string(root.join("public/gemeenten/brummen/inloophuis-de-brug/index.html"))
        .expect("the imported service is on the site");
    assert!(built.contains("Inloophuis De Brug") && built.contains("0575 123 456"));
    assert!(!root.join("public/gemeenten/brummen/peer-support-group/index.html").exists(), "a draft is not");

    // report: the drafts after the services, each with why.
    let report = wijkwijzer(&["report"], &root);
    assert_eq!(report.code, 0, "{}", report.stderr);
    assert!(
        report.stdout.contains("2 diensten uit een import staan als concept en nog niet op de site:"),
        "{}",
        report.stdout
    );
    assert!(
        report.stdout.contains("- content/gemeenten/brummen/peer-support-group.md: deze dienst is als concept")
            && report.stdout.contains("`12345` is geen Nederlands telefoonnummer"),
        "{}",
        report.stdout
    );
    let md = wijkwijzer(&["report", "--format", "md"], &root);
    assert!(md.stdout.contains("## 2 diensten uit een import staan als concept"), "{}", md.stdout);
}

#[test]
fn re_imports_update_untouched_pages_and_never_an_editors_work() {
    let (_tmp, root) = site();
    let mapping = fixture("foreign-mapping.toml");
    let m = ["--mapping", mapping.to_str().expect("utf-8")];
    assert_eq!(import(&root, &fixture("foreign-hsds.json"), &m).code, 0);

    // The same feed again: nothing changes.
    let before = content(&root);
    let run = import(&root, &fixture("foreign-hsds.json"), &m);
    assert!(run.stderr.contains("ongewijzigd: 3"), "{}", run.stderr);
    assert_eq!(content(&root), before);

    // The source moves De Brug; the editors changed the peer group's page by hand.
    let tmp = tempfile::tempdir().expect("temp");
    let moved = tmp.path().join("feed.json");
    let feed = std::fs::read_to_string(fixture("foreign-hsds.json")).expect("feed");
    std::fs::write(&moved, feed.replace("Kerkstraat 1", "Kerkstraat 3").replace("\"12345\"", "\"0575 111 222\""))
        .expect("write");
    let peer_file = root.join("content/gemeenten/brummen/peer-support-group.md");
    let edited = page(&root, "peer-support-group.md")
        .replace("telefoon = [\"12345\"]", "telefoon = [\"0575 222 333\"]")
        + "Elke eerste zaterdag van de maand.\n";
    std::fs::write(&peer_file, &edited).expect("edit");

    // --dry-run: the diff, nothing written.
    let before = content(&root);
    let run = import(&root, &moved, &[&m[..], &["--dry-run"]].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("-adres = \"Kerkstraat 1\"") && run.stdout.contains("+adres = \"Kerkstraat 3\""));
    assert!(run.stdout.contains("+++ b/content/gemeenten/brummen/inloophuis-de-brug.md"), "{}", run.stdout);
    assert_eq!(content(&root), before, "--dry-run writes nothing");

    // The source's new values go in field by field; the number the editors changed
    // stays theirs, and so does their text. The source's number is valid now, so the
    // page is no longer a draft.
    let run = import(&root, &moved, &m);
    assert!(run.stderr.contains("bijgewerkt: 2"), "{}", run.stderr);
    assert!(
        run.stderr.contains("peer-support-group.md: door de redactie aangepast en daarom niet overschreven: telefoon"),
        "{}",
        run.stderr
    );
    assert!(page(&root, "inloophuis-de-brug.md").contains("Kerkstraat 3"));
    let peer = page(&root, "peer-support-group.md");
    assert!(peer.contains("telefoon = [\"0575 222 333\"]") && !peer.contains("draft"), "{peer}");
    assert!(peer.ends_with("Elke eerste zaterdag van de maand.\n"), "{peer}");
    // The same feed again: the editors' number is still theirs, and nothing is said.
    let run = import(&root, &moved, &m);
    assert!(run.stderr.contains("ongewijzigd: 3") && !run.stderr.contains("niet overschreven"), "{}", run.stderr);
    assert_eq!(page(&root, "peer-support-group.md"), peer);

    // --force takes the source's fields, and still keeps the editors' text.
    let run = import(&root, &moved, &[&m[..], &["--force"]].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let peer = page(&root, "peer-support-group.md");
    assert!(peer.contains("telefoon = [\"0575 111 222\"]") && peer.ends_with("Elke eerste zaterdag van de maand.\n"));
    assert!(!peer.contains("draft = true"), "the number is right now, so no draft: {peer}");

    // A service that left the source: listed and kept, removed only when asked.
    let one = tmp.path().join("one.json");
    let list: Vec<serde_json::Value> = serde_json::from_str(&feed).expect("json");
    std::fs::write(&one, serde_json::to_string(&list[..1]).expect("json")).expect("write");
    let run = import(&root, &one, &m);
    assert!(run.stderr.contains("niet meer in de bron, blijven staan: 2"), "{}", run.stderr);
    assert!(peer_file.exists());
    // --remove-missing removes what nobody edited; the edited page only with --force too.
    let coaching = root.join("content/gemeenten/brummen/budget-coaching.md");
    std::fs::write(&peer_file, page(&root, "peer-support-group.md") + "Nog een zin van de redactie.\n").expect("edit");
    let run = import(&root, &one, &[&m[..], &["--remove-missing"]].concat());
    assert!(run.stderr.contains("weggehaald: 1") && run.stderr.contains("blijven staan: 1"), "{}", run.stderr);
    assert!(!coaching.exists() && peer_file.exists());
    let run = import(&root, &one, &[&m[..], &["--remove-missing", "--force"]].concat());
    assert!(run.stderr.contains("weggehaald: 1"), "{}", run.stderr);
    assert!(!peer_file.exists() && root.join("content/gemeenten/brummen/inloophuis-de-brug.md").exists());
}

#[test]
fn bewaar_bron_keeps_the_unmapped_fields_out_of_sight() {
    let (_tmp, root) = site();
    let mapping = fixture("foreign-mapping.toml");
    let run =
        import(&root, &fixture("foreign-hsds.json"), &["--mapping", mapping.to_str().expect("utf-8"), "--bewaar-bron"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let brug = page(&root, "inloophuis-de-brug.md");
    assert!(brug.contains("[extra.bron]") && brug.contains("alternate_name = \"De Brug\""), "{brug}");
    assert_eq!(wijkwijzer(&["build"], &root).code, 0);
    let html = std::fs::read_to_string(root.join("public/gemeenten/brummen/inloophuis-de-brug/index.html")).unwrap();
    assert!(!html.contains("j.jansen") && !html.contains("Volunteers speak Turkish"), "never shown to residents");
}

#[test]
fn bad_input_is_named_and_changes_nothing() {
    let (tmp, root) = site();
    let before = content(&root);
    let write = |name: &str, bytes: &[u8]| {
        let path = tmp.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        path
    };
    let mapping = fixture("foreign-mapping.toml");
    let m = ["--mapping", mapping.to_str().expect("utf-8")];
    let cases: Vec<(PathBuf, &[&str], &str)> = vec![
        (
            write("kapot.json", b"[\n  { \"id\": \"1\", \"name\": \"x\" },\n  { \"id\": \n]"),
            &m,
            "kapot.json, regel 4, kolom 1",
        ),
        (
            write("zonder-id.json", b"[{ \"id\": \"1\" }, { \"name\": \"Inloop\" }]"),
            &m,
            "zonder-id.json[1]: deze dienst heeft geen id",
        ),
        (write("dubbel.json", b"[{ \"id\": \"a\" }, { \"id\": \"a\" }]"), &m, "id `a` staat twee keer in de bron"),
        (
            write("latin1.json", b"[{ \"id\": \"1\",\n \"name\": \"Caf\xe9\" }]"),
            &m,
            "latin1.json, regel 2: dit bestand is geen geldige UTF-8-tekst",
        ),
        (write("getal.json", b"42"), &m, "bevat geen dienst en geen lijst met diensten"),
        (fixture("foreign-hsds.json"), &["--mapping", "/nergens/koppeling.toml"], "koppeling.toml"),
    ];
    for (feed, extra, expect) in cases {
        let run = import(&root, &feed, extra);
        assert_eq!(run.code, 1, "{}: {}", feed.display(), run.stderr);
        assert!(run.stderr.contains(expect), "want `{expect}`:\n{}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
    let bad_mapping = write("koppeling.toml", b"[termen]\n\"Coaching\" = \"schuldhulp\"\n[onbekend]\nx = 1\n");
    let run = import(&root, &fixture("foreign-hsds.json"), &["--mapping", bad_mapping.to_str().expect("utf-8")]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("koppeling.toml, regel 3: het koppelbestand klopt niet"), "{}", run.stderr);
    let run = wijkwijzer(&["import", "x.json", "--gemeente", "../brummen"], &root);
    assert!(
        run.code == 1
            && run.stderr.contains("gemeente `../brummen` staat niet in content/gemeenten/ (er zijn: brummen)")
    );
    assert_eq!(content(&root), before, "no bad input writes anything");
}

#[test]
fn the_report_reads_in_english_on_request() {
    let (_tmp, root) = site();
    let run = wijkwijzer(
        &["import", fixture("foreign-hsds.json").to_str().expect("utf-8"), "--gemeente", "brummen", "--lang", "en"],
        &root,
    );
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("\"Mental Health Support\" = \"\"  # 2 services"), "{}", run.stdout);
    assert!(run.stderr.contains("The source uses 10 words that nothing maps yet."), "{}", run.stderr);
}

/// Every file of the open data export of a built site.
fn open_data(root: &Path) -> BTreeMap<PathBuf, String> {
    let dir = root.join("public/open-data/hsds");
    walkdir::WalkDir::new(&dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(&dir).expect("inside").to_path_buf(),
                std::fs::read_to_string(e.path()).expect("read"),
            )
        })
        .collect()
}

/// Our own export, imported into a new site and exported again, is the same open data:
/// the same services, fields, values and ids, in every file of the data package.
#[test]
fn our_own_export_round_trips() {
    let (_a, first) = site();
    for entry in std::fs::read_dir(fixture("every-field")).expect("fixture") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), first.join("content/gemeenten/brummen").join(entry.file_name())).expect("copy");
    }
    let build = wijkwijzer(&["build"], &first);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let exported = open_data(&first);
    let services: Vec<serde_json::Value> = serde_json::from_str(&exported[Path::new("services.json")]).expect("json");
    assert_eq!(services.len(), 3);

    let (_b, second) = site();
    let feed = first.join("public/open-data/hsds/services.json");
    let run = import(&second, &feed, &[]);
    assert_eq!(run.code, 0, "no mapping is needed for our own export:\n{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("nieuw: 3") && !run.stderr.contains("concept"), "{}", run.stderr);
    let build = wijkwijzer(&["build"], &second);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let again = open_data(&second);
    assert_eq!(exported.keys().collect::<Vec<_>>(), again.keys().collect::<Vec<_>>());
    for (file, text) in &exported {
        assert_eq!(text, &again[file], "{} differs after the round trip", file.display());
    }

    // The same through the tabular data package (datapackage.json and its CSVs).
    let (_c, third) = site();
    let package = first.join("public/open-data/hsds/datapackage.json");
    let run = import(&third, &package, &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("nieuw: 3") && !run.stderr.contains("concept"), "{}", run.stderr);
    assert_eq!(wijkwijzer(&["build"], &third).code, 0);
    let tabular = open_data(&third);
    for (file, text) in &exported {
        assert_eq!(text, &tabular[file], "{} differs after the round trip through the CSVs", file.display());
    }
}

/// A data package may only name tables in its own folder.
#[test]
fn a_data_package_stays_in_its_folder() {
    let (tmp, root) = site();
    let dir = tmp.path().join("pakket");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(tmp.path().join("geheim.csv"), "id\n1\n").expect("write");
    let package = dir.join("datapackage.json");
    std::fs::write(&package, r#"{"resources": [{"name": "services", "path": "../geheim.csv"}]}"#).expect("write");
    let run = import(&root, &dir, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("noemt de tabel `../geheim.csv`, maar die staat niet in de map van het pakket"));
}

/// The example region's municipal services, exported, removed and imported again one
/// municipality at a time, give the same open data (the region's own services, which
/// live outside the municipalities, stay as they are).
#[test]
fn the_example_regions_services_round_trip() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let tmp = tempfile::tempdir().expect("temp");
    let root = tmp.path().join("regio");
    for entry in walkdir::WalkDir::new(repo.join("content")).into_iter().flatten() {
        let rel = entry.path().strip_prefix(&repo).expect("inside");
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(root.join(rel)).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), root.join(rel)).expect("copy");
        }
    }
    std::fs::copy(repo.join("config.toml"), root.join("config.toml")).expect("config");
    let build = wijkwijzer(&["build"], &root);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let exported = open_data(&root);
    let feed = tmp.path().join("services.json");
    std::fs::copy(root.join("public/open-data/hsds/services.json"), &feed).expect("feed");

    // Every service page goes: the municipalities' and the region's.
    let empty = |dir: &Path| {
        for page in std::fs::read_dir(dir).expect("folder").flatten() {
            if page.file_name() != "_index.md" && page.path().is_file() {
                std::fs::remove_file(page.path()).expect("remove");
            }
        }
    };
    let mut targets = Vec::new();
    for entry in std::fs::read_dir(root.join("content/gemeenten")).expect("gemeenten").flatten() {
        if entry.path().is_dir() {
            targets.push(("--gemeente", entry.file_name().to_string_lossy().into_owned()));
            empty(&entry.path());
        }
    }
    assert!(targets.len() >= 4);
    targets.push(("--regio", "regio".to_string()));
    empty(&root.join("content/regio"));
    let mut imported = 0;
    for (flag, name) in &targets {
        let run = wijkwijzer(&["import", feed.to_str().expect("utf-8"), flag, name], &root);
        assert_eq!(run.code, 0, "{name}:\n{}{}", run.stdout, run.stderr);
        assert!(!run.stderr.contains("concept"), "{name}: {}", run.stderr);
        imported +=
            run.stderr.lines().find_map(|l| l.trim().strip_prefix("nieuw: ")).map_or(0, |n| n.parse().unwrap_or(0));
    }
    let services: Vec<serde_json::Value> = serde_json::from_str(&exported[Path::new("services.json")]).expect("json");
    assert!(services.iter().any(|s| s["url"].as_str().is_some_and(|u| u.contains("/regio/"))));
    assert_eq!(imported, services.len(), "every service, the region's too, is imported once");
    let run = wijkwijzer(&["import", feed.to_str().expect("utf-8"), "--regio", "gemeenten"], &root);
    assert!(
        run.code == 1 && run.stderr.contains("`gemeenten` is geen regio") && run.stderr.contains("(er zijn: regio)"),
        "{}",
        run.stderr
    );
    let build = wijkwijzer(&["build"], &root);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let again = open_data(&root);
    for (file, text) in &exported {
        assert_eq!(text, &again[file], "{} differs after the round trip", file.display());
    }
}

/// An entry left empty in the mapping file is not a choice: the service becomes a draft
/// that says what is missing. `[]` skips a word on purpose. A target the site does not
/// know stops the import at its line.
#[test]
fn the_mapping_file_means_what_it_says() {
    let (tmp, root) = site();
    let base = std::fs::read_to_string(fixture("foreign-mapping.toml")).expect("mapping");
    let write = |name: &str, text: &str| {
        let path = tmp.path().join(name);
        std::fs::write(&path, text).expect("write");
        path
    };
    let empty = write(
        "leeg.toml",
        &base.replace("\"Whole municipality\" = \"hele-gemeente\"", "\"Whole municipality\" = \"\""),
    );
    let run = import(&root, &fixture("foreign-hsds.json"), &["--mapping", empty.to_str().expect("utf-8")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let coaching = page(&root, "budget-coaching.md");
    assert!(
        coaching.contains("draft = true") && coaching.contains("wijken: de gebieden Whole municipality"),
        "{coaching}"
    );
    assert!(!coaching.contains("hele-gemeente"), "an empty entry never widens a service: {coaching}");

    let wrong = write("fout.toml", &base.replace("\"Drop-in Centre\" = \"inloop\"", "\"Drop-in Centre\" = \"inlop\""));
    let before = content(&root);
    let run = import(&root, &fixture("foreign-hsds.json"), &["--mapping", wrong.to_str().expect("utf-8")]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("fout.toml, regel 4: het koppelbestand klopt niet: bij \"Drop-in Centre\" staat `inlop`"),
        "{}",
        run.stderr
    );
    assert_eq!(content(&root), before);
}

/// A new page never takes the name of a file that is there, whatever its case.
#[test]
fn a_new_page_never_takes_an_existing_name() {
    let (_tmp, root) = site();
    let own = root.join("content/gemeenten/brummen/Inloophuis-De-Brug.md");
    std::fs::write(&own, "+++\ntitle = \"Eigen pagina\"\ndraft = true\n+++\n").expect("write");
    let mapping = fixture("foreign-mapping.toml");
    let run = import(&root, &fixture("foreign-hsds.json"), &["--mapping", mapping.to_str().expect("utf-8")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::read_to_string(&own).expect("own").contains("Eigen pagina"));
    assert!(page(&root, "inloophuis-de-brug-2.md").contains("urn:sociale-kaart:svc:101"));
}
