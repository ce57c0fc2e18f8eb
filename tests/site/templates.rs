//! Templates: the site's own override the theme's; shortcodes; Zola's variables.

use crate::support::{page, Site};

#[test]
fn site_templates_override_the_theme() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"\n[extra]\nkleur = \"groen\"", "Tekst")),
        ("templates/page.html", "EIGEN {{ page.title }} {{ page.extra.kleur }} {{ current_path }} {{ config.title }} {{ page.content | safe }}"),
    ]);
    site.build();
    assert_eq!(site.read("a/index.html").trim(), "EIGEN A groen /a/ Testsite <p>Tekst</p>");
}

#[test]
fn page_template_from_section_and_get_functions() {
    let site = Site::new(&[
        ("content/s/_index.md", &page("title = \"S\"\npage_template = \"speciaal.html\"", "")),
        ("content/s/a.md", &page("title = \"A\"", "")),
        ("templates/speciaal.html", "SPECIAAL {{ get_section(path='s/_index.md').title }} {{ get_url(path='@/s/a.md') }} {{ get_page(path='s/a.md').title }}"),
    ]);
    site.build();
    assert_eq!(site.read("s/a/index.html").trim(), "SPECIAAL S https://voorbeeld.nl/s/a/ A");
}

#[test]
fn shortcodes_inline_and_with_body() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"", "Bel {{ bel(nummer=\"0800-1205\") }} nu.\n\n{% let_op(titel=\"Let op\") %}\nDit is **belangrijk**.\n{% end %}\n")),
        ("templates/shortcodes/teller.html", "[{{ nth }}]"),
        ("content/b.md", &page("title = \"B\"", "{{ teller() }} {{ teller() }}")),
    ]);
    site.build();
    let html = site.read("a/index.html");
    assert!(html.contains("<a class=\"bel\" href=\"tel:08001205\">0800-1205</a>"), "{html}");
    assert!(html.contains("<div class=\"let-op\" role=\"note\">"));
    assert!(html.contains("<strong>belangrijk</strong>"));
    assert!(site.read("b/index.html").contains("[1] [2]"));
}

#[test]
fn template_errors_name_the_template_line() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"", "")),
        ("templates/page.html", "regel 1\n{{ page.title | bestaatniet }}\n"),
    ]);
    let run = site.build_fails();
    assert!(run.stderr.contains("templates/page.html:2:1"), "{}", run.stderr);
    assert!(run.stderr.contains("content/a.md"), "names the page being rendered: {}", run.stderr);
}

#[test]
fn default_theme_is_accessible_html() {
    let site = Site::new(&[("content/a.md", &page("title = \"A & B\"\ndescription = \"Uitleg\"", "Tekst"))]);
    site.build();
    let html = site.read("a/index.html");
    assert!(html.starts_with("<!doctype html>\n<html lang=\"nl\">"));
    assert!(html.contains("<title>A &amp; B – Testsite</title>"));
    assert!(html.contains("href=\"#inhoud\""), "skip link");
    assert!(html.contains("<main id=\"inhoud\""));
    assert!(html.contains("Content-Security-Policy"));
    assert!(!html.contains("<script"), "no scripts on a plain page");
}

#[test]
fn shortcodes_can_link_with_get_url_as_in_zola() {
    let site = Site::new(&[
        ("content/a.md", &page("title = \"A\"", "Zie {{ link(naar=\"@/b.md\") }}.")),
        ("content/b.md", &page("title = \"B\"", "")),
        ("templates/shortcodes/link.html", "<a href=\"{{ get_url(path=naar) }}\">B</a>"),
        ("templates/shortcodes/pagina.html", "{{ get_page(path='b.md').title }}"),
        ("content/c.md", &page("title = \"C\"", "{{ pagina() }}")),
    ]);
    let run = site.build_fails();
    assert!(run.stderr.contains("get_page and get_section cannot be used inside shortcodes"), "{}", run.stderr);
    site.write("content/c.md", &page("title = \"C\"", ""));
    site.build();
    assert!(site.read("a/index.html").contains("<a href=\"https://voorbeeld.nl/b/\">B</a>"));
}

#[test]
fn script_injection_in_front_matter_and_markdown_comes_out_inert() {
    let body = "<script>alert('md')</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n[klik](javascript:alert(1)) <img src=x onerror=\"alert(2)\">\n\n<p style=\"color:red\" class=\"mag\">tekst</p>";
    let site = Site::new(&[(
        "content/a.md",
        &page("title = \"<script>alert('titel')</script>\"\ndescription = \"\\\" onmouseover=\\\"alert(3)\"", body),
    )]);
    site.build();
    let html = site.read("a/index.html");
    for bad in ["<script>alert", "<iframe", "javascript:", "onerror=", "\" onmouseover=\"", "style=\"color"] {
        assert!(!html.contains(bad), "`{bad}` survived:\n{html}");
    }
    assert!(html.contains("&lt;script&gt;alert"), "the title is shown as text");
    assert!(html.contains("<p class=\"mag\">tekst</p>"), "harmless HTML stays");

    // A site that trusts its editors may opt in to raw HTML.
    site.write("config.toml", &format!("{}[extra.wijkwijzer]\nvertrouwde_html = true\n", crate::support::CONFIG));
    site.build();
    assert!(site.read("a/index.html").contains("<script>alert('md')</script>"));
}

/// A theme on disk made before the offline worker existed still builds: the worker and
/// its page come from the built-in theme.
#[test]
fn a_theme_without_the_worker_templates_still_builds() {
    let base = "<!doctype html><html lang=\"nl\"><head><title>{{ config.title }}</title></head><body><main>{% block content %}{% endblock %}</main></body></html>";
    let site = Site::new(&[
        ("content/_index.md", "+++\ntitle = \"Start\"\n+++\nHallo.\n"),
        ("themes/eigen/templates/base.html", base),
        (
            "themes/eigen/templates/index.html",
            "{% extends \"base.html\" %}{% block content %}{{ section.content | safe }}{% endblock %}",
        ),
        ("themes/eigen/templates/404.html", "{% extends \"base.html\" %}"),
        ("themes/eigen/templates/taxonomy_list.html", "{% extends \"base.html\" %}"),
        ("themes/eigen/templates/taxonomy_single.html", "{% extends \"base.html\" %}"),
    ]);
    let config = std::fs::read_to_string(site.root().join("config.toml")).unwrap();
    std::fs::write(
        site.root().join("config.toml"),
        format!("theme = \"eigen\"\n{config}\n[extra.wijkwijzer.offline]\naan = true\n"),
    )
    .unwrap();
    site.build();
    assert!(site.read("sw.js").contains("var AAN = true;"));
    assert!(site.read("offline/index.html").contains("Geen internet"));
}
