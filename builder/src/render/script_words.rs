//! The theme's scripts speak the page's language. What a script shows residents is
//! written in its strings as `{{key}}`, a key of the theme's catalogue (`i18n/*.toml`);
//! the build fills in the words, so the catalogue is the one place for them and a site
//! changes them in config.toml as it does any other word. `name.js` gets the default
//! language's words; each other language gets its own `name.<lang>.js`, which
//! `get_url(path="name.js", lang=…)` points to. Pages in the default language load
//! exactly the bytes they would with the words written in.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::templates::ThemeSources;
use super::translations::Catalogues;
use crate::config::Config;

/// The theme's scripts that have words to fill in, and the languages to fill them in for.
#[derive(Debug, Default)]
pub struct ThemeScripts {
    /// (output path, text with `{{key}}` in it), in path order.
    scripts: Vec<(String, String)>,
    default_language: String,
    other_languages: Vec<String>,
}

/// A word a script asks for that no catalogue has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingWord {
    pub script: String,
    pub key: String,
}

impl ThemeScripts {
    /// The theme's `.js` files with words in them: the built-in theme's, or those of
    /// `static_files` (what the build copies, links and ignored files already sorted
    /// out) under the theme's `static/` on disk. A script the site's own `static/`
    /// replaces is the site's: it gets no words and no files per language.
    pub fn find(sources: &ThemeSources, static_files: &[(PathBuf, String)], config: &Config) -> Self {
        let theme_static = sources.theme_dir.as_ref().map(|t| t.join("static"));
        let in_theme = |file: &PathBuf| theme_static.as_ref().is_some_and(|dir| file.starts_with(dir));
        let sites: BTreeSet<&str> =
            static_files.iter().filter(|(file, _)| !in_theme(file)).map(|(_, rel)| rel.as_str()).collect();
        let mut scripts = Vec::new();
        if theme_static.is_some() {
            for (file, rel) in static_files.iter().filter(|(file, rel)| in_theme(file) && rel.ends_with(".js")) {
                if let Ok(text) = std::fs::read_to_string(file) {
                    scripts.push((rel.clone(), text));
                }
            }
        } else if sources.embedded {
            let embedded = super::templates::embedded_static().into_iter();
            scripts.extend(
                embedded
                    .filter(|(rel, _)| rel.ends_with(".js"))
                    .filter_map(|(rel, file)| file.contents_utf8().map(|text| (rel, text.to_string()))),
            );
        }
        scripts.retain(|(rel, text)| !sites.contains(rel.as_str()) && keys(text).next().is_some());
        let other_languages = config.languages.keys().filter(|l| **l != config.default_language).cloned().collect();
        ThemeScripts { scripts, default_language: config.default_language.clone(), other_languages }
    }

    /// Output paths that have a file per language, for `get_url(…, lang=…)`.
    pub fn paths(&self) -> BTreeSet<String> {
        self.scripts.iter().map(|(rel, _)| rel.clone()).collect()
    }

    /// Every script in every language, as (output path, bytes); or every word missing.
    pub fn filled(&self, words: &Catalogues) -> Result<Vec<(String, Vec<u8>)>, Vec<MissingWord>> {
        let mut files = Vec::new();
        let mut missing = Vec::new();
        for (rel, text) in &self.scripts {
            let langs = std::iter::once(&self.default_language).chain(&self.other_languages);
            for lang in langs {
                let out = if *lang == self.default_language { rel.clone() } else { variant(rel, lang) };
                match fill(text, |key| words.get(key, Some(lang))) {
                    Ok(filled) => files.push((out, filled.into_bytes())),
                    Err(key) => {
                        let word = MissingWord { script: rel.clone(), key };
                        if !missing.contains(&word) {
                            missing.push(word);
                        }
                    }
                }
            }
        }
        if missing.is_empty() {
            Ok(files)
        } else {
            Err(missing)
        }
    }
}

/// `zoeken/zoeken.js` in English: `zoeken/zoeken.en.js`.
pub fn variant(rel: &str, lang: &str) -> String {
    match rel.strip_suffix(".js") {
        Some(stem) => format!("{stem}.{lang}.js"),
        None => format!("{rel}.{lang}"),
    }
}

/// The keys a script asks for: `{{key}}`, a key being lower-case letters, digits and `_`.
pub fn keys(text: &str) -> impl Iterator<Item = &str> {
    text.split("{{").skip(1).filter_map(|part| part.split_once("}}").map(|(key, _)| key)).filter(|key| is_key(key))
}

fn is_key(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The script with its words filled in, escaped for a JavaScript string; or the first
/// key without a word.
fn fill<'a>(text: &str, word: impl Fn(&str) -> Option<&'a str>) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let key = after.split_once("}}").map(|(k, _)| k).filter(|k| is_key(k));
        out.push_str(&rest[..start]);
        match key {
            Some(key) => {
                let w = word(key).ok_or_else(|| key.to_string())?;
                out.push_str(&js_string_content(w));
                rest = &after[key.len() + 2..];
            }
            None => {
                out.push_str("{{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Text that can stand between quotes of either kind in JavaScript.
fn js_string_content(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_words_escaped_and_leaves_other_braces() {
        let word = |k: &str| match k {
            "open_now" => Some("Nu \"open\""),
            "quote" => Some("it's\nfine"),
            _ => None,
        };
        assert_eq!(
            fill(r#"var W={a:"{{open_now}}",b:'{{quote}}'};if(x){{}}"#, word).unwrap(),
            r#"var W={a:"Nu \"open\"",b:'it\'s\nfine'};if(x){{}}"#
        );
        assert_eq!(fill(r#"t("{{nope}}")"#, word), Err("nope".to_string()));
        assert_eq!(keys("a {{x_1}} b {{Not}} c {{}}").collect::<Vec<_>>(), ["x_1"]);
        assert_eq!(variant("zoeken/zoeken.js", "en"), "zoeken/zoeken.en.js");
    }

    #[test]
    fn the_default_themes_scripts_have_every_word_in_dutch_and_english() {
        let sources = ThemeSources {
            site_templates: "templates".into(),
            theme_dir: None,
            embedded: true,
            theme_label: String::new(),
        };
        let text = std::sync::Arc::from("base_url = \"https://a.nl\"\ntitle = \"A\"\n[languages.en]\n");
        let config = Config::parse(&text, std::path::Path::new("config.toml")).expect("config");
        let scripts = ThemeScripts::find(&sources, &[], &config);
        assert_eq!(scripts.other_languages, ["en"]);
        let paths = scripts.paths();
        for script in ["wijkwijzer.js", "lijstje-pagina.js", "zoeken/zoeken.js", "postcode.js"] {
            assert!(paths.contains(script), "{script} has words: {paths:?}");
        }
        assert!(!paths.contains("zoeken/worker.js"));
    }
}
