//! A loaded and rendered site, kept whole so the dev server can re-render one edited
//! page (and the lists it appears in) without building everything again.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, RwLock};

use minijinja::{context, Environment, Value};
use rayon::prelude::*;

use crate::config::Config;
use crate::content::front_matter::SortBy;
use crate::content::{self, Item, Library};
use crate::diagnostics::{display_path, Code, Diagnostic, Diagnostics};
use crate::directory::{self, Directory};
use crate::markdown::{self, Rendered};
use crate::render::{self, feeds, templates::ThemeSources, views, SiteIndex};
use crate::site::routes;
use crate::site::taxonomies::Taxonomy;
use crate::urls::output_file;

use super::checks;

/// One file the site will have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    Page(usize),
    Section {
        section: usize,
        pager: usize,
    },
    Redirect {
        path: String,
        to: String,
    },
    TaxonomyList(usize),
    TaxonomyTerm {
        tax: usize,
        term: usize,
        pager: usize,
    },
    NotFound,
    /// A municipality's services in one wijk.
    Wijk {
        gemeente: usize,
        wijk: usize,
    },
    /// A municipality's services for one need.
    GemeenteNeed {
        gemeente: usize,
        need: usize,
    },
    /// Every postcode area with its wijk.
    Postcodes,
    /// The search page.
    SearchPage,
}

pub struct Site {
    pub config: Config,
    pub lib: Library,
    pub taxonomies: Vec<Taxonomy>,
    pub(crate) sources: Arc<ThemeSources>,
    env: Environment<'static>,
    index: Arc<RwLock<SiteIndex>>,
    config_value: Value,
    shortcode_names: BTreeSet<String>,
    rendered: HashMap<Item, Rendered>,
    page_values: Vec<Value>,
    section_values: Vec<Value>,
    /// Per taxonomy: its config as a value, and a value per term.
    tax_values: Vec<(Value, Vec<Value>)>,
    translations: HashMap<String, Vec<views::TranslationView>>,
    pub directory: Option<Directory>,
    dienst_of_page: HashMap<usize, usize>,
    gemeente_of_section: HashMap<usize, usize>,
    gemeente_values: Vec<Value>,
}

/// What an edit of one page needs.
pub enum Update {
    /// Front matter or structure changed: build everything again.
    NeedsFullBuild,
    /// The page's problems; nothing was changed.
    Failed(Vec<Diagnostic>),
    /// Files to write (output-relative path, bytes).
    Files(Vec<(String, String)>),
}

impl Site {
    /// Templates and Markdown for a loaded library. Problems go into `diags`.
    pub fn new(
        config: Config,
        sources: Arc<ThemeSources>,
        lib: Library,
        taxonomies: Vec<Taxonomy>,
        dir: Option<Directory>,
        diags: &mut Diagnostics,
    ) -> Site {
        let index = Arc::new(RwLock::new(link_index(&lib, &taxonomies, &config)));
        let mut env = render::environment_with_site(sources.clone(), &config, index.clone());
        let config_value = views::config_value(&config);
        env.add_global("config", config_value.clone());
        checks::templates(&lib, &env, diags);
        let shortcode_names = sources.shortcode_names();
        let translations = translations(&lib, &config);
        let dienst_of_page = dir.iter().flat_map(|d| d.diensten.iter().enumerate().map(|(i, x)| (x.page, i))).collect();
        let gemeente_of_section =
            dir.iter().flat_map(|d| d.gemeenten.iter().enumerate().map(|(i, g)| (g.section, i))).collect();
        let mut site = Site {
            directory: dir,
            dienst_of_page,
            gemeente_of_section,
            gemeente_values: Vec::new(),
            config,
            lib,
            taxonomies,
            sources,
            env,
            index,
            config_value,
            shortcode_names,
            rendered: HashMap::new(),
            page_values: Vec::new(),
            section_values: Vec::new(),
            tax_values: Vec::new(),
            translations,
        };
        let items: Vec<Item> =
            (0..site.lib.sections.len()).map(Item::Section).chain((0..site.lib.pages.len()).map(Item::Page)).collect();
        let results: Vec<(Rendered, Vec<Diagnostic>)> = items.par_iter().map(|&item| site.markdown(item)).collect();
        for (item, (r, problems)) in items.into_iter().zip(results) {
            site.rendered.insert(item, r);
            diags.extend(problems);
        }
        checks::anchors(&site.lib, &site.rendered, diags);
        site
    }

