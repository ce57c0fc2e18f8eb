//! `config.toml`: Zola's keys, read strictly, so that a typo in a key is an error rather
//! than a setting that silently does nothing.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::content::spans::{path, Spans, Step};
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;
use crate::msg;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub base_url: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default = "default_language")]
    pub default_language: String,
    #[serde(default)]
    pub languages: BTreeMap<String, LanguageConfig>,
    /// The theme's words changed for the default language, as Zola's `[translations]`.
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
    #[serde(default)]
    pub theme: Option<String>,
    #[serde(default = "default_output_dir")]
    pub output_dir: String,
    #[serde(default)]
    pub generate_feeds: bool,
    #[serde(default = "default_feed_filenames")]
    pub feed_filenames: Vec<String>,
    #[serde(default)]
    pub feed_limit: Option<usize>,
    #[serde(default)]
    pub taxonomies: Vec<TaxonomyConfig>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default = "yes")]
    pub generate_sitemap: bool,
    #[serde(default = "yes")]
    pub generate_robots_txt: bool,
    /// Wijkwijzer builds its search index unless this is set to false.
    #[serde(default)]
    pub build_search_index: Option<bool>,
    #[serde(default)]
    pub ignored_content: Vec<String>,
    #[serde(default)]
    pub ignored_static: Vec<String>,
    #[serde(default)]
    pub markdown: MarkdownConfig,
    // Accepted for Zola compatibility; these do not change what Wijkwijzer writes.
    #[serde(default)]
    pub compile_sass: bool,
    #[serde(default)]
    pub minify_html: bool,
    #[serde(default)]
    pub hard_link_static: bool,
    #[serde(default)]
    pub preserve_dotfiles_in_output: bool,
    #[serde(default)]
    pub exclude_paginated_pages_in_sitemap: Option<String>,
    #[serde(default)]
    pub slugify: Option<toml::Table>,
    #[serde(default)]
    pub search: Option<toml::Table>,
    #[serde(default)]
    pub link_checker: Option<toml::Table>,
    #[serde(default)]
    pub extra: toml::Table,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct LanguageConfig {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub generate_feeds: bool,
    #[serde(default)]
    pub taxonomies: Vec<TaxonomyConfig>,
    #[serde(default)]
    pub build_search_index: bool,
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
    #[serde(default)]
    pub extra: toml::Table,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyConfig {
    pub name: String,
    #[serde(default)]
    pub paginate_by: Option<usize>,
    #[serde(default)]
    pub paginate_path: Option<String>,
    #[serde(default)]
    pub feed: bool,
    #[serde(default = "yes")]
    pub render: bool,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct MarkdownConfig {
    #[serde(default)]
    pub smart_punctuation: bool,
    #[serde(default)]
    pub external_links_target_blank: bool,
    #[serde(default)]
    pub external_links_no_follow: bool,
    #[serde(default)]
    pub external_links_no_referrer: bool,
    #[serde(default)]
    pub bottom_footnotes: bool,
    /// Zola's other markdown keys (code highlighting, emoji) are accepted and ignored.
    #[serde(flatten)]
    pub other: toml::Table,
}

fn default_language() -> String {
    "nl".into()
}
fn default_output_dir() -> String {
    "public".into()
}
fn default_feed_filenames() -> Vec<String> {
    vec!["atom.xml".into()]
}
fn yes() -> bool {
    true
}

impl Config {
    /// Read and check `config.toml` at `path` (reported as `name`).
    pub fn load(path: &Path, name: &Path) -> Result<(Config, Arc<str>), Diagnostic> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Diagnostic::error(Code::ConfigUnreadable, name, msg!("config-unreadable", error = &e))
                .help(msg!("config-unreadable.help"))
        })?;
        let text: Arc<str> = Arc::from(text);
        Self::parse(&text, name).map(|c| (c, text))
    }

    pub fn parse(text: &Arc<str>, name: &Path) -> Result<Config, Diagnostic> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let mut d = Diagnostic::error(
                Code::ConfigSyntax,
                name,
                msg!("config-syntax", detail = clean_toml_message(e.message())),
            )
            .with_source(text);
            if let Some(span) = e.span() {
                d = d.at(span);
            }
            d.help(msg!("config-syntax.help"))
        })?;
        let fail_at = |code: Code, at: &[Step], msg: Message, help: Message| {
            let mut d = Diagnostic::error(code, name, msg).with_source(text).help(help);
            if let Some(span) = Spans::toml_file(text).field(at) {
                d = d.at(span);
            }
            d
        };
        let fail = |code: Code, key: &str, msg: Message, help: Message| fail_at(code, &path(&[key]), msg, help);
        if !(config.base_url.starts_with("http://")
            || config.base_url.starts_with("https://")
            || config.base_url.starts_with('/'))
        {
            return Err(fail(
                Code::ConfigBaseUrl,
                "base_url",
                msg!("config-base-url", value = &config.base_url),
                msg!("config-base-url.help"),
            ));
        }
        config.base_url = config.base_url.trim_end_matches('/').to_string();
        for name in &config.feed_filenames {
            let plain = !name.is_empty() && !name.contains(['/', '\\']) && name != ".." && name != ".";
            if !plain {
                return Err(fail(
                    Code::ConfigFeedName,
                    "feed_filenames",
                    msg!("config-feed-name", name),
                    msg!("config-feed-name.help"),
                ));
            }
        }
        // Each taxonomy with where it is written: `taxonomies[i]` or `languages.<l>.taxonomies[i]`.
        let mut all: Vec<(Vec<Step>, &TaxonomyConfig)> = Vec::new();
        let lists = std::iter::once((Vec::new(), &config.taxonomies)).chain(
            config
                .languages
                .iter()
                .map(|(lang, l)| (vec![Step::Key("languages".into()), Step::Key(lang.clone())], &l.taxonomies)),
        );
        for (prefix, list) in lists {
            for (i, t) in list.iter().enumerate() {
                let mut at = prefix.clone();
                at.extend([Step::Key("taxonomies".into()), Step::Index(i)]);
                all.push((at, t));
            }
        }
        for (at, t) in all {
            let field = |key: &str| {
                let mut at = at.clone();
                at.push(Step::Key(key.into()));
                at
            };
            if let Some(pp) = &t.paginate_path {
                if pp.is_empty() || crate::urls::slugify(pp) != *pp {
                    return Err(fail_at(
                        Code::ConfigTaxonomy,
                        &field("paginate_path"),
                        msg!("config-paginate-path", value = pp, taxonomy = &t.name),
                        msg!("config-paginate-path.help"),
                    ));
                }
            }
            if crate::urls::slugify(&t.name) != t.name {
                return Err(fail_at(
                    Code::ConfigTaxonomy,
                    &field("name"),
                    msg!("config-taxonomy-name", name = &t.name),
                    msg!("config-taxonomy-name.help"),
                ));
            }
        }
        Ok(config)
    }

    /// The taxonomies defined for one language.
    pub fn taxonomies_for(&self, lang: &str) -> &[TaxonomyConfig] {
        if lang == self.default_language {
            &self.taxonomies
        } else {
            self.languages.get(lang).map_or(&[], |l| &l.taxonomies)
        }
    }

    pub fn is_language(&self, lang: &str) -> bool {
        lang == self.default_language || self.languages.contains_key(lang)
    }

    /// The full address of a site path (which starts with `/`).
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }
}

