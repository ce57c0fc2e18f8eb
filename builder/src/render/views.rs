//! What templates see: plain serialisable structs with Zola's field names, built once
//! per page and shared (MiniJinja values are reference-counted) by every list they are in.

use std::collections::BTreeMap;

use minijinja::Value;
use serde::Serialize;

use crate::config::Config;
use crate::content::{FileMeta, Library, Page, Section};
use crate::markdown::{Heading, Rendered};

#[derive(Serialize)]
pub struct TranslationView {
    pub lang: String,
    pub permalink: String,
    pub path: String,
    pub title: Option<String>,
}

#[derive(Serialize)]
struct PageView<'a> {
    relative_path: &'a str,
    title: &'a Option<String>,
    description: &'a Option<String>,
    content: Value,
    summary: Option<Value>,
    date: Option<&'a str>,
    updated: Option<&'a str>,
    weight: Option<i64>,
    draft: bool,
    slug: &'a str,
    path: &'a str,
    permalink: String,
    components: &'a [String],
    authors: &'a [String],
    taxonomies: &'a std::collections::BTreeMap<String, Vec<String>>,
    extra: Value,
    toc: &'a [Heading],
    word_count: usize,
    reading_time: usize,
    assets: Vec<String>,
    ancestors: Vec<&'a str>,
    lang: &'a str,
    translations: &'a [TranslationView],
    in_search_index: bool,
    /// For a service page: its directory entry with labels (see `directory::views`).
    dienst: Option<Value>,
}

pub fn page_value(
    lib: &Library,
    page: &Page,
    rendered: &Rendered,
    config: &Config,
    translations: &[TranslationView],
    dienst: Option<Value>,
) -> Value {
    let view = PageView {
        relative_path: &page.meta.content_path,
        title: &page.front.title,
        description: &page.front.description,
        content: Value::from_safe_string(rendered.html.clone()),
        summary: rendered.summary.clone().map(Value::from_safe_string),
        date: page.date.as_ref().map(|d| d.text.as_str()),
        updated: page.updated.as_ref().map(|d| d.text.as_str()),
        weight: page.front.weight,
        draft: page.front.draft,
        slug: &page.slug,
        path: &page.meta.path,
        permalink: config.permalink(&page.meta.path),
        components: &page.meta.components,
        authors: &page.front.authors,
        taxonomies: &page.front.taxonomies,
        extra: toml_table(&page.front.extra),
        toc: &rendered.toc,
        word_count: rendered.word_count,
        reading_time: reading_time(rendered.word_count),
        assets: assets(&page.meta),
        ancestors: page.ancestors.iter().map(|&s| lib.sections[s].meta.content_path.as_str()).collect(),
        lang: &page.meta.lang,
        translations,
        in_search_index: page.front.in_search_index,
        dienst,
    };
    Value::from_serialize(&view)
}

#[derive(Serialize)]
struct SectionView<'a> {
    relative_path: &'a str,
    title: &'a Option<String>,
    description: &'a Option<String>,
    content: Value,
    path: &'a str,
    permalink: String,
    components: &'a [String],
    extra: Value,
    toc: &'a [Heading],
    word_count: usize,
    reading_time: usize,
    assets: Vec<String>,
    ancestors: Vec<&'a str>,
    lang: &'a str,
    translations: &'a [TranslationView],
    pages: Vec<Value>,
    subsections: Vec<&'a str>,
    generate_feeds: bool,
}

pub fn section_value(
    lib: &Library,
    section: &Section,
    rendered: &Rendered,
    config: &Config,
    translations: &[TranslationView],
    page_values: &[Value],
) -> Value {
    let view = SectionView {
        relative_path: &section.meta.content_path,
        title: &section.front.title,
        description: &section.front.description,
        content: Value::from_safe_string(rendered.html.clone()),
        path: &section.meta.path,
        permalink: config.permalink(&section.meta.path),
        components: &section.meta.components,
        extra: toml_table(&section.front.extra),
        toc: &rendered.toc,
        word_count: rendered.word_count,
        reading_time: reading_time(rendered.word_count),
        assets: assets(&section.meta),
        ancestors: section.ancestors.iter().map(|&s| lib.sections[s].meta.content_path.as_str()).collect(),
        lang: &section.meta.lang,
        translations,
        pages: section.pages.iter().map(|&p| page_values[p].clone()).collect(),
        subsections: section.subsections.iter().map(|&s| lib.sections[s].meta.content_path.as_str()).collect(),
        generate_feeds: section.front.generate_feeds,
    };
    Value::from_serialize(&view)
}

fn reading_time(words: usize) -> usize {
    words.div_ceil(200)
}

fn assets(meta: &FileMeta) -> Vec<String> {
    meta.assets.iter().map(|a| a.path.clone()).collect()
}

/// TOML to a template value, with dates as plain strings.
pub fn toml_value(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::from(s.as_str()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::from(*b),
        toml::Value::Datetime(d) => Value::from(d.to_string()),
        toml::Value::Array(a) => Value::from(a.iter().map(toml_value).collect::<Vec<_>>()),
        toml::Value::Table(t) => toml_table(t),
    }
}

pub fn toml_table(t: &toml::Table) -> Value {
    Value::from_iter(t.iter().map(|(k, v)| (k.clone(), toml_value(v))))
}

/// `config` in templates: Zola's keys, with `extra` as plain values.
/// `config` as templates see it on pages in `lang`: as in Zola, the title and description
/// are that language's (`[languages.<lang>]`) when it has them.
pub fn config_value_for(config: &Config, lang: &str) -> Value {
    let Some(l) = config.languages.get(lang) else { return config_value(config) };
    let mut own = config.clone();
    own.title = l.title.clone().or(own.title);
    own.description = l.description.clone().or(own.description);
    config_value(&own)
}

pub fn config_value(config: &Config) -> Value {
    #[derive(Serialize)]
    struct ConfigView<'a> {
        base_url: &'a str,
        title: &'a Option<String>,
        description: &'a Option<String>,
        default_language: &'a str,
        generate_feeds: bool,
        feed_filenames: &'a [String],
        author: &'a Option<String>,
        taxonomies: &'a [crate::config::TaxonomyConfig],
        build_search_index: bool,
        extra: Value,
        languages: Vec<&'a str>,
        /// Per other language its `[languages.<lang>.extra]`: a menu and help lines in
        /// that language replace the default ones on its pages.
        languages_extra: BTreeMap<&'a str, Value>,
    }
    Value::from_serialize(ConfigView {
        base_url: &config.base_url,
        title: &config.title,
        description: &config.description,
        default_language: &config.default_language,
        generate_feeds: config.generate_feeds,
        feed_filenames: &config.feed_filenames,
        author: &config.author,
        taxonomies: &config.taxonomies,
        build_search_index: config.build_search_index.unwrap_or(true),
        extra: toml_table(&config.extra),
        languages: config.languages.keys().map(String::as_str).collect(),
        languages_extra: config.languages.iter().map(|(lang, l)| (lang.as_str(), toml_table(&l.extra))).collect(),
    })
}