    fn markdown(&self, item: Item) -> (Rendered, Vec<Diagnostic>) {
        let lib = &self.lib;
        let meta = lib.item_meta(item);
        let anchor_links = match item {
            Item::Section(s) => lib.sections[s].front.insert_anchor_links,
            Item::Page(p) => {
                lib.pages[p].section.map(|s| lib.sections[s].front.insert_anchor_links).unwrap_or_default()
            }
        };
        let resolve = |p: &str| lib.by_content_path.get(p).map(|&it| self.config.permalink(&lib.item_meta(it).path));
        let shortcode = |call: &markdown::shortcodes::Call, nth: usize| {
            render::render_shortcode(&self.env, &self.shortcode_names, &self.config_value, &meta.lang, call, nth)
        };
        markdown::render(&markdown::Context {
            markdown: &self.config.markdown,
            file: &meta.file,
            source: &meta.source,
            body_start: meta.body_start,
            anchor_links,
            resolve: &resolve,
            shortcode: &shortcode,
            trusted_html: self.trusted_html(),
        })
    }

    /// `[extra.wijkwijzer] vertrouwde_html = true`: the site's editors may use raw HTML
    /// (scripts included). Off by default.
    fn trusted_html(&self) -> bool {
        self.wijkwijzer_setting("vertrouwde_html").and_then(toml::Value::as_bool).unwrap_or(false)
    }

    /// A setting of the tool itself, under `[extra.wijkwijzer]` in config.toml.
    fn wijkwijzer_setting(&self, key: &str) -> Option<&toml::Value> {
        self.config.extra.get("wijkwijzer").and_then(|w| w.get(key))
    }

    /// The values templates see, built once and shared by every list.
    pub fn prepare_views(&mut self) {
        let (lib, config) = (&self.lib, &self.config);
        self.page_values = (0..lib.pages.len()).into_par_iter().map(|i| self.page_value(i)).collect();
        if let Some(dir) = &self.directory {
            self.gemeente_values = (0..dir.gemeenten.len())
                .map(|g| directory::views::gemeente_value(dir, lib, config, g, &self.page_values))
                .collect();
        }
        self.section_values = (0..lib.sections.len()).map(|s| self.section_value(s)).collect();
        self.tax_values = (0..self.taxonomies.len())
            .map(|t| {
                let terms = (0..self.taxonomies[t].terms.len()).map(|term| self.term_value(t, term)).collect();
                (Value::from_serialize(&self.taxonomies[t].config), terms)
            })
            .collect();
        let mut index =
            SiteIndex { base_url: config.base_url.clone(), ready: true, links_ready: true, ..Default::default() };
        for (i, p) in lib.pages.iter().enumerate() {
            index.pages.insert(p.meta.content_path.clone(), self.page_values[i].clone());
            index.permalinks.insert(p.meta.content_path.clone(), config.permalink(&p.meta.path));
        }
        for (i, s) in lib.sections.iter().enumerate() {
            index.sections.insert(s.meta.content_path.clone(), self.section_values[i].clone());
            index.permalinks.insert(s.meta.content_path.clone(), config.permalink(&s.meta.path));
        }
        for tax in &self.taxonomies {
            for term in &tax.terms {
                let key = (tax.config.name.clone(), tax.lang.clone(), term.slug.clone());
                index.taxonomy_terms.insert(key, config.permalink(&term.path));
            }
        }
        *self.index.write().unwrap_or_else(|e| e.into_inner()) = index;
    }

