//! One build, start to end: load → check → render → write. `build` and `check` are the
//! same run; `check` just never writes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use minijinja::{context, Value};
use rayon::prelude::*;
use thiserror::Error;

use crate::config::Config;
use crate::content::{self, Item, Library, LoadOptions};
use crate::diagnostics::{did_you_mean, find_key, Diagnostic, Diagnostics};
use crate::markdown::{self, Rendered};
use crate::output::{OutputError, Staging};
use crate::render::{self, feeds, templates::ThemeSources, views, SiteIndex};
use crate::site::{routes, taxonomies};
use crate::urls::output_file;

/// Threads for the phase that writes files; see `render_all` below.
const IO_THREADS: usize = 8;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Defaults to `output_dir` from config.toml, relative to the root.
    pub output_dir: Option<PathBuf>,
    pub base_url: Option<String>,
    pub include_drafts: bool,
    /// Warnings fail the build.
    pub strict: bool,
    /// `false` for `check`: do everything but write.
    pub write: bool,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output_dir: None,
            base_url: None,
            include_drafts: false,
            strict: false,
            write: true,
        }
    }
}

#[derive(Debug)]
pub struct BuildSummary {
    pub pages: usize,
    pub sections: usize,
    pub files: usize,
    pub output: Option<PathBuf>,
    pub warnings: Vec<Diagnostic>,
    pub timings: Vec<(&'static str, Duration)>,
}

#[derive(Debug, Error)]
pub enum BuildError {
    #[error("the site has {} problem(s)", .0.iter().filter(|d| d.severity == crate::diagnostics::Severity::Error).count())]
    Content(Vec<Diagnostic>),
    #[error(transparent)]
    Output(#[from] OutputError),
}

fn fail(diags: Diagnostics) -> BuildError {
    BuildError::Content(diags.into_sorted())
}

/// One file the site will have.
enum Job {
    Page(usize),
    Section { section: usize, pager: usize },
    Redirect { path: String, to: String },
    TaxonomyList(usize),
    TaxonomyTerm { tax: usize, term: usize, pager: usize },
    NotFound,
}

pub fn build(opts: &BuildOptions) -> Result<BuildSummary, BuildError> {
    let started = Instant::now();
    let mut timings = Vec::new();
    let mut diags = Diagnostics::default();
    let root = opts.root.as_path();

    let (mut config, _) =
        Config::load(&root.join("config.toml"), Path::new("config.toml")).map_err(|d| BuildError::Content(vec![d]))?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.trim_end_matches('/').to_string();
    }
    let sources = Arc::new(ThemeSources::new(root, config.theme.as_deref()).map_err(|d| BuildError::Content(vec![d]))?);

    let mut lib =
        content::load(&LoadOptions { root, config: &config, include_drafts: opts.include_drafts }, &mut diags);
    ensure_root_sections(&mut lib, &config);
    let taxonomies = taxonomies::collect(&lib, &config);
    routes::check_unique(&lib, &taxonomies, &config, &mut diags);
    timings.push(("load", started.elapsed()));

    // Markdown, in parallel; shortcodes render with the templates.
    let t = Instant::now();
    let index: Arc<OnceLock<SiteIndex>> = Arc::new(OnceLock::new());
    let mut env = render::environment_with_site(sources.clone(), &config, index.clone());
    check_templates(&lib, &env, &mut diags);
    let config_value = views::config_value(&config);
    let shortcode_names = sources.shortcode_names();
    let items: Vec<Item> =
        (0..lib.sections.len()).map(Item::Section).chain((0..lib.pages.len()).map(Item::Page)).collect();
    let rendered: Vec<(Rendered, Vec<Diagnostic>)> = {
        let resolve = |p: &str| lib.by_content_path.get(p).map(|&it| config.permalink(&lib.item_meta(it).path));
        items
            .par_iter()
            .map(|&item| {
                let meta = lib.item_meta(item);
                let anchor_links = match item {
                    Item::Section(s) => lib.sections[s].front.insert_anchor_links,
                    Item::Page(p) => {
                        lib.pages[p].section.map(|s| lib.sections[s].front.insert_anchor_links).unwrap_or_default()
                    }
                };
                let shortcode = |call: &markdown::shortcodes::Call, nth: usize| {
                    render::render_shortcode(&env, &shortcode_names, &config_value, &meta.lang, call, nth)
                };
                markdown::render(&markdown::Context {
                    markdown: &config.markdown,
                    file: &meta.file,
                    source: &meta.source,
                    body_start: meta.body_start,
                    anchor_links,
                    resolve: &resolve,
                    shortcode: &shortcode,
                })
            })
            .collect()
    };
    let mut by_item: HashMap<Item, Rendered> = HashMap::with_capacity(items.len());
    for (item, (r, problems)) in items.iter().zip(rendered) {
        by_item.insert(*item, r);
        diags.extend(problems);
    }
    check_anchors(&lib, &by_item, &mut diags);
    timings.push(("markdown", t.elapsed()));

