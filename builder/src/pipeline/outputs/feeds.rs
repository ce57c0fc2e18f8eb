//! Feeds (Atom), the sitemap and robots.txt.

use std::path::Path;

use minijinja::{context, Value};

use crate::content::{self, front_matter::SortBy};
use crate::diagnostics::Diagnostics;
use crate::directory;
use crate::pipeline::Site;
use crate::render::feeds;
use crate::urls::output_file;

/// Feeds, sitemap and robots.txt, as (output-relative path, text).
pub fn files(site: &Site, diags: &mut Diagnostics) -> Vec<(String, String)> {
    let (lib, config) = (&site.lib, &site.config);
    let mut files = Vec::new();
    let mut feed = |base: &str, pages: &[usize], section: Option<Value>, term: Option<Value>, lang: &str| {
        let mut pages: Vec<usize> = pages.iter().copied().filter(|&p| lib.pages[p].date.is_some()).collect();
        content::sort_pages(&mut pages, &lib.pages, SortBy::Date);
        pages.truncate(config.feed_limit.unwrap_or(usize::MAX));
        let last_updated = feeds::last_updated(
            pages.iter().filter_map(|&p| lib.pages[p].updated.as_ref().or(lib.pages[p].date.as_ref())),
        );
        for name in &config.feed_filenames {
            let path = format!("{base}{name}");
            let ctx = context! {
                pages => pages.iter().map(|&p| site.page_values[p].clone()).collect::<Vec<_>>(),
                feed_url => config.permalink(&path),
                last_updated => last_updated.clone(),
                section => section.clone(),
                term => term.clone(),
                lang => lang,
            };
            match site.render_template(name, ctx, Path::new("config.toml")) {
                Ok(xml) => files.push((output_file(&path), xml)),
                Err(d) => diags.push(d),
            }
        }
    };
    if config.generate_feeds {
        let all: Vec<usize> =
            (0..lib.pages.len()).filter(|&p| lib.pages[p].meta.lang == config.default_language).collect();
        feed("/", &all, None, None, &config.default_language);
    }
    for (lang, l) in &config.languages {
        if l.generate_feeds && lang != &config.default_language {
            let all: Vec<usize> = (0..lib.pages.len()).filter(|&p| &lib.pages[p].meta.lang == lang).collect();
            feed(&format!("/{lang}/"), &all, None, None, lang);
        }
    }
    for (i, s) in lib.sections.iter().enumerate() {
        let is_root = s.meta.components.is_empty();
        if s.front.generate_feeds && !(is_root && config.generate_feeds) {
            feed(&s.meta.path, &s.pages, Some(site.section_values[i].clone()), None, &s.meta.lang);
        }
    }
    for tax in &site.taxonomies {
        if tax.config.feed && tax.config.render {
            for term in &tax.terms {
                let term_value = context! { name => term.name.clone(), slug => term.slug.clone(), permalink => config.permalink(&term.path) };
                feed(&term.path, &term.pages, None, Some(term_value), &tax.lang);
            }
        }
    }

    if config.generate_sitemap {
        let mut entries = Vec::new();
        for s in lib.sections.iter().filter(|s| s.front.render && s.front.redirect_to.is_none()) {
            entries.push(feeds::SitemapEntry { permalink: config.permalink(&s.meta.path), lastmod: None });
        }
        for p in lib.pages.iter().filter(|p| p.front.render) {
            let lastmod = p.updated.as_ref().or(p.date.as_ref()).map(|d| d.ymd());
            entries.push(feeds::SitemapEntry { permalink: config.permalink(&p.meta.path), lastmod });
        }
        if let Some(dir) = &site.directory {
            // The list page is empty until a resident fills it: nothing to find.
            for (path, _) in
                directory::page_paths(dir, lib).into_iter().filter(|(p, _)| p != directory::lijstje::LIJSTJE_PATH)
            {
                entries.push(feeds::SitemapEntry { permalink: config.permalink(&path), lastmod: None });
            }
        }
        for tax in site.taxonomies.iter().filter(|t| t.config.render) {
            entries.push(feeds::SitemapEntry { permalink: config.permalink(&tax.path), lastmod: None });
            for term in &tax.terms {
                entries.push(feeds::SitemapEntry { permalink: config.permalink(&term.path), lastmod: None });
            }
        }
        files.extend(feeds::sitemaps(entries, &config.base_url));
    }
    if config.generate_robots_txt {
        let text = match site.env.get_template("robots.txt") {
            Ok(t) => t.render(context! {}).unwrap_or_else(|_| feeds::robots_txt(&config.base_url)),
            Err(_) => feeds::robots_txt(&config.base_url),
        };
        files.push(("robots.txt".into(), text));
    }
    files
}
