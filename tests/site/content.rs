//! Zola's content model: sections, pages, bundles, front matter, URLs.

use crate::support::{page, Site};

#[test]
fn sections_pages_and_bundles() {
    let site = Site::new(&[
        ("content/_index.md", &page("title = \"Home\"", "Welkom")),
        ("content/hulp/_index.md", &page("title = \"Hulp\"\nsort_by = \"title\"", "")),
        ("content/hulp/b-inloop.md", &page("title = \"Inloop\"", "Koffie")),
        ("content/hulp/a-wijkteam/index.md", &page("title = \"Wijkteam\"", "![kaart](kaart.png)")),
        ("content/hulp/a-wijkteam/kaart.png", "PNG"),
        ("content/hulp/.verborgen.md", "geen front matter, maar verborgen"),
    ]);
    site.build();
    let section = site.read("hulp/index.html");
    let inloop = section.find("https://voorbeeld.nl/hulp/b-inloop/").expect("page listed");
    let wijkteam = section.find("https://voorbeeld.nl/hulp/a-wijkteam/").expect("bundle listed");
    assert!(inloop < wijkteam, "sorted by title: Inloop before Wijkteam");
    assert!(site.read("hulp/b-inloop/index.html").contains("<p>Koffie</p>"));
    assert_eq!(site.read("hulp/a-wijkteam/kaart.png"), "PNG", "bundle asset copied beside its page");
    assert!(!site.exists("hulp/verborgen/index.html"));
}

#[test]
fn yaml_front_matter_and_dates_from_file_names() {
    let site = Site::new(&[
        ("content/nieuws/_index.md", &page("title = \"Nieuws\"\nsort_by = \"date\"", "")),
        ("content/nieuws/2025-03-01_oud-bericht.md", "---\ntitle: Oud bericht\n---\nOud"),
        ("content/nieuws/2026-05-02-nieuw-bericht.md", &page("title = \"Nieuw bericht\"", "Nieuw")),
        ("content/nieuws/expliciet.md", &page("title = \"Expliciet\"\ndate = 2024-01-01", "")),
    ]);
    site.build();
    let list = site.read("nieuws/index.html");
    let order: Vec<usize> =
        ["nieuw-bericht/", "oud-bericht/", "expliciet/"].iter().map(|s| list.find(s).expect(s)).collect();
    assert!(order[0] < order[1] && order[1] < order[2], "newest first: {order:?}");
    assert!(site.read("nieuws/oud-bericht/index.html").contains("datetime=\"2025-03-01\""));
}

#[test]
fn drafts_only_with_the_flag() {
    let site = Site::new(&[
        ("content/klaar.md", &page("title = \"Klaar\"", "")),
        ("content/concept.md", &page("title = \"Concept\"\ndraft = true", "")),
        ("content/geheim/_index.md", &page("title = \"Geheim\"\ndraft = true", "")),
        ("content/geheim/binnen.md", &page("title = \"Binnen\"", "")),
    ]);
    site.build();
    assert!(site.exists("klaar/index.html"));
    assert!(!site.exists("concept/index.html"));
    assert!(!site.exists("geheim/binnen/index.html"), "a draft section hides its pages");
    assert_eq!(site.run(&["build", "--drafts"]).code, 0);
    assert!(site.exists("concept/index.html"));
    assert!(site.exists("geheim/binnen/index.html"));
}

