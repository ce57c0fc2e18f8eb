//! The web editor at /admin/ (issue 13): written only for a site that asks for it, its
//! configuration made from the contract and the site's own lists, resident pages the
//! same with or without it, and its settings checked like the rest of config.toml.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{cli, Site, REGION_CONFIG};

fn example_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::copy(repo.join("config.toml"), tmp.path().join("config.toml")).expect("config");
    for entry in walkdir::WalkDir::new(repo.join("content")).into_iter().flatten() {
        let rel = entry.path().strip_prefix(&repo).expect("inside");
        let to = tmp.path().join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &to).expect("copy");
        }
    }
    tmp
}

fn build(root: &Path) -> PathBuf {
    let run = cli(&["build", "--root", root.to_str().expect("utf-8")], root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    root.join("public")
}

fn files(out: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(out).expect("inside").to_string_lossy().replace('\\', "/");
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

fn config_yml(out: &Path) -> Value {
    let text = std::fs::read_to_string(out.join("admin/config.yml")).expect("config.yml");
    serde_yaml_ng::from_str(&text).expect("config.yml is YAML")
}

fn collection<'a>(config: &'a Value, name: &str) -> &'a Value {
    config["collections"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("no collection {name}"))
}

/// A field inside `fields` by its path of names.
fn field<'a>(fields: &'a Value, path: &[&str]) -> &'a Value {
    path.iter().fold(fields, |fields, name| {
        let list = fields.get("fields").unwrap_or(fields);
        list.as_array()
            .and_then(|l| l.iter().find(|f| f["name"] == *name))
            .unwrap_or_else(|| panic!("no field {name} in {path:?}"))
    })
}

fn names(fields: &Value) -> Vec<&str> {
    fields["fields"].as_array().expect("fields").iter().map(|f| f["name"].as_str().expect("name")).collect()
}

fn values(field: &Value) -> Vec<(&str, &str)> {
    field["options"]
        .as_array()
        .expect("options")
        .iter()
        .map(|o| (o["value"].as_str().expect("value"), o["label"].as_str().expect("label")))
        .collect()
}

