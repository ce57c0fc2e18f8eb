//! Bad input: every problem reported at once, with file:line:column, a snippet, what is
//! wrong and how to fix it; exit code 1; no panic; the previous site untouched.

use crate::support::{page, Site};

/// The build fails and stderr names `needle` and `location`.
fn fails_with(site: &Site, location: &str, needle: &str) -> String {
    let run = site.build_fails();
    assert!(run.stderr.contains(location), "expected location {location} in:\n{}", run.stderr);
    assert!(run.stderr.contains(needle), "expected `{needle}` in:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run.stderr
}

#[test]
fn bad_toml_front_matter_points_at_the_line() {
    let site = Site::new(&[("content/a.md", "+++\ntitle = \"A\"\nweight = \"zwaar\"\n+++\n")]);
    let err = fails_with(&site, "content/a.md:3:10", "invalid type");
    assert!(err.contains("help:"), "a fix is suggested:\n{err}");
    assert!(err.contains("weight = \"zwaar\""), "snippet shown:\n{err}");
}

#[test]
fn bad_yaml_front_matter_points_at_the_line() {
    let site = Site::new(&[("content/a.md", "---\ntitle: A\nweight: [\n---\n")]);
    fails_with(&site, "content/a.md:", "front matter");
}

#[test]
fn missing_front_matter() {
    let site = Site::new(&[("content/a.md", "# Alleen tekst\n")]);
    fails_with(&site, "content/a.md:1:1", "no front matter");
}

#[test]
fn unknown_section_field() {
    let site = Site::new(&[("content/s/_index.md", &page("title = \"S\"\nsortby = \"date\"", ""))]);
    fails_with(&site, "content/s/_index.md:3:1", "unknown field `sortby`");
}

#[test]
fn unknown_config_key() {
    let site = Site::new(&[("config.toml", "base_url = \"https://a.nl\"\nkleur = \"rood\"\n")]);
    fails_with(&site, "config.toml:2:1", "unknown field `kleur`");
}

#[test]
fn missing_internal_link_and_anchor() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"", "Zie [weg](@/bestaat-niet.md).\n\nEn [kop](@/b.md#koppp).")),
        ("content/b.md", &page("title = \"B\"", "## Kopje\n")),
    ]);
    let err = fails_with(&site, "content/a.md:4:11", "there is no file content/bestaat-niet.md");
    assert!(err.contains("content/a.md:6:10"), "both problems reported:\n{err}");
    assert!(err.contains("no heading with id `koppp`"));
    assert!(err.contains("Did you mean `#kopje`?"), "{err}");
}

#[test]
fn unknown_shortcode_and_template() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"", "Tekst {{ onbekend(x=1) }}")),
        ("content/b.md", &page("title = \"B\"\ntemplate = \"bestaat-niet.html\"", "")),
    ]);
    let err = fails_with(&site, "content/a.md:4:7", "unknown shortcode `onbekend`");
    assert!(err.contains("Available shortcodes: bel, let_op"), "{err}");
    assert!(err.contains("content/b.md:3:1"), "{err}");
    assert!(err.contains("template `bestaat-niet.html` does not exist"));
}

#[test]
fn duplicate_urls() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"", "")),
        ("content/b.md", &page("title = \"B\"\npath = \"a\"", "")),
    ]);
    fails_with(&site, "content/b.md:3:1", "the address /a/ is already taken by content/a.md");
}

#[test]
fn paths_that_escape_the_output_folder() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"\npath = \"../../buiten\"", "")),
        ("content/b.md", &page("title = \"B\"\naliases = [\"../../../etc/passwd\"]", "")),
        ("content/c.md", &page("title = \"C\"\nslug = \"...\"", "")),
    ]);
    let err = fails_with(&site, "content/a.md:3:1", "would lead outside the site");
    assert!(err.contains("content/b.md:3:"), "{err}");
    assert!(err.contains("alias `../../../etc/passwd`"));
    assert!(err.contains("content/c.md:3:1"), "{err}");
    assert!(err.contains("slug `...` is empty"));
    let parent = site.root().parent().unwrap();
    assert!(!parent.join("buiten").exists() && !site.root().join("buiten").exists());
}

