//! What a build writes besides pages: sitemap, robots.txt, feeds, 404, static files;
//! and how: deterministic, and `check` writes nothing.

use crate::support::{page, Site};

fn small_site() -> Site {
    Site::new(&[
        ("config.toml", &format!("{}generate_feeds = true\n", crate::support::CONFIG)),
        ("content/_index.md", &page("title = \"Home\"", "")),
        ("content/nieuws/_index.md", &page("title = \"Nieuws\"\ngenerate_feeds = true\nsort_by = \"date\"", "")),
        (
            "content/nieuws/a.md",
            &page("title = \"Bericht <A>\"\ndate = 2026-01-02\nupdated = 2026-02-03", "Tekst & meer"),
        ),
        ("static/logo.svg", "<svg/>"),
        ("static/css/extra.css", "body{}"),
    ])
}

#[test]
fn sitemap_robots_feeds_and_404() {
    let site = small_site();
    site.build();
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://voorbeeld.nl/nieuws/a/</loc>"));
    assert!(sitemap.contains("<lastmod>2026-02-03</lastmod>"));
    assert!(site.read("robots.txt").contains("Sitemap: https://voorbeeld.nl/sitemap.xml"));
    let feed = site.read("nieuws/atom.xml");
    assert!(feed.contains("<title>Bericht &lt;A&gt;</title>"), "{feed}");
    assert!(
        feed.contains("&lt;p&gt;Tekst &amp;amp; meer&lt;&#x2f;p&gt;")
            || feed.contains("&lt;p&gt;Tekst &amp;amp; meer&lt;/p&gt;"),
        "content escaped once more as Atom html: {feed}"
    );
    assert!(site.read("atom.xml").contains("<updated>2026-02-03T00:00:00Z</updated>"));
    assert!(site.read("404.html").contains("Deze pagina bestaat niet"));
    assert_eq!(site.read("logo.svg"), "<svg/>");
    assert_eq!(site.read("css/extra.css"), "body{}");
    assert!(site.exists("wijkwijzer.css"), "theme static files copied");
}

#[test]
fn two_builds_are_byte_identical() {
    let site = small_site();
    site.build();
    let first = snapshot(&site.out());
    site.build();
    let second = snapshot(&site.out());
    assert!(first.len() > 5);
    assert_eq!(first, second);
}

/// A rebuild writes only the files whose bytes changed; the rest (compressed copies
/// too) are the previous build's files, linked: same inode, same modification time, so
/// a deploy that syncs by time uploads only the change.
#[cfg(unix)]
#[test]
fn a_rebuild_writes_only_what_changed() {
    let body = "Een lange tekst over steun in de wijk. ".repeat(80);
    let config = format!("{}[extra.wijkwijzer]\ncomprimeer = true\n", crate::support::CONFIG);
    let site = crate::support::Site::new(&[
        ("config.toml", &config),
        ("content/_index.md", &page("title = \"Home\"", "")),
        ("content/a.md", &page("title = \"A\"", &body)),
        ("content/b.md", &page("title = \"B\"", &body)),
    ]);
    site.build();
    let first = inodes(&site.out());
    let run = site.build();
    assert_eq!(inodes(&site.out()), first, "nothing changed, nothing written");
    assert!(
        run.stderr.contains(&format!("{} of them unchanged", first.len() - count_compressed(&first))),
        "{}",
        run.stderr
    );

    site.write("content/b.md", &page("title = \"B\"", &format!("{body} Nieuw.")));
    site.build();
    let after = inodes(&site.out());
    let changed: Vec<&String> =
        after.iter().filter(|(path, ino)| first.get(*path) != Some(ino)).map(|(path, _)| path).collect();
    let mut changed: Vec<&str> = changed.into_iter().map(String::as_str).collect();
    changed.sort_unstable();
    assert!(changed.starts_with(&["b/index.html", "b/index.html.br", "b/index.html.gz"]), "{changed:?}");
    assert!(!changed.iter().any(|p| p.starts_with("a/") || p.ends_with(".css")), "{changed:?}");
    assert!(site.read("b/index.html").contains("Nieuw."));
}

#[cfg(unix)]
fn inodes(dir: &std::path::Path) -> std::collections::BTreeMap<String, u64> {
    use std::os::unix::fs::MetadataExt;
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().display().to_string(), e.metadata().unwrap().ino()))
        .collect()
}

#[cfg(unix)]
fn count_compressed(files: &std::collections::BTreeMap<String, u64>) -> usize {
    files.keys().filter(|f| f.ends_with(".br") || f.ends_with(".gz")).count()
}

fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().display().to_string(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn check_writes_nothing() {
    let site = small_site();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("no problems"));
    assert!(!site.out().exists());
    let entries: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!entries.iter().any(|e| e.contains("wijkwijzer")), "{entries:?}");
}

#[test]
fn base_url_and_output_dir_flags() {
    let site = small_site();
    let out = site.root().join("elders");
    let run = site.run(&["build", "--output-dir", out.to_str().unwrap(), "--base-url", "http://localhost:9/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(out.join("nieuws/index.html")).unwrap();
    assert!(html.contains("href=\"http://localhost:9/nieuws/a/\""), "{html}");
}

/// `comprimeer = true`: a .br and a .gz beside every eligible file of at least 1 KB, that
/// unpack to the same bytes, the same on every build; `_headers` and security.txt.
#[test]
fn compressed_copies_headers_and_security_txt() {
    use std::io::Read;
    let body = "Een lange tekst over steun in de wijk. ".repeat(80);
    let config = format!(
        "{}[extra.wijkwijzer]\ncomprimeer = true\nbeveiligingscontact = \"mailto:security@voorbeeld.nl\"\n",
        crate::support::CONFIG
    );
    let site = crate::support::Site::new(&[
        ("config.toml", &config),
        ("content/_index.md", &crate::support::page("title = \"Home\"", &body)),
    ]);
    site.build();
    let html = std::fs::read(site.out().join("index.html")).expect("page");
    let mut br = Vec::new();
    brotli::Decompressor::new(std::fs::read(site.out().join("index.html.br")).expect(".br").as_slice(), 4096)
        .read_to_end(&mut br)
        .expect("brotli");
    assert_eq!(br, html);
    let mut gz = Vec::new();
    flate2::read::GzDecoder::new(std::fs::read(site.out().join("index.html.gz")).expect(".gz").as_slice())
        .read_to_end(&mut gz)
        .expect("gzip");
    assert_eq!(gz, html);
    assert!(html.len() > 1024 && !site.exists("robots.txt.br"), "small files stay as they are");
    let first = std::fs::read(site.out().join("index.html.br")).expect(".br");
    site.build();
    assert_eq!(std::fs::read(site.out().join("index.html.br")).expect(".br"), first, "the same bytes every build");

    let headers = site.read("_headers");
    assert!(
        headers.contains("Content-Security-Policy: default-src 'self';") && headers.contains("frame-ancestors 'none'"),
        "{headers}"
    );
    assert!(headers.contains("/zoeken/index/*\n  Cache-Control: public, max-age=31536000, immutable"), "{headers}");
    let security = site.read(".well-known/security.txt");
    assert!(security.starts_with("Contact: mailto:security@voorbeeld.nl\nExpires: "), "{security}");

    // Without the setting: no copies.
    let plain = crate::support::Site::new(&[("content/_index.md", &crate::support::page("title = \"Home\"", &body))]);
    plain.build();
    assert!(!plain.exists("index.html.br") && !plain.exists(".well-known/security.txt"));
}