#[test]
fn the_editor_is_there_only_when_asked_and_changes_no_resident_page() {
    let with = example_copy();
    let without = example_copy();
    let config = std::fs::read_to_string(without.path().join("config.toml")).expect("config");
    let start = config.find("[extra.wijkwijzer.redactie]").expect("the example opts in");
    std::fs::write(without.path().join("config.toml"), &config[..start]).expect("write");

    let (a, b) = (files(&build(with.path())), files(&build(without.path())));
    assert!(!b.keys().any(|k| k.starts_with("admin/")), "no editor without the opt-in");
    for file in ["admin/index.html", "admin/config.yml", "admin/decap-cms.js", "admin/wijkwijzer-redactie.js"] {
        assert!(a.contains_key(file), "{file}");
    }
    // Every resident file is byte for byte the same; only the host's headers differ.
    let resident: Vec<&String> = a.keys().filter(|k| !k.starts_with("admin/")).collect();
    assert_eq!(resident, b.keys().collect::<Vec<_>>());
    for name in resident.into_iter().filter(|k| *k != "_headers") {
        assert!(a[name] == b[name], "{name} differs with the editor");
        // Not in the sitemap, feeds, search index or any page.
        assert!(!String::from_utf8_lossy(&a[name]).contains("/admin"), "{name} mentions /admin");
    }

    let index = String::from_utf8_lossy(&a["admin/index.html"]).into_owned();
    assert!(index.contains(r#"<meta name="robots" content="noindex, nofollow">"#));
    // The editor script turns these from the date picker's text into TOML dates.
    assert!(index.contains(r#"data-dates="[&quot;extra.dienst.gecontroleerd&quot;,&quot;extra.dienst.gesloten_tot&quot;,&quot;extra.dienst.melding_tot&quot;]""#), "{index}");
    let headers = String::from_utf8_lossy(&a["_headers"]).into_owned();
    let csp =
        index.split("Content-Security-Policy\" content=\"").nth(1).and_then(|s| s.split('"').next()).expect("csp");
    assert!(headers.contains(&format!("/admin/*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'")));
    assert!(csp.contains("connect-src 'self' https://api.github.com http://localhost:8081 http://127.0.0.1:8081;"));
    assert!(!csp.contains("https://fonts") && !csp.contains("*"), "{csp}");
}

#[test]
fn the_form_is_made_from_the_contract_and_the_sites_lists() {
    let site = example_copy();
    let config = config_yml(&build(site.path()));
    assert_eq!(config["locale"], "nl");
    assert_eq!(config["publish_mode"], "editorial_workflow");
    assert_eq!(config["backend"]["name"], "github");
    assert_eq!(config["backend"]["repo"], "voorbeeldregio/sociale-kaart");
    assert_eq!(config["local_backend"]["url"], "http://localhost:8081/api/v1");

    // A collection per municipality, in its folder, with exactly its wijken.
    let heidebroek = collection(&config, "diensten-heidebroek");
    assert_eq!(heidebroek["folder"], "content/gemeenten/heidebroek");
    assert_eq!(heidebroek["format"], "toml-frontmatter");
    assert_eq!(heidebroek["create"], true);
    assert_eq!(names(heidebroek), ["title", "description", "taxonomies", "extra", "body"]);
    let dienst = field(heidebroek, &["extra", "dienst"]);
    assert_eq!(names(dienst), wijkwijzer::directory::DIENST_KEYS, "the contract's order, which Decap writes in");
    let wijken = values(field(dienst, &["wijken"]));
    assert_eq!(
        wijken,
        [
            ("hele-gemeente", "Hele gemeente"),
            ("dorpskern", "Dorpskern"),
            ("de-heide", "De Heide"),
            ("broekhoven", "Broekhoven"),
            ("molenbuurt", "Molenbuurt"),
            ("heiderveld", "Heiderveld")
        ]
    );
    let behoeften = values(field(heidebroek, &["taxonomies", "behoeften"]));
    assert_eq!(behoeften.len(), 16);
    assert_eq!(behoeften[0], ("nu-hulp", "Ik heb nu hulp nodig"));
    assert_eq!(values(field(dienst, &["soort"]))[6], ("beschermd-wonen", "Wonen met begeleiding"));
    assert_eq!(
        values(field(dienst, &["toegang"])),
        [
            ("vrij", "Zonder afspraak of aanmelding"),
            ("aanmelden", "Eerst aanmelden"),
            ("verwijzing", "Met een verwijzing (bijvoorbeeld van de huisarts)"),
            ("wmo-beschikking", "Met een besluit van de gemeente (Wmo)")
        ]
    );
    assert_eq!(values(field(dienst, &["kosten"])).len(), 4);
    assert_eq!(field(dienst, &["doelgroep"])["multiple"], true);
    // Required unless the contract says optional.
    for required in [&field(heidebroek, &["title"]), &field(dienst, &["soort"]), &field(dienst, &["gecontroleerd"])] {
        assert!(required.get("required").is_none(), "{required}");
    }
    for optional in ["doelgroep", "status", "telefoon", "email", "website", "talen", "openingstijden", "locaties"] {
        assert_eq!(field(dienst, &[optional])["required"], false, "{optional}");
    }
    assert_eq!(field(dienst, &["gecontroleerd"])["format"], "YYYY-MM-DD");
    assert_eq!(field(dienst, &["gecontroleerd"])["time_format"], false);
    // Help in Dutch from the catalogue, and opening hours with an example and the guide.
    assert_eq!(
        field(heidebroek, &["description"])["hint"],
        "Een of twee zinnen over wat de dienst doet, in eenvoudige taal. Hoogstens 200 tekens."
    );
    let hours = field(dienst, &["openingstijden"])["hint"].as_str().expect("hint");
    assert!(hours.contains("Mo-Fr 09:00-17:00"), "{hours}");
    assert!(
        hours.contains("(https://github.com/voorbeeldregio/sociale-kaart/blob/main/REDACTIE.md#openingstijden)"),
        "{hours}"
    );
    // What Decap can check while typing (the browser test sees it refuse a phone number).
    assert!(field(dienst, &["telefoon"])["field"]["pattern"][0].as_str().is_some_and(|p| p.starts_with('^')));
    let location = field(dienst, &["locaties"]);
    assert_eq!(names(location), wijkwijzer::directory::LOCATIE_KEYS);
    // Every field has a widget of its own, not the text field a new contract key gets.
    for f in dienst["fields"].as_array().expect("fields").iter().chain(location["fields"].as_array().expect("fields")) {
        assert_ne!(f["label"], f["name"], "{f}");
    }

    // The region's services are for all its municipalities: no wijk to choose.
    let regio = collection(&config, "diensten-regio");
    assert_eq!(regio["folder"], "content/regio");
    assert_eq!(values(field(regio, &["extra", "dienst", "wijken"])), [("hele-gemeente", "Hele gemeente")]);
    assert_eq!(field(regio, &["extra", "dienst", "wijken"])["default"], serde_json::json!(["hele-gemeente"]));
    assert!(field(dienst, &["wijken"]).get("default").is_none(), "a municipality's editor chooses");
    assert!(values(field(regio, &["extra", "dienst", "locaties", "wijk"]))
        .contains(&("binnenstad", "Lindewaard – Binnenstad")));

    // The municipalities' own pages, and the information pages.
    let gemeenten = collection(&config, "gemeenten");
    let files: Vec<&str> =
        gemeenten["files"].as_array().expect("files").iter().map(|f| f["file"].as_str().expect("file")).collect();
    assert_eq!(files.len(), 4);
    assert!(files.contains(&"content/gemeenten/heidebroek/_index.md"));
    for (name, folder) in [
        ("paginas", "content"),
        ("paginas-beschermd-thuis", "content/beschermd-thuis"),
        ("paginas-pilots", "content/pilots"),
    ] {
        assert_eq!(collection(&config, name)["folder"], folder);
    }
    let folders: Vec<&str> =
        config["collections"].as_array().expect("collections").iter().filter_map(|c| c["folder"].as_str()).collect();
    assert_eq!(folders.iter().filter(|f| f.starts_with("content/gemeenten/heidebroek")).count(), 1, "{folders:?}");
}

#[test]
fn a_national_site_gets_one_collection_with_nested_municipalities() {
    let mut files: Vec<(String, String)> = vec![(
        "config.toml".into(),
        format!("{REGION_CONFIG}[extra.wijkwijzer.redactie]\nbackend = \"forgejo\"\nrepository = \"land/kaart\"\nforge_url = \"https://git.example.nl\"\n"),
    )];
    for g in 0..31 {
        files.push((
            format!("content/gemeenten/g{g}/_index.md"),
            format!("+++\ntitle = \"Gemeente {g}\"\n[extra.gemeente]\ncode = \"GM{:04}\"\n[[extra.gemeente.wijken]]\nslug = \"centrum\"\nnaam = \"Centrum\"\npostcodes = [\"{}\"]\n+++\n", 100 + g, 1000 + g),
        ));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let site = Site::new(&refs);
    site.build();
    let config: Value = serde_yaml_ng::from_str(&site.read("admin/config.yml")).expect("yaml");
    let diensten = collection(&config, "diensten");
    assert_eq!(diensten["folder"], "content/gemeenten");
    assert_eq!(diensten["nested"]["depth"], 2);
    let wijken = values(field(diensten, &["extra", "dienst", "wijken"]));
    assert_eq!(wijken.len(), 32);
    assert!(wijken.contains(&("centrum", "Gemeente 30 – Centrum")));
    // Forgejo: Decap's Gitea backend at the forge's address, without the editorial
    // workflow that backend refuses.
    assert_eq!(config["backend"]["name"], "gitea");
    assert_eq!(config["backend"]["api_root"], "https://git.example.nl/api/v1");
    assert!(config.get("publish_mode").is_none());
    assert!(site.read("admin/index.html").contains("connect-src 'self' https://git.example.nl "));
}

#[test]
fn wrong_settings_are_named_in_dutch_with_their_line() {
    let site = Site::new(&[(
        "config.toml",
        &format!("{REGION_CONFIG}[extra.wijkwijzer.redactie]\nbackend = \"github\"\nrepository = \"sociale-kaart\"\n"),
    )]);
    let run = cli(&["check", "--root", site.root().to_str().expect("utf-8")], site.root());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("WW0113"), "{}", run.stderr);
    assert!(run.stderr.contains("\"sociale-kaart\" is geen repository"), "{}", run.stderr);
    assert!(run.stderr.contains("config.toml:19"), "{}", run.stderr);
    assert!(!site.root().join("public").exists());
}

#[test]
fn init_asks_for_the_editor_and_refuses_a_forge_without_an_address() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let args = ["init", "site", "--gemeente", "Brummen", "--code", "GM0213", "--redactie", "gitlab"];
    let run = cli(&[&args[..], &["--repository", "brummen/sociale-kaart"]].concat(), tmp.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let root = tmp.path().join("site");
    let config = std::fs::read_to_string(root.join("config.toml")).expect("config");
    assert!(config.contains("[extra.wijkwijzer.redactie]\nbackend = \"gitlab\"\nrepository = \"brummen/sociale-kaart\"\nbranch = \"main\"\n"), "{config}");
    let yml = config_yml(&build(&root));
    assert_eq!(yml["backend"]["name"], "gitlab");
    assert_eq!(yml["publish_mode"], "editorial_workflow");
    assert_eq!(collection(&yml, "diensten-brummen")["folder"], "content/gemeenten/brummen");

    // Without --redactie the table is there to switch on, commented out; no /admin/.
    let run = cli(&["init", "zonder", "--gemeente", "Brummen", "--code", "GM0213"], tmp.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::read_to_string(tmp.path().join("zonder/config.toml"))
        .expect("config")
        .contains("# [extra.wijkwijzer.redactie]"));
    assert!(!build(&tmp.path().join("zonder")).join("admin").exists());

    let run = cli(
        &["init", "gitea", "--gemeente", "Brummen", "--code", "GM0213", "--redactie", "gitea", "--repository", "a/b"],
        tmp.path(),
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("Bij Gitea en Forgejo moet de redactie weten waar de forge staat"), "{}", run.stderr);
    assert!(!tmp.path().join("gitea").exists(), "nothing written");
}