    if opts.strict {
        diags.make_strict();
    }
    if diags.has_errors() {
        return Err(fail(diags));
    }

    // Template values, built once and shared by every list.
    let t = Instant::now();
    let empty = Rendered::default();
    let rendered_of = |item: Item| by_item.get(&item).unwrap_or(&empty);
    let translations = translations(&lib, &config);
    let no_translations: Vec<views::TranslationView> = Vec::new();
    let page_values: Vec<Value> = lib
        .pages
        .par_iter()
        .enumerate()
        .map(|(i, p)| {
            let tr = translations.get(&p.meta.translation_key).unwrap_or(&no_translations);
            views::page_value(&lib, p, rendered_of(Item::Page(i)), &config, tr)
        })
        .collect();
    let section_values: Vec<Value> = lib
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let tr = translations.get(&s.meta.translation_key).unwrap_or(&no_translations);
            views::section_value(&lib, s, rendered_of(Item::Section(i)), &config, tr, &page_values)
        })
        .collect();
    let mut site_index = SiteIndex { base_url: config.base_url.clone(), ..Default::default() };
    for (i, p) in lib.pages.iter().enumerate() {
        site_index.pages.insert(p.meta.content_path.clone(), page_values[i].clone());
        site_index.permalinks.insert(p.meta.content_path.clone(), config.permalink(&p.meta.path));
    }
    for (i, s) in lib.sections.iter().enumerate() {
        site_index.sections.insert(s.meta.content_path.clone(), section_values[i].clone());
        site_index.permalinks.insert(s.meta.content_path.clone(), config.permalink(&s.meta.path));
    }
    for tax in &taxonomies {
        for term in &tax.terms {
            site_index
                .taxonomy_terms
                .insert((tax.config.name.clone(), tax.lang.clone(), term.slug.clone()), config.permalink(&term.path));
        }
    }
    let _ = index.set(site_index);
    env.add_global("config", config_value.clone());
    timings.push(("views", t.elapsed()));

    // Every file, rendered in parallel, written into a fresh folder.
    let t = Instant::now();
    let jobs = jobs(&lib, &taxonomies, &config);
    let staging = if opts.write {
        let out = match &opts.output_dir {
            Some(o) => o.clone(),
            None => root.join(&config.output_dir),
        };
        let staging = Staging::new(&out, root)?;
        copy_static(&staging, root, &sources, &config)?;
        copy_assets(&staging, &lib)?;
        Some(staging)
    } else {
        None
    };

    let tax_values: Vec<(Value, Vec<Value>)> = taxonomies
        .iter()
        .map(|tax| {
            let terms: Vec<Value> = tax
                .terms
                .iter()
                .map(|term| {
                    let pages: Vec<Value> = term.pages.iter().map(|&p| page_values[p].clone()).collect();
                    context! {
                        name => term.name.clone(),
                        slug => term.slug.clone(),
                        path => term.path.clone(),
                        permalink => config.permalink(&term.path),
                        page_count => term.pages.len(),
                        pages => pages,
                    }
                })
                .collect();
            (Value::from_serialize(&tax.config), terms)
        })
        .collect();

    // Writing many small files waits on the disk more than on the CPU; more threads
    // than cores keep the disk busy (measured: BENCHMARKS.md).
    let io_pool = rayon::ThreadPoolBuilder::new().num_threads(IO_THREADS).build().ok();
    let render_all = || -> Vec<Result<(), Diagnostic>> {
        jobs.par_iter()
        .map(|job| {
            let (path, html) = match job {
                Job::Page(p) => {
                    let page = &lib.pages[*p];
                    let name = render::page_template(&lib, *p);
                    let ctx = context! {
                        page => page_values[*p].clone(),
                        current_path => page.meta.path.clone(),
                        current_url => config.permalink(&page.meta.path),
                        lang => page.meta.lang.clone(),
                    };
                    (page.meta.path.clone(), render_template(&env, &sources, &name, ctx, &page.meta.file)?)
                }
                Job::Section { section, pager } => {
                    let s = &lib.sections[*section];
                    let path = routes::pager_path(&s.meta.path, &s.front.paginate_path, *pager);
                    let name = render::section_template(&lib, *section);
                    let paginator = s.front.paginate_by.filter(|n| *n > 0).map(|per| {
                        let mut all: Vec<Value> = s.pages.iter().map(|&p| page_values[p].clone()).collect();
                        if s.front.paginate_reversed {
                            all.reverse();
                        }
                        render::paginator(&config, &s.meta.path, &s.front.paginate_path, &all, per, *pager)
                    });
                    let ctx = context! {
                        section => section_values[*section].clone(),
                        paginator => paginator,
                        current_path => path.clone(),
                        current_url => config.permalink(&path),
                        lang => s.meta.lang.clone(),
                    };
                    let html = render_template(&env, &sources, &name, ctx, &s.meta.file)?;
                    (path, html)
                }
                Job::Redirect { path, to } => (path.clone(), render::redirect_html(to)),
                Job::TaxonomyList(t) => {
                    let tax = &taxonomies[*t];
                    let name = render::taxonomy_template(&env, tax, false);
                    let ctx = context! {
                        taxonomy => tax_values[*t].0.clone(),
                        terms => tax_values[*t].1.clone(),
                        current_path => tax.path.clone(),
                        current_url => config.permalink(&tax.path),
                        lang => tax.lang.clone(),
                    };
                    (tax.path.clone(), render_template(&env, &sources, &name, ctx, Path::new("config.toml"))?)
                }
                Job::TaxonomyTerm { tax: t, term, pager } => {
                    let tax = &taxonomies[*t];
                    let term_data = &tax.terms[*term];
                    let pp = tax.config.paginate_path.as_deref().unwrap_or("page");
                    let path = routes::pager_path(&term_data.path, pp, *pager);
                    let name = render::taxonomy_template(&env, tax, true);
                    let paginator = tax.config.paginate_by.filter(|n| *n > 0).map(|per| {
                        let all: Vec<Value> = term_data.pages.iter().map(|&p| page_values[p].clone()).collect();
                        render::paginator(&config, &term_data.path, pp, &all, per, *pager)
                    });
                    let ctx = context! {
                        taxonomy => tax_values[*t].0.clone(),
                        term => tax_values[*t].1[*term].clone(),
                        paginator => paginator,
                        current_path => path.clone(),
                        current_url => config.permalink(&path),
                        lang => tax.lang.clone(),
                    };
                    (path, render_template(&env, &sources, &name, ctx, Path::new("config.toml"))?)
                }
                Job::NotFound => {
                    let ctx = context! { current_path => "/404.html", current_url => config.permalink("/404.html"), lang => config.default_language.clone() };
                    ("/404.html".to_string(), render_template(&env, &sources, "404.html", ctx, Path::new("config.toml"))?)
                }
            };
            if let Some(staging) = &staging {
                staging.write(&output_file(&path), html.as_bytes()).map_err(|e| Diagnostic::error(PathBuf::from(&path), e.to_string()))?;
            }
            Ok(())
        })
        .collect()
    };
    let results = match (&staging, &io_pool) {
        (Some(_), Some(pool)) => pool.install(render_all),
        _ => render_all(),
    };
    for r in results {
        if let Err(d) = r {
            diags.push(d);
        }
    }
    let mut files = jobs.len();

    // Feeds, sitemap and robots.txt.
    let machine_files =
        machine_files(&lib, &taxonomies, &config, &env, &sources, &page_values, &section_values, &mut diags);
    files += machine_files.len();
    timings.push(("render", t.elapsed()));

    if diags.has_errors() {
        if let Some(s) = staging {
            s.abandon();
        }
        return Err(fail(diags));
    }
    let t = Instant::now();
    let output = match staging {
        Some(staging) => {
            for (rel, text) in &machine_files {
                if let Err(e) = staging.write(rel, text.as_bytes()) {
                    staging.abandon();
                    return Err(e.into());
                }
            }
            Some(staging.commit()?)
        }
        None => None,
    };
    timings.push(("write", t.elapsed()));
    timings.push(("total", started.elapsed()));
    Ok(BuildSummary {
        pages: lib.pages.len(),
        sections: lib.sections.len(),
        files,
        output,
        warnings: diags.into_sorted(),
        timings,
    })
}