    fn page_value(&self, p: usize) -> Value {
        let page = &self.lib.pages[p];
        let empty = Rendered::default();
        let tr = self.translations.get(&page.meta.translation_key).map_or(&[][..], Vec::as_slice);
        let dienst = match (&self.directory, self.dienst_of_page.get(&p)) {
            (Some(dir), Some(&d)) => {
                Some(directory::views::dienst_value(dir, &self.lib, &self.config, &dir.diensten[d]))
            }
            _ => None,
        };
        let r = self.rendered.get(&Item::Page(p)).unwrap_or(&empty);
        views::page_value(&self.lib, page, r, &self.config, tr, dienst)
    }

    fn section_value(&self, s: usize) -> Value {
        let section = &self.lib.sections[s];
        let empty = Rendered::default();
        let tr = self.translations.get(&section.meta.translation_key).map_or(&[][..], Vec::as_slice);
        let r = self.rendered.get(&Item::Section(s)).unwrap_or(&empty);
        views::section_value(&self.lib, section, r, &self.config, tr, &self.page_values)
    }

    fn term_value(&self, t: usize, term: usize) -> Value {
        let term = &self.taxonomies[t].terms[term];
        let pages: Vec<Value> = term.pages.iter().map(|&p| self.page_values[p].clone()).collect();
        context! {
            name => term.name.clone(),
            slug => term.slug.clone(),
            path => term.path.clone(),
            permalink => self.config.permalink(&term.path),
            page_count => term.pages.len(),
            pages => pages,
        }
    }

