//! The CLI's error text as editors see it, in full: snippet, caret, code and help.
//! A change to the layout shows up here as a snapshot diff (`cargo insta review`, or
//! update the file in tests/site/snapshots/ by hand).

use crate::support::{page, Site};

/// `wijkwijzer check` on a site with one problem; its error output.
fn check_output(files: &[(&str, &str)]) -> String {
    let site = Site::new(files);
    let run = site.run(&["check"]);
    assert_ne!(run.code, 0, "{}", run.stderr);
    run.stderr
}

#[test]
fn broken_internal_link() {
    let out = check_output(&[(
        "content/_index.md",
        &page("title = \"Home\"", "Zie [de gemeente](@/gemeenten/brumen/_index.md)."),
    )]);
    insta::assert_snapshot!(out);
}

#[test]
fn unknown_value_with_suggestion() {
    let out = check_output(&[
        ("config.toml", "base_url = \"https://voorbeeld.nl\"\ntitle = \"T\"\ntaxonomies = [{ name = \"behoeften\" }]\n[extra]\n[[extra.behoeften]]\nslug = \"praten\"\nlabel = \"Praten\"\n[[extra.soorten]]\nslug = \"inloop\"\nlabel = \"Inloop\"\n"),
        ("content/gemeenten/_index.md", &page("title = \"Gemeenten\"", "")),
        ("content/gemeenten/dorp/_index.md", &page("title = \"Dorp\"\n[extra.gemeente]\ncode = \"GM9999\"\n[[extra.gemeente.wijken]]\nslug = \"centrum\"\nnaam = \"Centrum\"", "")),
        ("content/gemeenten/dorp/inloop.md", &page("title = \"Inloop\"\ndescription = \"Koffie.\"\n[taxonomies]\nbehoeften = [\"praten\"]\n[extra.dienst]\nsoort = \"inloop\"\norganisatie = \"Stichting\"\nwijken = [\"centrum\"]\ntoegang = \"vrij\"\nkosten = \"gratsi\"\ntelefoon = [\"0575 123 456\"]\ngecontroleerd = 2099-01-01", "")),
    ]);
    insta::assert_snapshot!(out);
}

#[test]
fn yaml_front_matter_syntax() {
    let out = check_output(&[("content/a.md", "---\ntitle: A\ndescription: [niet dicht\n---\nTekst\n")]);
    insta::assert_snapshot!(out);
}

#[test]
fn config_base_url() {
    let out = check_output(&[("config.toml", "base_url = \"voorbeeld.nl\"\ntitle = \"T\"\n")]);
    insta::assert_snapshot!(out);
}

#[test]
fn warning_under_strict() {
    let site = Site::new(&[("content/a.md", &page("title = \"A\"\ntitel = \"typo\"", ""))]);
    let run = site.run(&["check", "--strict"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!(run.stderr);
}