fn render_template(
    env: &minijinja::Environment,
    sources: &ThemeSources,
    name: &str,
    ctx: Value,
    file: &Path,
) -> Result<String, Diagnostic> {
    let template = env
        .get_template(name)
        .map_err(|e| render::template_diagnostic(sources, &e, &crate::diagnostics::display_path(file)))?;
    template.render(ctx).map_err(|e| render::template_diagnostic(sources, &e, &crate::diagnostics::display_path(file)))
}

/// Zola makes a home page even when content/_index.md is missing; so do we.
fn ensure_root_sections(lib: &mut Library, config: &Config) {
    if lib.root_section(&config.default_language).is_some() {
        return;
    }
    let source: Arc<str> = Arc::from("+++\n+++\n");
    let front = crate::content::front_matter::SectionFrontMatter::default();
    let section = crate::content::Section::synthetic(source, front, &config.default_language);
    let idx = lib.sections.len();
    lib.by_content_path.insert("_index.md".into(), Item::Section(idx));
    lib.sections.push(section);
    // Top-level pages and sections now have a parent.
    for i in 0..idx {
        if lib.sections[i].parent.is_none() && lib.sections[i].meta.lang == config.default_language {
            lib.sections[i].parent = Some(idx);
            lib.sections[i].ancestors.insert(0, idx);
            lib.sections[idx].subsections.push(i);
        }
    }
    for p in &mut lib.pages {
        if p.meta.lang == config.default_language {
            p.ancestors.insert(0, idx);
        }
    }
}