#[test]
fn undefined_taxonomy_and_unknown_language() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"\n[taxonomies]\nbehoefte = [\"praten\"]", "")),
        ("content/b.fr.md", &page("title = \"B\"", "")),
    ]);
    let err = fails_with(&site, "content/a.md:4:1", "taxonomy `behoefte` is not defined");
    assert!(err.contains("Did you mean `behoeften`?"), "{err}");
    assert!(err.contains("language `fr`"), "{err}");
}

#[test]
fn invalid_utf8() {
    let site = Site::new(&[]);
    site.write_bytes("content/a.md", b"+++\ntitle = \"caf\xe9\"\n+++\n");
    fails_with(&site, "content/a.md:2:13", "not valid UTF-8");
}

#[test]
fn a_file_of_50_mb_is_refused_without_reading_it() {
    let site = Site::new(&[]);
    let big = site.root().join("content/groot.md");
    std::fs::create_dir_all(big.parent().unwrap()).unwrap();
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(50 * 1000 * 1000).unwrap();
    fails_with(&site, "content/groot.md", "this file is 50.0 MB");
}

#[test]
fn failed_build_leaves_the_previous_site_untouched() {
    let site = Site::new(&[("content/a.md", &page("title = \"A\"", "Eerste versie"))]);
    site.build();
    let before = site.read("a/index.html");
    site.write("content/a.md", &page("title = \"A\"", "Tweede versie [x](@/weg.md)"));
    site.build_fails();
    assert_eq!(site.read("a/index.html"), before);
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("wijkwijzer"))
        .collect();
    assert!(leftovers.is_empty(), "no half-built folder left: {leftovers:?}");
}

#[test]
fn output_folder_may_not_hold_the_site() {
    let site = Site::new(&[("content/a.md", &page("title = \"A\"", ""))]);
    let run = site.run(&["build", "--output-dir", site.root().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("contains the site itself"), "{}", run.stderr);
    assert!(site.root().join("content/a.md").exists());
}

#[test]
fn warnings_do_not_fail_unless_strict() {
    let site = Site::new(&[("content/a.md", &page("title = \"A\"\ntitel = \"typo\"", ""))]);
    let run = site.build();
    assert!(
        run.stderr.contains("warning[WW0209]: content/a.md:3:1: unknown front matter field `titel`"),
        "{}",
        run.stderr
    );
    let strict = site.run(&["check", "--strict"]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
}

#[test]
fn templates_cannot_read_files_outside_the_template_folders() {
    let site = Site::new(&[("content/a.md", &page("title = \"A\"\ntemplate = \"/etc/passwd\"", ""))]);
    fails_with(&site, "content/a.md:3:1", "template `/etc/passwd` does not exist");
}

#[test]
fn unclosed_front_matter_and_byte_order_marks() {
    let site = Site::new(&[("content/a.md", "+++\ntitle = \"A\"\nTekst zonder einde\n")]);
    fails_with(&site, "content/a.md:1:1", "never closed with `+++`");
    let site = Site::new(&[("content/a.md", "\u{feff}+++\ntitle = \"A\"\n+++\nÉén keer {{ bel(nummer=\"113\") }}é")]);
    site.build();
    assert!(site.read("a/index.html").contains("Één keer"));
}

#[test]
fn an_existing_folder_that_is_no_build_is_not_replaced() {
    let site = Site::new(&[("content/a.md", &page("title = \"A\"", ""))]);
    let other = site.root().join("project");
    std::fs::create_dir_all(other.join(".git")).unwrap();
    let run = site.run(&["build", "--output-dir", other.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("is not an earlier build"), "{}", run.stderr);
    assert!(other.join(".git").exists());
}

#[test]
fn pager_paths_cannot_escape() {
    let site =
        Site::new(&[("content/s/_index.md", &page("title = \"S\"\npaginate_by = 2\npaginate_path = \"../../x\"", ""))]);
    fails_with(&site, "content/s/_index.md:4:1", "paginate_path `../../x` must be one word");
}

#[test]
fn broken_ignore_patterns_are_reported() {
    let site = Site::new(&[
        ("config.toml", &format!("{}ignored_content = [\"[oops\"]\n", crate::support::CONFIG)),
        ("content/a.md", &page("title = \"A\"", "")),
    ]);
    fails_with(&site, "config.toml", "`[oops` in ignored_content is not a valid pattern");
}