#[test]
fn weights_pagination_and_reversal() {
    let mut files: Vec<(String, String)> = vec![(
        "content/lijst/_index.md".into(),
        page("title = \"Lijst\"\nsort_by = \"weight\"\npaginate_by = 2\npaginate_path = \"pagina\"", ""),
    )];
    for w in 1..=5 {
        files.push((format!("content/lijst/p{w}.md"), page(&format!("title = \"P{w}\"\nweight = {}", 6 - w), "")));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let site = Site::new(&refs);
    site.build();
    let first = site.read("lijst/index.html");
    assert!(first.contains("/lijst/p5/") && first.contains("/lijst/p4/") && !first.contains("/lijst/p3/"), "{first}");
    assert!(first.contains("Pagina 1 van 3"));
    assert!(site.read("lijst/pagina/3/index.html").contains("/lijst/p1/"));
    assert!(site.read("lijst/pagina/1/index.html").contains("http-equiv=\"refresh\""));

    site.write(
        "content/lijst/_index.md",
        &page("title = \"Lijst\"\nsort_by = \"weight\"\npaginate_by = 2\npaginate_reversed = true", ""),
    );
    site.build();
    let first = site.read("lijst/index.html");
    assert!(first.contains("/lijst/p1/") && first.contains("/lijst/p2/"), "reversed: {first}");
}

#[test]
fn transparent_render_false_and_redirect_to() {
    let site = Site::new(&[
        ("content/blog/_index.md", &page("title = \"Blog\"", "")),
        ("content/blog/2026/_index.md", &page("title = \"2026\"\ntransparent = true", "")),
        ("content/blog/2026/post.md", &page("title = \"Post\"", "")),
        ("content/intern/_index.md", &page("title = \"Intern\"\nrender = false", "")),
        ("content/intern/los.md", &page("title = \"Los\"", "")),
        ("content/verborgen.md", &page("title = \"Verborgen\"\nrender = false", "")),
        ("content/oud/_index.md", &page("title = \"Oud\"\nredirect_to = \"blog/\"", "")),
    ]);
    site.build();
    assert!(
        site.read("blog/index.html").contains("/blog/2026/post/"),
        "transparent section's pages show in the parent"
    );
    assert!(!site.exists("intern/index.html"));
    assert!(site.exists("intern/los/index.html"), "pages of an unrendered section are still rendered");
    assert!(!site.exists("verborgen/index.html"));
    assert!(site.read("oud/index.html").contains("url=https://voorbeeld.nl/blog/"));
}

#[test]
fn slugs_paths_and_aliases() {
    let site = Site::new(&[
        ("content/Hulp bij Geld & Schulden.md", &page("title = \"Geld\"\naliases = [\"oud/geld\", \"oud.html\"]", "")),
        ("content/x.md", &page("title = \"X\"\nslug = \"Eigen Slug!\"", "")),
        ("content/y.md", &page("title = \"Y\"\npath = \"ergens/anders\"", "")),
    ]);
    site.build();
    assert!(site.exists("hulp-bij-geld-schulden/index.html"));
    assert!(site.exists("eigen-slug/index.html"));
    assert!(site.exists("ergens/anders/index.html"));
    assert!(site.read("oud/geld/index.html").contains("url=https://voorbeeld.nl/hulp-bij-geld-schulden/"));
    assert!(site.read("oud.html").contains("rel=\"canonical\""));
}

#[test]
fn summaries_and_heading_ids_and_anchor_links() {
    let site = Site::new(&[
        ("config.toml", &format!("{}generate_feeds = true\n", crate::support::CONFIG)),
        ("content/_index.md", &page("title = \"Home\"\ninsert_anchor_links = \"right\"", "")),
        (
            "content/a.md",
            &page(
                "title = \"A\"\ndate = 2026-01-01",
                "Eerste deel.\n\n<!-- more -->\n\n## Hulp & steun\n\n## Hulp & steun\n\n## Eigen {#mijn-anker}\n",
            ),
        ),
    ]);
    site.build();
    let html = site.read("a/index.html");
    assert!(html.contains("<h2 id=\"hulp-steun\">"), "{html}");
    assert!(html.contains("<h2 id=\"hulp-steun-1\">"));
    assert!(html.contains("<h2 id=\"mijn-anker\">"));
    assert!(html.contains("href=\"#hulp-steun\""), "anchor links from the section setting");
    let feed = site.read("atom.xml");
    let summary = feed
        .split("<summary type=\"html\">")
        .nth(1)
        .and_then(|s| s.split("</summary>").next())
        .expect("summary in feed");
    assert!(summary.contains("Eerste deel"), "{summary}");
    assert!(!summary.contains("Hulp"), "the summary ends at <!-- more -->: {summary}");
}

#[test]
fn internal_links_resolve_with_anchors() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"", "Zie [B](@/map/b.md#kop) en [map](@/map/_index.md).")),
        ("content/map/_index.md", &page("title = \"Map\"", "")),
        ("content/map/b.md", &page("title = \"B\"", "## Kop\n")),
    ]);
    site.build();
    let html = site.read("a/index.html");
    assert!(html.contains("href=\"https://voorbeeld.nl/map/b/#kop\""), "{html}");
    assert!(html.contains("href=\"https://voorbeeld.nl/map/\""));
}

#[test]
fn markdown_extensions() {
    let site = Site::new(&[
        ("config.toml", &format!("{}[markdown]\nsmart_punctuation = true\n", crate::support::CONFIG)),
        ("content/a.md", &page("title = \"A\"", "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~weg~~ en - [x] klaar\n\nVoetnoot[^1]\n\n[^1]: Uitleg.\n\n\"Aanhalingstekens\"\n")),
    ]);
    site.build();
    let html = site.read("a/index.html");
    assert!(html.contains("<table>"));
    assert!(html.contains("<del>weg</del>"));
    assert!(html.contains("footnote"));
    assert!(html.contains("“Aanhalingstekens”"), "smart punctuation");
}