    /// Every HTML file of the site.
    pub fn jobs(&self) -> Vec<Job> {
        let (lib, config) = (&self.lib, &self.config);
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
                    let path = format!("{}{}/1/", s.meta.path, s.front.paginate_path);
                    jobs.push(Job::Redirect { path, to: config.permalink(&s.meta.path) });
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
        if let Some(dir) = &self.directory {
            jobs.push(Job::Postcodes);
            jobs.push(Job::SearchPage);
            for (g, gem) in dir.gemeenten.iter().enumerate() {
                jobs.extend((0..gem.wijken.len()).map(|wijk| Job::Wijk { gemeente: g, wijk }));
                jobs.extend((0..dir.region.behoeften.len()).map(|need| Job::GemeenteNeed { gemeente: g, need }));
            }
        }
        for (t, tax) in self.taxonomies.iter().enumerate() {
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

    /// Render one file: its site path and its text.
    pub fn render_job(&self, job: &Job) -> Result<(String, String), Diagnostic> {
        let (lib, config) = (&self.lib, &self.config);
        let config_file = Path::new("config.toml");
        match job {
            Job::Page(p) => {
                let page = &lib.pages[*p];
                let is_service = self.dienst_of_page.contains_key(p);
                let name =
                    if is_service && page.front.template.is_none() && self.env.get_template("dienst.html").is_ok() {
                        "dienst.html".to_string()
                    } else {
                        render::page_template(lib, *p)
                    };
                let ctx = context! {
                    page => self.page_values[*p].clone(),
                    current_path => page.meta.path.clone(),
                    current_url => config.permalink(&page.meta.path),
                    lang => page.meta.lang.clone(),
                };
                Ok((page.meta.path.clone(), self.render_template(&name, ctx, &page.meta.file)?))
            }
            Job::Section { section, pager } => {
                let s = &lib.sections[*section];
                let path = routes::pager_path(&s.meta.path, &s.front.paginate_path, *pager);
                let gemeente =
                    self.gemeente_of_section.get(section).and_then(|&g| self.gemeente_values.get(g)).cloned();
                let name = if gemeente.is_some()
                    && s.front.template.is_none()
                    && self.env.get_template("gemeente.html").is_ok()
                {
                    "gemeente.html".to_string()
                } else {
                    render::section_template(lib, *section)
                };
                let paginator = s.front.paginate_by.filter(|n| *n > 0).map(|per| {
                    let mut all: Vec<Value> = s.pages.iter().map(|&p| self.page_values[p].clone()).collect();
                    if s.front.paginate_reversed {
                        all.reverse();
                    }
                    render::paginator(config, &s.meta.path, &s.front.paginate_path, &all, per, *pager)
                });
                let ctx = context! {
                    section => self.section_values[*section].clone(),
                    gemeente => gemeente,
                    paginator => paginator,
                    current_path => path.clone(),
                    current_url => config.permalink(&path),
                    lang => s.meta.lang.clone(),
                };
                let html = self.render_template(&name, ctx, &s.meta.file)?;
                Ok((path, html))
            }
            Job::Redirect { path, to } => Ok((path.clone(), render::redirect_html(to))),
            Job::TaxonomyList(t) => {
                let tax = &self.taxonomies[*t];
                let name = render::taxonomy_template(&self.env, tax, false);
                let ctx = context! {
                    taxonomy => self.tax_values[*t].0.clone(),
                    terms => self.tax_values[*t].1.clone(),
                    current_path => tax.path.clone(),
                    current_url => config.permalink(&tax.path),
                    lang => tax.lang.clone(),
                };
                Ok((tax.path.clone(), self.render_template(&name, ctx, config_file)?))
            }
            Job::TaxonomyTerm { tax: t, term, pager } => {
                let tax = &self.taxonomies[*t];
                let term_data = &tax.terms[*term];
                let pp = tax.config.paginate_path.as_deref().unwrap_or("page");
                let path = routes::pager_path(&term_data.path, pp, *pager);
                let name = render::taxonomy_template(&self.env, tax, true);
                let paginator = tax.config.paginate_by.filter(|n| *n > 0).map(|per| {
                    let all: Vec<Value> = term_data.pages.iter().map(|&p| self.page_values[p].clone()).collect();
                    render::paginator(config, &term_data.path, pp, &all, per, *pager)
                });
                let ctx = context! {
                    taxonomy => self.tax_values[*t].0.clone(),
                    term => self.tax_values[*t].1[*term].clone(),
                    paginator => paginator,
                    current_path => path.clone(),
                    current_url => config.permalink(&path),
                    lang => tax.lang.clone(),
                };
                Ok((path, self.render_template(&name, ctx, config_file)?))
            }
            Job::Wijk { gemeente, wijk } => {
                let dir = self
                    .directory
                    .as_ref()
                    .ok_or_else(|| Diagnostic::error(Code::Internal, "content", "no directory"))?;
                let gem = &dir.gemeenten[*gemeente];
                let w = &gem.wijken[*wijk];
                let path = directory::views::wijk_path(lib, gem, &w.slug);
                let list = dir.select(lib, *gemeente, Some(&w.slug), None);
                let ctx = context! {
                    gemeente => self.gemeente_values[*gemeente].clone(),
                    wijk => context! { slug => w.slug.clone(), naam => w.naam.clone(), postcodes => w.postcodes.clone() },
                    diensten => directory::views::services(dir, &list, &self.page_values),
                    current_path => path.clone(),
                    current_url => config.permalink(&path),
                    lang => config.default_language.clone(),
                };
                Ok((path, self.render_template("wijk.html", ctx, &lib.sections[gem.section].meta.file)?))
            }
            Job::GemeenteNeed { gemeente, need } => {
                let dir = self
                    .directory
                    .as_ref()
                    .ok_or_else(|| Diagnostic::error(Code::Internal, "content", "no directory"))?;
                let gem = &dir.gemeenten[*gemeente];
                let n = &dir.region.behoeften[*need];
                let path = directory::views::need_path(lib, gem, &n.slug);
                let list = dir.select(lib, *gemeente, None, Some(&n.slug));
                let ctx = context! {
                    gemeente => self.gemeente_values[*gemeente].clone(),
                    behoefte => Value::from_serialize(n),
                    regio_permalink => config.permalink(&directory::views::region_need_path(&n.slug)),
                    diensten => directory::views::services(dir, &list, &self.page_values),
                    current_path => path.clone(),
                    current_url => config.permalink(&path),
                    lang => config.default_language.clone(),
                };
                Ok((path, self.render_template("gemeente_behoefte.html", ctx, &lib.sections[gem.section].meta.file)?))
            }
            Job::SearchPage => {
                let dir = self
                    .directory
                    .as_ref()
                    .ok_or_else(|| Diagnostic::error(Code::Internal, "content", "no directory"))?;
                let gemeenten: Vec<Value> = dir
                    .gemeenten
                    .iter()
                    .map(|g| context! { slug => g.slug.clone(), naam => g.naam.clone(), permalink => config.permalink(&lib.sections[g.section].meta.path) })
                    .collect();
                let behoeften: Vec<Value> = dir
                    .region
                    .behoeften
                    .iter()
                    .map(|n| context! { slug => n.slug.clone(), label => n.label.clone(), permalink => config.permalink(&directory::views::region_need_path(&n.slug)) })
                    .collect();
                let path = directory::SEARCH_PATH.to_string();
                let ctx = context! {
                    gemeenten => gemeenten,
                    behoeften => behoeften,
                    soorten => Value::from_serialize(&dir.region.soorten),
                    current_path => path.clone(),
                    current_url => config.permalink(&path),
                    lang => config.default_language.clone(),
                };
                Ok((path, self.render_template("zoeken.html", ctx, Path::new("config.toml"))?))
            }
            Job::Postcodes => {
                let dir = self
                    .directory
                    .as_ref()
                    .ok_or_else(|| Diagnostic::error(Code::Internal, "content", "no directory"))?;
                let rows: Vec<Value> = directory::postcode_rows(dir)
                    .into_iter()
                    .map(|(pc, g, w)| {
                        let gem = &dir.gemeenten[g];
                        context! {
                            postcode => pc,
                            wijk => gem.wijken[w].naam.clone(),
                            wijk_permalink => config.permalink(&directory::views::wijk_path(lib, gem, &gem.wijken[w].slug)),
                            gemeente => gem.naam.clone(),
                            gemeente_permalink => config.permalink(&lib.sections[gem.section].meta.path),
                        }
                    })
                    .collect();
                let path = directory::POSTCODE_PATH.to_string();
                let ctx = context! {
                    rijen => rows,
                    current_path => path.clone(),
                    current_url => config.permalink(&path),
                    lang => config.default_language.clone(),
                };
                Ok((path, self.render_template("postcode.html", ctx, Path::new("config.toml"))?))
            }
            Job::NotFound => {
                let ctx = context! {
                    current_path => "/404.html",
                    current_url => config.permalink("/404.html"),
                    lang => config.default_language.clone(),
                };
                Ok(("/404.html".to_string(), self.render_template("404.html", ctx, config_file)?))
            }
        }
    }

    fn render_template(&self, name: &str, ctx: Value, file: &Path) -> Result<String, Diagnostic> {
        let rendering = display_path(file);
        let template =
            self.env.get_template(name).map_err(|e| render::template_diagnostic(&self.sources, &e, &rendering))?;
        template.render(ctx).map_err(|e| render::template_diagnostic(&self.sources, &e, &rendering))
    }

    /// Feeds, sitemap and robots.txt, as (output-relative path, text).
    pub fn machine_files(&self, diags: &mut Diagnostics) -> Vec<(String, String)> {
        let (lib, config) = (&self.lib, &self.config);
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
                    pages => pages.iter().map(|&p| self.page_values[p].clone()).collect::<Vec<_>>(),
                    feed_url => config.permalink(&path),
                    last_updated => last_updated.clone(),
                    section => section.clone(),
                    term => term.clone(),
                    lang => lang,
                };
                match self.render_template(name, ctx, Path::new("config.toml")) {
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
                feed(&s.meta.path, &s.pages, Some(self.section_values[i].clone()), None, &s.meta.lang);
            }
        }
        for tax in &self.taxonomies {
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
            if let Some(dir) = &self.directory {
                for (path, _) in directory::page_paths(dir, lib) {
                    entries.push(feeds::SitemapEntry { permalink: config.permalink(&path), lastmod: None });
                }
            }
            for tax in self.taxonomies.iter().filter(|t| t.config.render) {
                entries.push(feeds::SitemapEntry { permalink: config.permalink(&tax.path), lastmod: None });
                for term in &tax.terms {
                    entries.push(feeds::SitemapEntry { permalink: config.permalink(&term.path), lastmod: None });
                }
            }
            files.extend(feeds::sitemaps(entries, &config.base_url));
        }
        if let Some(dir) = &self.directory {
            // The postcode finder's table: PC4 → wijk page, read by postcode.js.
            let table: serde_json::Map<String, serde_json::Value> = directory::postcode_rows(dir)
                .into_iter()
                .map(|(pc, g, w)| {
                    let gem = &dir.gemeenten[g];
                    (
                        pc,
                        serde_json::json!(config.permalink(&directory::views::wijk_path(
                            lib,
                            gem,
                            &gem.wijken[w].slug
                        ))),
                    )
                })
                .collect();
            files.push(("postcodes.json".into(), serde_json::Value::Object(table).to_string()));
            match directory::hsds::export(dir, lib, config) {
                Ok(f) => files.extend(f),
                Err(e) => diags.push(Diagnostic::error(
                    Code::OutputWrite,
                    "content",
                    format!("cannot write the open data export: {e}"),
                )),
            }
        }
        if config.generate_robots_txt {
            let text = match self.env.get_template("robots.txt") {
                Ok(t) => t.render(context! {}).unwrap_or_else(|_| feeds::robots_txt(&config.base_url)),
                Err(_) => feeds::robots_txt(&config.base_url),
            };
            files.push(("robots.txt".into(), text));
        }
        files
    }