/// An error in config.toml at the setting `at` (such as `["extra", "wijkwijzer",
/// "offline", "aan"]`), pointing at its line when it is written there.
pub(crate) fn setting_error(code: Code, text: &Arc<str>, at: &[&str], message: Message, help: Message) -> Diagnostic {
    let d = Diagnostic::error(code, "config.toml", message).with_source(text).help(help);
    match Spans::toml_file(text).field(&path(at)) {
        Some(span) => d.at(span),
        None => d,
    }
}

/// toml's messages are good, but start lower-case and end with a newline.
pub(crate) fn clean_toml_message(message: &str) -> String {
    message.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Config, Diagnostic> {
        Config::parse(&Arc::from(s), Path::new("config.toml"))
    }

    #[test]
    fn unknown_top_level_key_is_an_error_with_position() {
        let err = parse("base_url = \"https://a.nl\"\ntitel = \"x\"\n").unwrap_err();
        assert!(err.message.to_string().contains("titel"), "{}", err.message);
        assert_eq!(err.line_col().map(|l| l.0), Some(2));
    }

    #[test]
    fn feed_names_and_paginate_paths_stay_plain() {
        assert!(parse("base_url = \"https://a.nl\"\nfeed_filenames = [\"../x.xml\"]").is_err());
        let bad = "base_url = \"https://a.nl\"\ntaxonomies = [{ name = \"tags\", paginate_path = \"../..\" }]";
        assert!(parse(bad).unwrap_err().message.to_string().contains("paginate_path"));
    }

    #[test]
    fn base_url_is_required_and_trimmed() {
        assert!(parse("title = \"x\"").unwrap_err().message.to_string().contains("base_url"));
        assert_eq!(parse("base_url = \"https://a.nl/\"").unwrap().base_url, "https://a.nl");
    }
}
