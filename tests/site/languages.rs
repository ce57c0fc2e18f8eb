//! More than Dutch: a site with `[languages.en]` gets the English interface on its
//! English pages (the theme's catalogue, through Zola's `trans()`), a language switch
//! and `hreflang` links where a page has a translation, and a site can change any word
//! in config.toml.

use std::path::Path;
use std::process::Command;

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn build(root: &Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["build", "--root"])
        .arg(root)
        .arg("--output-dir")
        .arg(out.path().join("site"))
        .env("SOURCE_DATE_EPOCH", "1796083200")
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    out
}

/// A site in a temporary folder with these files.
fn site_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (file, text) in files {
        let path = dir.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn read(out: &tempfile::TempDir, page: &str) -> String {
    std::fs::read_to_string(out.path().join("site").join(page).join("index.html")).unwrap()
}

#[test]
fn english_pages_get_the_english_interface_a_switch_and_hreflang() {
    let out = build(repo());
    let home_en = read(&out, "en");
    assert!(home_en.contains("<html lang=\"en\">"), "{home_en}");
    for words in ["Skip to the content", "Need help now?", "All help lines", "Help lines", "This site uses no cookies"]
    {
        assert!(home_en.contains(words), "{words}");
    }
    assert!(!home_en.contains("Ga direct naar de inhoud"));
    // Its own menu, and the switch to the Dutch page in Dutch.
    assert!(home_en.contains(r#"<a href="https://www.example-regio.nl/en/nu-hulp/">I need help now</a>"#), "{home_en}");
    assert!(home_en.contains(r#"<a href="https://www.example-regio.nl/" lang="nl" hreflang="nl">Nederlands</a>"#));

    // Both pages name both versions, the Dutch one links to the English one in English.
    for (page, html) in
        [("", read(&out, "")), ("nu-hulp", read(&out, "nu-hulp")), ("en/nu-hulp", read(&out, "en/nu-hulp"))]
    {
        let dutch = format!("https://www.example-regio.nl/{}", page.trim_start_matches("en/"));
        let dutch = if dutch.ends_with('/') { dutch } else { format!("{dutch}/") };
        let english = format!("https://www.example-regio.nl/en/{}", page.trim_start_matches("en/"));
        let english = if english.ends_with('/') { english } else { format!("{english}/") };
        assert!(html.contains(&format!(r#"<link rel="alternate" hreflang="nl" href="{dutch}">"#)), "{page}: {html}");
        assert!(html.contains(&format!(r#"<link rel="alternate" hreflang="en" href="{english}">"#)), "{page}");
    }
    let home_nl = read(&out, "");
    assert!(home_nl.contains(r#"lang="en" hreflang="en">English</a>"#));
    assert!(home_nl.contains("Ga direct naar de inhoud"));
    // Words with links in them keep their links, in each language.
    assert!(home_nl.contains(r#"Alle hulp op deze site is ook <a href="https://www.example-regio.nl/open-data/hsds/services.json">open data</a> (Open Referral HSDS 3.0, ook als <a href="https://www.example-regio.nl/open-data/hsds/datapackage.json">tabellen</a>)."#), "{home_nl}");
    assert!(home_en.contains(r#"All help on this site is also <a href="https://www.example-regio.nl/open-data/hsds/services.json">open data</a> (Open Referral HSDS 3.0, also as <a href="https://www.example-regio.nl/open-data/hsds/datapackage.json">tables</a>)."#));
    let offline = read(&out, "offline");
    assert!(offline.contains(r#"Is er levensgevaar? Bel dan <a href="tel:112">112</a>."#), "{offline}");
    assert!(offline.contains(r#"<li>Lees ook <a href="https://www.example-regio.nl/nu-hulp/">Ik heb nu hulp nodig</a>. Die pagina werkt ook zonder internet.</li>"#));
    // The theme's scripts speak the page's language: English pages load their own file.
    assert!(home_en.contains(r#"<script src="https://www.example-regio.nl/wijkwijzer.en.js""#), "{home_en}");
    assert!(home_nl.contains(r#"<script src="https://www.example-regio.nl/wijkwijzer.js""#));
    let script = |file: &str| std::fs::read_to_string(out.path().join("site").join(file)).unwrap();
    let (js_nl, js_en) = (script("wijkwijzer.js"), script("wijkwijzer.en.js"));
    assert!(js_nl.contains("\"Nu open\"") && js_nl.contains("Op mijn lijstje"), "{js_nl}");
    assert!(js_en.contains("\"Open now\"") && js_en.contains("Add to my list"), "{js_en}");
    for file in ["wijkwijzer.js", "wijkwijzer.en.js", "lijstje-pagina.js", "zoeken/zoeken.js", "postcode.en.js"] {
        assert!(!script(file).contains("{{"), "{file} has a word left to fill in");
    }
    // A page without a translation has neither.
    let privacy = read(&out, "privacy");
    assert!(!privacy.contains("hreflang"), "{privacy}");
}

#[test]
fn a_site_changes_any_word_in_config_toml() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("content")).unwrap();
    std::fs::write(
        root.join("config.toml"),
        "base_url = \"https://a.nl\"\ntitle = \"A\"\n\n[translations]\nskip_link = \"Naar de tekst\"\n\n[languages.en]\ntitle = \"A\"\n\n[languages.en.translations]\nskip_link = \"Jump to the text\"\n",
    )
    .unwrap();
    std::fs::write(root.join("content/_index.md"), "+++\ntitle = \"Start\"\n+++\nHallo.\n").unwrap();
    std::fs::write(root.join("content/_index.en.md"), "+++\ntitle = \"Home\"\n+++\nHello.\n").unwrap();
    let out = build(root);
    assert!(read(&out, "").contains(">Naar de tekst</a>"));
    assert!(read(&out, "en").contains(">Jump to the text</a>"));
    // Words the site did not change still come from the theme.
    assert!(read(&out, "en").contains("This site uses no cookies"));
}

#[test]
fn a_site_changes_the_words_of_the_theme_scripts_too() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("content")).unwrap();
    std::fs::write(
        root.join("config.toml"),
        "base_url = \"https://a.nl\"\ntitle = \"A\"\n\n[translations]\nopen_now = \"Nu \\\"echt\\\" open\"\n\n[languages.en]\ntitle = \"A\"\n\n[languages.en.translations]\nopen_now = \"We're open\"\n",
    )
    .unwrap();
    std::fs::write(root.join("content/_index.md"), "+++\ntitle = \"Start\"\n+++\nHallo.\n").unwrap();
    let out = build(root);
    let script = |file: &str| std::fs::read_to_string(out.path().join("site").join(file)).unwrap();
    // Escaped for the quotes around it in the script, whichever they are.
    assert!(script("wijkwijzer.js").contains(r#""Nu \"echt\" open""#), "{}", script("wijkwijzer.js"));
    assert!(script("wijkwijzer.en.js").contains(r#""We\'re open""#));
}

#[test]
fn a_theme_script_asking_for_a_word_no_catalogue_has_fails_the_build_and_says_which() {
    let dir = site_with(&[
        ("config.toml", "base_url = \"https://a.nl\"\ntitle = \"A\"\ntheme = \"eigen\"\n"),
        ("content/_index.md", "+++\ntitle = \"Start\"\n+++\nHallo.\n"),
        ("themes/eigen/templates/index.html", "<p>{{ section.title }}</p>"),
        ("themes/eigen/static/hallo.js", "alert(\"{{groet_bezoeker}}\");"),
    ]);
    let root = dir.path();
    let run = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"))
        .args(["build", "--root"])
        .arg(root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("themes/eigen/static/hallo.js"), "{stderr}");
    assert!(stderr.contains("dit script toont het woord `groet_bezoeker`"), "{stderr}");
    assert!(stderr.contains("Zet `groet_bezoeker = \"…\"` onder [translations] in config.toml"), "{stderr}");
    assert!(!root.join("public").exists(), "nothing was written");
}

/// A directory whose site speaks English by default: the municipality, wijk, need,
/// service, search, postcode and list pages take the theme's English words, a site's
/// own word wins, and dates are English.
#[test]
fn directory_pages_take_their_words_from_the_catalogue() {
    use crate::support::{Site, REGION_CONFIG};
    let config = format!(
        "default_language = \"en\"\n{REGION_CONFIG}\n[translations]\nother_wijken = \"More neighbourhoods nearby\"\n"
    );
    let gemeente = "+++\ntitle = \"Dorp\"\n[extra.gemeente]\ncode = \"GM9001\"\n[[extra.gemeente.wijken]]\nslug = \"oost\"\nnaam = \"Oost\"\npostcodes = [\"7001\"]\n[[extra.gemeente.wijken]]\nslug = \"west\"\nnaam = \"West\"\n+++\n";
    let dienst = "+++\ntitle = \"Inloop\"\ndescription = \"Koffie.\"\n[taxonomies]\nbehoeften = [\"praten\"]\n[extra.dienst]\nsoort = \"inloop\"\norganisatie = \"Stichting\"\nwijken = [\"oost\"]\ntoegang = \"vrij\"\nkosten = \"gratis\"\ntelefoon = [\"0575 123 456\"]\nstatus = \"tijdelijk-gesloten\"\ngesloten_tot = 2099-03-31\ngecontroleerd = 2026-11-01\nopeningstijden = \"Mo-Fr 09:00-17:00; Sa[1] 10:00-12:00\"\n+++\nTekst.\n";
    let site = Site::new(&[
        ("config.toml", &config),
        ("content/gemeenten/dorp/_index.md", gemeente),
        ("content/gemeenten/dorp/inloop.md", dienst),
    ]);
    site.build();
    let wijk = site.read("gemeenten/dorp/wijk/oost/index.html");
    assert!(wijk.contains("<h1>Help in Oost</h1>"), "{wijk}");
    assert!(wijk.contains("1 place with help and support in Oost (Dorp), postcode 7001."), "{wijk}");
    assert!(wijk.contains("<h2>More neighbourhoods nearby</h2>"), "the site's own word wins: {wijk}");
    assert!(wijk.contains("<strong>Temporarily closed</strong>, up to and including 31 March 2099"), "{wijk}");
    let empty = site.read("gemeenten/dorp/wijk/west/index.html");
    assert!(
        empty.contains(
            r#"There is no help here yet. See the help in <a href="https://voorbeeld.nl/gemeenten/dorp/">Dorp</a>."#
        ),
        "{empty}"
    );
    let service = site.read("gemeenten/dorp/inloop/index.html");
    for words in [
        "<dt>Type of help</dt>",
        "<li>Call <a",
        "<li>Monday to Friday 09:00–17:00</li><li>First Saturday of the month 10:00–12:00</li>",
        "Checked on <time datetime=\"2026-11-01\">1 November 2026</time>.",
    ] {
        assert!(service.contains(words), "{words}: {service}");
    }
    assert!(site.read("gemeenten/dorp/index.html").contains("Help in your neighbourhood"));
    assert!(site.read("gemeenten/dorp/behoefte/praten/index.html").contains("1 place in Dorp."));
    assert!(site.read("behoeften/praten/index.html").contains("1 place in the region."));
    assert!(site.read("zoeken/index.html").contains("What do you need help with?"));
    assert!(site.read("postcode/index.html").contains("<h1>Find help near you</h1>"));
    assert!(site.read("lijstje/index.html").contains("You can find more help at https://voorbeeld.nl/"));
    // The list page's own files say it in the same words.
    assert!(site
        .read("lijstje/dorp.json")
        .contains(r#""let_op":"Temporarily closed, up to and including 31 March 2099""#));
    // No Dutch left from the theme on these pages.
    for page in ["gemeenten/dorp/wijk/oost/index.html", "gemeenten/dorp/inloop/index.html", "zoeken/index.html"] {
        let html = site.read(page);
        for dutch in ["Hulp in", "Soort hulp", "Gecontroleerd", "Zoek hulp", "Tijdelijk gesloten</strong>"] {
            assert!(!html.contains(dutch), "{page} still says {dutch}");
        }
    }
}

/// A site that changes the weekdays' names must name all seven.
#[test]
fn a_word_list_of_the_wrong_length_is_an_error_at_its_line() {
    use crate::support::{Site, REGION_CONFIG};
    let config = format!("{REGION_CONFIG}\n[translations]\nweekdays = \"ma di wo do vr\"\n");
    let site = Site::new(&[("config.toml", &config)]);
    let run = site.build_fails();
    assert!(run.stderr.contains("WW0116"), "{}", run.stderr);
    assert!(run.stderr.contains("config.toml:19"), "{}", run.stderr);
    assert!(run.stderr.contains("`weekdays` must have 7 words, separated by spaces; it has 5"), "{}", run.stderr);

    // The same for another language's list, at its own line.
    let config =
        format!("{REGION_CONFIG}\n[languages.en]\ntitle = \"T\"\n[languages.en.translations]\nmonths = \"Jan Feb\"\n");
    let site = Site::new(&[("config.toml", &config)]);
    let run = site.build_fails();
    assert!(run.stderr.contains("config.toml:21"), "{}", run.stderr);
    assert!(run.stderr.contains("`months` must have 12 words, separated by spaces; it has 2"), "{}", run.stderr);
}

/// A site's own `static/wijkwijzer.js` replaces the theme's in every language: no
/// English file of the theme's is left beside it, and English pages load the site's.
#[test]
fn a_sites_own_script_replaces_the_themes_in_every_language() {
    let dir = site_with(&[
        ("config.toml", "base_url = \"https://a.nl\"\ntitle = \"A\"\n[extra.wijkwijzer.offline]\naan = true\npagina = \"@/_index.md\"\n[languages.en]\ntitle = \"A\"\n"),
        ("content/_index.md", "+++\ntitle = \"Start\"\n+++\nHallo.\n"),
        ("content/_index.en.md", "+++\ntitle = \"Home\"\n+++\nHello.\n"),
        ("static/wijkwijzer.js", "console.log(\"{{eigen}}\");\n"),
    ]);
    let root = dir.path();
    let out = build(root);
    let site = out.path().join("site");
    assert_eq!(std::fs::read_to_string(site.join("wijkwijzer.js")).unwrap(), "console.log(\"{{eigen}}\");\n");
    assert!(!site.join("wijkwijzer.en.js").exists());
    assert!(site.join("lijstje-pagina.en.js").exists(), "the theme's other scripts still get theirs");
    assert!(read(&out, "en").contains(r#"<script src="https://a.nl/wijkwijzer.js""#), "{}", read(&out, "en"));
}