/// Templates named in front matter must exist.
fn check_templates(lib: &Library, env: &minijinja::Environment, diags: &mut Diagnostics) {
    let mut check = |meta: &crate::content::FileMeta, key: &str, name: &str| {
        if env.get_template(name).is_err() {
            let mut d = Diagnostic::error(&meta.file, format!("template `{name}` does not exist"))
                .with_source(&meta.source)
                .help("Put the template in templates/ of the site or theme, or remove this line to use the default.");
            if let Some(span) = find_key(&meta.source[..meta.body_start], key) {
                d = d.at(span);
            }
            diags.push(d);
        }
    };
    for s in &lib.sections {
        if let Some(t) = &s.front.template {
            check(&s.meta, "template", t);
        }
        if let Some(t) = &s.front.page_template {
            check(&s.meta, "page_template", t);
        }
    }
    for p in &lib.pages {
        if let Some(t) = &p.front.template {
            check(&p.meta, "template", t);
        }
    }
}

/// `@/page.md#anchor` must name a heading that exists.
fn check_anchors(lib: &Library, rendered: &HashMap<Item, Rendered>, diags: &mut Diagnostics) {
    let mut items: Vec<&Item> = rendered.keys().collect();
    items.sort_by_key(|i| match i {
        Item::Section(s) => (0, *s),
        Item::Page(p) => (1, *p),
    });
    for item in items {
        let r = &rendered[item];
        let meta = lib.item_meta(*item);
        for link in &r.anchor_links {
            let Some(target) = render::lookup(lib, &link.target) else { continue };
            let Some(target_r) = rendered.get(&target) else { continue };
            if !target_r.anchors.contains(&link.anchor) {
                let mut known: Vec<&str> = target_r.anchors.iter().map(String::as_str).collect();
                known.sort_unstable();
                let help = match did_you_mean(&link.anchor, known.iter().copied()) {
                    Some(s) => format!("Did you mean `#{s}`? Headings in that page: {}", known.join(", ")),
                    None if known.is_empty() => {
                        "That page has no headings; link to the page without `#...`.".to_string()
                    }
                    None => format!("Headings in that page: {}", known.join(", ")),
                };
                diags.push(
                    Diagnostic::error(
                        &meta.file,
                        format!(
                            "link to `@/{}#{}`: that page has no heading with id `{}`",
                            link.target, link.anchor, link.anchor
                        ),
                    )
                    .with_source(&meta.source)
                    .at(link.span.clone())
                    .help(help),
                );
            }
        }
    }
}

