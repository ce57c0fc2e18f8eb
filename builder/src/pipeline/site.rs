//! A loaded and rendered site, kept whole so the dev server can re-render one edited
//! page (and what shows it) without building everything again.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, RwLock};

use minijinja::{context, Environment, Value};
use rayon::prelude::*;

use crate::config::Config;
use crate::content::{Item, Library};
use crate::diagnostics::{display_path, Code, Diagnostic, Diagnostics};
use crate::directory::{self, Directory};
use crate::markdown::{self, Rendered};
use crate::render::{self, templates::ThemeSources, views, SiteIndex};
use crate::site::taxonomies::Taxonomy;

use super::checks;

/// A loaded site with its Markdown rendered and the values its templates see. The
/// output families (`outputs`) render from it.
pub struct Site {
    pub config: Config,
    pub lib: Library,
    pub taxonomies: Vec<Taxonomy>,
    pub(crate) sources: Arc<ThemeSources>,
    pub(crate) env: Environment<'static>,
    pub(crate) index: Arc<RwLock<SiteIndex>>,
    config_value: Value,
    /// `config` for pages in another language than the default (its title and description).
    config_by_lang: HashMap<String, Value>,
    shortcode_names: BTreeSet<String>,
    pub(crate) rendered: HashMap<Item, Rendered>,
    pub(crate) page_values: Vec<Value>,
    pub(crate) section_values: Vec<Value>,
    /// Per taxonomy: its config as a value, and a value per term.
    pub(crate) tax_values: Vec<(Value, Vec<Value>)>,
    translations: HashMap<String, Vec<views::TranslationView>>,
    pub directory: Option<Directory>,
    /// The web editor's settings, when the site has one (`/admin/`).
    pub redactie: Option<crate::redactie::Redactie>,
    /// The offline worker's settings.
    pub offline: crate::offline::Offline,
    /// The theme's words per language (`trans`, dates, opening hours, scripts).
    pub(crate) catalogues: Arc<render::translations::Catalogues>,
    /// The theme's scripts with their words, per language (`render::script_words`).
    pub(crate) script_files: Vec<(String, Vec<u8>)>,
    pub(crate) dienst_of_page: HashMap<usize, usize>,
    pub(crate) gemeente_of_section: HashMap<usize, usize>,
    pub(crate) gemeente_values: Vec<Value>,
    /// The search index parts of the last build, so an edit rebuilds only its own.
    pub(crate) search_parts: crate::search_index::Written,
}

/// What an edit of one page needs.
pub enum Update {
    /// Front matter or structure changed: build everything again.
    NeedsFullBuild,
    /// The page's problems; nothing was changed.
    Failed(Vec<Diagnostic>),
    /// Files to write (output-relative path, bytes).
    Files(Vec<(String, Vec<u8>)>),
}

/// The theme's words: its catalogues, and its scripts that words are filled into.
pub struct Words {
    pub catalogues: Arc<render::translations::Catalogues>,
    pub scripts: render::script_words::ThemeScripts,
}

impl Site {
    /// Templates and Markdown for a loaded library. Problems go into `diags`.
    pub fn new(
        config: Config,
        sources: Arc<ThemeSources>,
        words: Words,
        lib: Library,
        taxonomies: Vec<Taxonomy>,
        dir: Option<Directory>,
        diags: &mut Diagnostics,
    ) -> Site {
        let Words { catalogues, scripts } = words;
        let script_files = scripts.filled(&catalogues).unwrap_or_else(|missing| {
            for m in missing {
                diags.push(
                    Diagnostic::error(
                        Code::RenderFailed,
                        format!("{}/static/{}", sources.theme_label, m.script),
                        crate::msg!("script-word-missing", key = &m.key),
                    )
                    .help(crate::msg!("script-word-missing.help", key = &m.key)),
                );
            }
            Vec::new()
        });
        let mut links = link_index(&lib, &taxonomies, &config);
        links.scripts = scripts.paths();
        let index = Arc::new(RwLock::new(links));
        let mut env = render::environment_with_site(sources.clone(), &config, index.clone(), catalogues.clone());
        let config_value = views::config_value(&config);
        let config_by_lang =
            config.languages.keys().map(|lang| (lang.clone(), views::config_value_for(&config, lang))).collect();
        env.add_global("config", config_value.clone());
        if let Some(d) = &dir {
            env.add_global("klok", d.clock.encode());
            env.add_global("lijstje_url", config.permalink(crate::directory::lijstje::LIJSTJE_PATH));
        }
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
            config_by_lang,
            config_value,
            shortcode_names,
            rendered: HashMap::new(),
            page_values: Vec::new(),
            section_values: Vec::new(),
            tax_values: Vec::new(),
            translations,
            search_parts: Default::default(),
            redactie: None,
            offline: Default::default(),
            script_files,
            catalogues,
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

    pub(super) fn markdown(&self, item: Item) -> (Rendered, Vec<Diagnostic>) {
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
    /// `config` as templates see it on a page in `lang`.
    pub(crate) fn config_for(&self, lang: &str) -> Value {
        self.config_by_lang.get(lang).cloned().unwrap_or_else(|| self.config_value.clone())
    }

    pub(crate) fn wijkwijzer_setting(&self, key: &str) -> Option<&toml::Value> {
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
        let mut index = link_index(lib, &self.taxonomies, config);
        index.ready = true;
        index.scripts = self.index.read().unwrap_or_else(|e| e.into_inner()).scripts.clone();
        for (i, p) in lib.pages.iter().enumerate() {
            index.pages.insert(p.meta.content_path.clone(), self.page_values[i].clone());
        }
        for (i, s) in lib.sections.iter().enumerate() {
            index.sections.insert(s.meta.content_path.clone(), self.section_values[i].clone());
        }
        *self.index.write().unwrap_or_else(|e| e.into_inner()) = index;
    }

    pub(super) fn page_value(&self, p: usize) -> Value {
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

    pub(super) fn section_value(&self, s: usize) -> Value {
        let section = &self.lib.sections[s];
        let empty = Rendered::default();
        let tr = self.translations.get(&section.meta.translation_key).map_or(&[][..], Vec::as_slice);
        let r = self.rendered.get(&Item::Section(s)).unwrap_or(&empty);
        views::section_value(&self.lib, section, r, &self.config, tr, &self.page_values)
    }

    pub(super) fn term_value(&self, t: usize, term: usize) -> Value {
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

    pub(crate) fn render_template(&self, name: &str, ctx: Value, file: &Path) -> Result<String, Diagnostic> {
        let rendering = display_path(file);
        let template =
            self.env.get_template(name).map_err(|e| render::template_diagnostic(&self.sources, &e, &rendering))?;
        template.render(ctx).map_err(|e| render::template_diagnostic(&self.sources, &e, &rendering))
    }
}

/// Addresses of every page, section and taxonomy term, before anything is rendered.
fn link_index(lib: &Library, taxonomies: &[Taxonomy], config: &Config) -> SiteIndex {
    let mut index = SiteIndex {
        base_url: config.base_url.clone(),
        default_language: config.default_language.clone(),
        links_ready: true,
        ..Default::default()
    };
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