    /// The search index parts and their manifest (binary files).
    pub fn search_files(&self) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        if self.config.build_search_index == Some(false) {
            return Ok(Vec::new());
        }
        let budget = self.wijkwijzer_setting("zoeken_alles_tot").and_then(toml::Value::as_integer);
        let budget = budget.map(|b| usize::try_from(b).unwrap_or(0));
        crate::search_index::files(&self.lib, self.directory.as_ref(), &self.dienst_of_page, &self.rendered, budget)
            .map_err(|e| Diagnostic::error(Code::OutputWrite, "content", format!("cannot write the search index: {e}")))
    }

    /// Apply an edit of one page's file (`content_path` as in `@/` links) whose front
    /// matter did not change: re-render the page and the lists it is in.
    pub fn update_page(&mut self, content_path: &str, source: Arc<str>) -> Update {
        let Some(&Item::Page(p)) = self.lib.by_content_path.get(content_path) else {
            return Update::NeedsFullBuild;
        };
        let old_meta = &self.lib.pages[p].meta;
        // Unrendered pages and oversized files take the full build, which knows them.
        if !self.lib.pages[p].front.render || source.len() as u64 > content::MAX_MARKDOWN_BYTES {
            return Update::NeedsFullBuild;
        }
        let Some(split) = content::front_matter::split(&source) else {
            return Update::NeedsFullBuild;
        };
        if source[..split.body_start] != old_meta.source[..old_meta.body_start] {
            return Update::NeedsFullBuild;
        }
        let old_source = std::mem::replace(&mut self.lib.pages[p].meta.source, source);
        let (rendered, mut problems) = self.markdown(Item::Page(p));

        // Links from this page, and links from other pages into it.
        let meta = &self.lib.pages[p].meta;
        for link in &rendered.anchor_links {
            let lookup = |item: Item| if item == Item::Page(p) { Some(&rendered) } else { self.rendered.get(&item) };
            problems.extend(checks::check_link(&self.lib, meta, link, lookup));
        }
        for (item, r) in &self.rendered {
            for link in r.anchor_links.iter().filter(|l| l.target == content_path) {
                let lookup = |_: Item| Some(&rendered);
                problems.extend(checks::check_link(&self.lib, self.lib.item_meta(*item), link, lookup));
            }
        }
        if !problems.is_empty() {
            self.lib.pages[p].meta.source = old_source;
            let mut sorted = Diagnostics::default();
            sorted.extend(problems);
            return Update::Failed(sorted.into_sorted());
        }
        let had_date = self.lib.pages[p].date.is_some();
        self.rendered.insert(Item::Page(p), rendered);
        let value = self.page_value(p);
        self.page_values[p] = value.clone();
        // Directory pages list services: refresh the ones this page is on.
        let mut jobs = vec![Job::Page(p)];
        if let (Some(dir), Some(&d)) = (&self.directory, self.dienst_of_page.get(&p)) {
            let dienst = &dir.diensten[d];
            for &g in dir.serves(dienst) {
                self.gemeente_values[g] =
                    directory::views::gemeente_value(dir, &self.lib, &self.config, g, &self.page_values);
                let gem = &dir.gemeenten[g];
                for (wijk, w) in gem.wijken.iter().enumerate() {
                    if dienst.whole_municipality() || dienst.wijken.contains(&w.slug) {
                        jobs.push(Job::Wijk { gemeente: g, wijk });
                    }
                }
                for (need, n) in dir.region.behoeften.iter().enumerate() {
                    if dienst.behoeften.contains(&n.slug) {
                        jobs.push(Job::GemeenteNeed { gemeente: g, need });
                    }
                }
                jobs.push(Job::Section { section: gem.section, pager: 1 });
            }
        }
        let sections: Vec<usize> =
            (0..self.lib.sections.len()).filter(|&s| self.lib.sections[s].pages.contains(&p)).collect();
        for &s in &sections {
            self.section_values[s] = self.section_value(s);
            let sec = &self.lib.sections[s];
            if sec.front.render && sec.front.redirect_to.is_none() {
                let mut pos = sec.pages.iter().position(|&x| x == p).unwrap_or(0);
                if sec.front.paginate_reversed {
                    pos = sec.pages.len() - 1 - pos;
                }
                let pager = sec.front.paginate_by.filter(|n| *n > 0).map_or(1, |per| pos / per + 1);
                jobs.push(Job::Section { section: s, pager });
            }
        }
        for t in 0..self.taxonomies.len() {
            for term in 0..self.taxonomies[t].terms.len() {
                let Some(pos) = self.taxonomies[t].terms[term].pages.iter().position(|&x| x == p) else { continue };
                self.tax_values[t].1[term] = self.term_value(t, term);
                if self.taxonomies[t].config.render {
                    let pager = self.taxonomies[t].config.paginate_by.filter(|n| *n > 0).map_or(1, |per| pos / per + 1);
                    jobs.push(Job::TaxonomyTerm { tax: t, term, pager });
                }
            }
        }
        {
            let mut index = self.index.write().unwrap_or_else(|e| e.into_inner());
            index.pages.insert(content_path.to_string(), value);
            for &s in &sections {
                index.sections.insert(self.lib.sections[s].meta.content_path.clone(), self.section_values[s].clone());
            }
        }

        let mut files = Vec::new();
        let mut diags = Diagnostics::default();
        for job in &jobs {
            match self.render_job(job) {
                Ok((path, html)) => files.push((output_file(&path), html)),
                Err(d) => diags.push(d),
            }
        }
        if had_date {
            files.extend(self.machine_files(&mut diags));
        }
        if diags.is_empty() {
            Update::Files(files)
        } else {
            Update::Failed(diags.into_sorted())
        }
    }
}

/// Addresses of every page, section and taxonomy term, before anything is rendered.
fn link_index(lib: &Library, taxonomies: &[Taxonomy], config: &Config) -> SiteIndex {
    let mut index = SiteIndex { base_url: config.base_url.clone(), links_ready: true, ..Default::default() };
    let metas = lib.pages.iter().map(|p| &p.meta).chain(lib.sections.iter().map(|s| &s.meta));
    for meta in metas {
        index.permalinks.insert(meta.content_path.clone(), config.permalink(&meta.path));
    }
    for tax in taxonomies {
        for term in &tax.terms {
            let key = (tax.config.name.clone(), tax.lang.clone(), term.slug.clone());
            index.taxonomy_terms.insert(key, config.permalink(&term.path));
        }
    }
    index
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