#[test]
fn translations() {
    let site = Site::new(&[
        ("config.toml", &format!("{}[languages.en]\ntitle = \"Test site\"\n", crate::support::CONFIG)),
        ("content/_index.md", &page("title = \"Home\"", "")),
        ("content/_index.en.md", &page("title = \"Home\"", "")),
        ("content/hulp.md", &page("title = \"Hulp\"", "Nederlands")),
        ("content/hulp.en.md", &page("title = \"Help\"", "English")),
    ]);
    site.build();
    let en = site.read("en/hulp/index.html");
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("English"));
    assert!(site.read("hulp/index.html").contains("href=\"https://voorbeeld.nl/en/hulp/\""), "translation linked");
}

#[test]
fn taxonomies_have_list_and_term_pages() {
    let site = Site::new(&[
        (
            "content/a.md",
            &page("title = \"Inloop\"\ndate = 2026-01-01\n[taxonomies]\nbehoeften = [\"Praten\", \"meedoen\"]", ""),
        ),
        ("content/b.md", &page("title = \"Maatje\"\n[taxonomies]\nbehoeften = [\"praten\"]", "")),
    ]);
    site.build();
    let list = site.read("behoeften/index.html");
    assert!(list.contains("https://voorbeeld.nl/behoeften/praten/"));
    assert!(list.contains("(2)"), "count shown: {list}");
    let term = site.read("behoeften/praten/index.html");
    assert!(term.contains("/a/") && term.contains("/b/"));
    assert!(site.read("behoeften/praten/atom.xml").contains("<title>Inloop</title>"), "taxonomy feed");
}

#[test]
fn a_draft_section_hides_only_its_own_language() {
    let site = Site::new(&[
        ("config.toml", &format!("{}[languages.en]\n", crate::support::CONFIG)),
        ("content/s/_index.md", &page("title = \"S\"\ndraft = true", "")),
        ("content/s/_index.en.md", &page("title = \"S\"", "")),
        ("content/s/a.md", &page("title = \"A\"", "")),
        ("content/s/a.en.md", &page("title = \"A\"", "")),
    ]);
    site.build();
    assert!(!site.exists("s/a/index.html"), "the Dutch draft section hides its pages");
    assert!(site.exists("en/s/a/index.html"));
}

/// A link in content/ to a file outside the site is never read: it is skipped with a
/// warning naming it (an error under --strict). A link to a file inside the site works.
#[test]
fn links_out_of_the_site_are_skipped_with_a_warning() {
    let outside = tempfile::tempdir().expect("temp dir");
    let secret = outside.path().join("geheim.md");
    std::fs::write(&secret, "+++\ntitle = \"Geheim\"\n+++\nWACHTWOORD-12345").expect("write");
    let site = Site::new(&[
        ("content/_index.md", &page("title = \"Home\"", "Welkom")),
        ("content/echt.md", &page("title = \"Echt\"", "Hier staat de tekst.")),
        ("content/plaatje.txt", "TEKST"),
    ]);
    std::os::unix::fs::symlink(&secret, site.root().join("content/geheim.md")).expect("link out");
    std::os::unix::fs::symlink(outside.path().join("weg.md"), site.root().join("content/kapot.md")).expect("dangling");
    std::os::unix::fs::symlink(site.root().join("content/echt.md"), site.root().join("content/kopie.md"))
        .expect("link in");
    std::fs::create_dir_all(site.root().join("static")).expect("static");
    std::os::unix::fs::symlink(&secret, site.root().join("static/geheim.txt")).expect("static link out");

    let run = site.build();
    assert!(run.stderr.contains("content/geheim.md"), "{}", run.stderr);
    assert!(run.stderr.contains("outside the site folder"), "{}", run.stderr);
    assert!(run.stderr.contains("content/kapot.md"), "{}", run.stderr);
    assert!(run.stderr.contains("static/geheim.txt"), "{}", run.stderr);
    assert!(!site.exists("geheim/index.html"));
    assert!(!site.exists("geheim.txt"));
    let everything: String = walkdir::WalkDir::new(site.out())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| String::from_utf8_lossy(&std::fs::read(e.path()).unwrap_or_default()).into_owned())
        .collect();
    assert!(!everything.contains("WACHTWOORD-12345"), "the linked file's text was published");
    assert!(site.read("kopie/index.html").contains("Hier staat de tekst."), "a link inside the site is read");

    let strict = site.run(&["check", "--strict"]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert!(strict.stderr.contains("content/geheim.md"), "{}", strict.stderr);
}