fn translations(lib: &Library, config: &Config) -> HashMap<String, Vec<views::TranslationView>> {
    let mut map: HashMap<String, Vec<views::TranslationView>> = HashMap::new();
    let pages = lib.pages.iter().map(|p| (&p.meta, &p.front.title));
    let sections = lib.sections.iter().map(|s| (&s.meta, &s.front.title));
    for (meta, title) in pages.chain(sections) {
        map.entry(meta.translation_key.clone()).or_default().push(views::TranslationView {
            lang: meta.lang.clone(),
            permalink: config.permalink(&meta.path),
            path: meta.path.clone(),
            title: title.clone(),
        });
    }
    map.retain(|_, v| v.len() > 1);
    for v in map.values_mut() {
        v.sort_by(|a, b| a.lang.cmp(&b.lang));
    }
    map
}

fn jobs(lib: &Library, taxonomies: &[taxonomies::Taxonomy], config: &Config) -> Vec<Job> {
    let mut jobs = vec![Job::NotFound];
    for (i, s) in lib.sections.iter().enumerate() {
        if !s.front.render {
            continue;
        }
        if let Some(to) = &s.front.redirect_to {
            let to = if to.starts_with("http") {
                to.clone()
            } else {
                config.permalink(&format!("/{}", to.trim_start_matches('/')))
            };
            jobs.push(Job::Redirect { path: s.meta.path.clone(), to });
        } else {
            for pager in 1..=routes::pager_count(s.pages.len(), s.front.paginate_by) {
                jobs.push(Job::Section { section: i, pager });
            }
            if s.front.paginate_by.is_some_and(|n| n > 0) {
                jobs.push(Job::Redirect {
                    path: format!("{}{}/1/", s.meta.path, s.front.paginate_path),
                    to: config.permalink(&s.meta.path),
                });
            }
        }
        for alias in &s.front.aliases {
            if let Ok(path) = crate::urls::clean_site_path(alias) {
                jobs.push(Job::Redirect { path, to: config.permalink(&s.meta.path) });
            }
        }
    }
    for (i, p) in lib.pages.iter().enumerate() {
        if p.front.render {
            jobs.push(Job::Page(i));
        }
        for alias in &p.front.aliases {
            if let Ok(path) = crate::urls::clean_site_path(alias) {
                jobs.push(Job::Redirect { path, to: config.permalink(&p.meta.path) });
            }
        }
    }
    for (t, tax) in taxonomies.iter().enumerate() {
        if !tax.config.render {
            continue;
        }
        jobs.push(Job::TaxonomyList(t));
        for (term_i, term) in tax.terms.iter().enumerate() {
            for pager in 1..=routes::pager_count(term.pages.len(), tax.config.paginate_by) {
                jobs.push(Job::TaxonomyTerm { tax: t, term: term_i, pager });
            }
        }
    }
    jobs
}

#[allow(clippy::too_many_arguments)]
fn machine_files(
    lib: &Library,
    taxonomies: &[taxonomies::Taxonomy],
    config: &Config,
    env: &minijinja::Environment,
    sources: &ThemeSources,
    page_values: &[Value],
    section_values: &[Value],
    diags: &mut Diagnostics,
) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let limit = config.feed_limit.unwrap_or(usize::MAX);
    let feed = |base: &str,
                pages: Vec<usize>,
                section: Option<Value>,
                term: Option<Value>,
                lang: &str,
                files: &mut Vec<(String, String)>,
                diags: &mut Diagnostics| {
        let mut pages: Vec<usize> = pages.into_iter().filter(|&p| lib.pages[p].date.is_some()).collect();
        crate::content::sort_pages(&mut pages, &lib.pages, crate::content::front_matter::SortBy::Date);
        pages.truncate(limit);
        let last_updated = feeds::last_updated(
            pages.iter().filter_map(|&p| lib.pages[p].updated.as_ref().or(lib.pages[p].date.as_ref())),
        );
        for name in &config.feed_filenames {
            let path = format!("{base}{name}");
            let ctx = context! {
                pages => pages.iter().map(|&p| page_values[p].clone()).collect::<Vec<_>>(),
                feed_url => config.permalink(&path),
                last_updated => last_updated.clone(),
                section => section.clone(),
                term => term.clone(),
                lang => lang,
                config => views::config_value(config),
            };
            match render_template(env, sources, name, ctx, Path::new("config.toml")) {
                Ok(xml) => files.push((output_file(&path), xml)),
                Err(d) => diags.push(d),
            }
        }
    };
    if config.generate_feeds {
        let all: Vec<usize> =
            (0..lib.pages.len()).filter(|&p| lib.pages[p].meta.lang == config.default_language).collect();
        feed("/", all, None, None, &config.default_language, &mut files, diags);
    }
    for (lang, l) in &config.languages {
        if l.generate_feeds && lang != &config.default_language {
            let all: Vec<usize> = (0..lib.pages.len()).filter(|&p| &lib.pages[p].meta.lang == lang).collect();
            feed(&format!("/{lang}/"), all, None, None, lang, &mut files, diags);
        }
    }
    for (i, s) in lib.sections.iter().enumerate() {
        let is_root = s.meta.components.is_empty();
        if s.front.generate_feeds && !(is_root && config.generate_feeds) {
            feed(&s.meta.path, s.pages.clone(), Some(section_values[i].clone()), None, &s.meta.lang, &mut files, diags);
        }
    }
    for tax in taxonomies {
        if tax.config.feed && tax.config.render {
            for term in &tax.terms {
                let term_value = context! { name => term.name.clone(), slug => term.slug.clone(), permalink => config.permalink(&term.path) };
                feed(&term.path, term.pages.clone(), None, Some(term_value), &tax.lang, &mut files, diags);
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
        for tax in taxonomies.iter().filter(|t| t.config.render) {
            entries.push(feeds::SitemapEntry { permalink: config.permalink(&tax.path), lastmod: None });
            for term in &tax.terms {
                entries.push(feeds::SitemapEntry { permalink: config.permalink(&term.path), lastmod: None });
            }
        }
        files.extend(feeds::sitemaps(entries, &config.base_url));
    }
    if config.generate_robots_txt {
        let text = match env.get_template("robots.txt") {
            Ok(t) => t.render(context! {}).unwrap_or_else(|_| feeds::robots_txt(&config.base_url)),
            Err(_) => feeds::robots_txt(&config.base_url),
        };
        files.push(("robots.txt".into(), text));
    }
    files
}

/// The theme's static files first, then the site's own, which win.
fn copy_static(staging: &Staging, root: &Path, sources: &ThemeSources, config: &Config) -> Result<(), OutputError> {
    let ignored: Vec<glob::Pattern> = config.ignored_static.iter().filter_map(|g| glob::Pattern::new(g).ok()).collect();
    if sources.embedded {
        if let Some(dir) = render::templates::DEFAULT_THEME.get_dir("static") {
            write_embedded(staging, dir)?;
        }
    }
    let mut dirs = Vec::new();
    if let Some(theme) = &sources.theme_dir {
        dirs.push(theme.join("static"));
    }
    dirs.push(root.join("static"));
    for dir in dirs {
        if !dir.is_dir() {
            continue;
        }
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().flatten() {
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
            if ignored.iter().any(|p| p.matches_path(rel)) {
                continue;
            }
            staging.copy(entry.path(), &content::path_with_slashes(rel))?;
        }
    }
    Ok(())
}

fn write_embedded(staging: &Staging, dir: &include_dir::Dir) -> Result<(), OutputError> {
    for file in dir.files() {
        let rel = file.path().strip_prefix("static").unwrap_or(file.path());
        staging.write(&content::path_with_slashes(rel), file.contents())?;
    }
    for sub in dir.dirs() {
        write_embedded(staging, sub)?;
    }
    Ok(())
}

fn copy_assets(staging: &Staging, lib: &Library) -> Result<(), OutputError> {
    let metas = lib.pages.iter().map(|p| &p.meta).chain(lib.sections.iter().map(|s| &s.meta));
    for meta in metas {
        for asset in &meta.assets {
            staging.copy(&asset.source, &asset.output)?;
        }
    }
    Ok(())
}
