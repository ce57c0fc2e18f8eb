//! The theme's words per language, for Zola's `trans(key, lang)`. The theme ships one
//! catalogue per language (`i18n/<lang>.toml`; the default theme's Dutch and English are
//! complete), and a site changes any word the way Zola does: `[translations]` in
//! config.toml for its default language, `[languages.<lang>.translations]` for others.
//! A language without a word falls back to the site's default language, then to the
//! theme's own (Dutch).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::templates::ThemeSources;
use crate::config::Config;

/// Every language's words: the theme's catalogue under the site's own.
#[derive(Debug, Default)]
pub struct Catalogues {
    default_language: String,
    by_lang: HashMap<String, BTreeMap<String, String>>,
    /// The theme's own language (Dutch for the default theme): the last resort for a
    /// site whose languages the theme has no catalogue for.
    theme: BTreeMap<String, String>,
}

/// The language every theme's catalogue is complete in.
const THEME_LANGUAGE: &str = "nl";

impl Catalogues {
    pub fn new(sources: &ThemeSources, config: &Config) -> Catalogues {
        let mut langs: BTreeSet<&str> = config.languages.keys().map(String::as_str).collect();
        langs.insert(&config.default_language);
        let by_lang = langs
            .into_iter()
            .map(|lang| {
                let mut words: BTreeMap<String, String> =
                    sources.catalogues(lang).iter().flat_map(|text| parse(text)).collect();
                let own = if lang == config.default_language {
                    Some(&config.translations)
                } else {
                    config.languages.get(lang).map(|l| &l.translations)
                };
                words.extend(own.into_iter().flatten().map(|(k, v)| (k.clone(), v.clone())));
                (lang.to_string(), words)
            })
            .collect();
        let theme = sources.catalogues(THEME_LANGUAGE).iter().flat_map(|text| parse(text)).collect();
        Catalogues { default_language: config.default_language.clone(), by_lang, theme }
    }

    /// The word for `key` in `lang` (the default language when `None`).
    pub fn get(&self, key: &str, lang: Option<&str>) -> Option<&str> {
        let lang = lang.unwrap_or(&self.default_language);
        let find = |l: &str| self.by_lang.get(l).and_then(|words| words.get(key)).map(String::as_str);
        find(lang).or_else(|| find(&self.default_language)).or_else(|| self.theme.get(key).map(String::as_str))
    }

    /// A date in words of `lang`: the catalogue's `date_format` ("{day} {month} {year}")
    /// with the month from `months` (twelve names, separated by spaces).
    pub fn date(&self, date: &jiff::Zoned, lang: Option<&str>) -> Result<String, String> {
        let word = |key: &str| self.get(key, lang).ok_or_else(|| format!("date: there is no text for \"{key}\""));
        let months: Vec<&str> = word("months")?.split_whitespace().collect();
        let month = months
            .get(usize::from(date.month().unsigned_abs()) - 1)
            .filter(|_| months.len() == 12)
            .ok_or_else(|| format!("date: \"months\" must name twelve months, separated by spaces: {months:?}"))?;
        Ok(word("date_format")?
            .replace("{day}", &date.day().to_string())
            .replace("{month}", month)
            .replace("{year}", &date.year().to_string()))
    }

    /// Word lists of the wrong length in `lang` (the default language when `None`), as
    /// (key, words wanted, words found): a site's own `months` with eleven names.
    pub fn wrong_lists(&self, lang: Option<&str>) -> Vec<(&'static str, usize, usize)> {
        WORD_LISTS
            .iter()
            .map(|&(key, wanted)| (key, wanted, self.get(key, lang).unwrap_or_default().split_whitespace().count()))
            .filter(|(_, wanted, found)| wanted != found)
            .collect()
    }

    /// "Tijdelijk gesloten, tot en met 31 maart 2027", in the default language: the short
    /// line of "Mijn lijstje" (the templates write the same words with markup).
    pub fn closed_until(&self, date: &crate::content::dates::ContentDate) -> String {
        let day = self.date(&date.instant.to_zoned(jiff::tz::TimeZone::UTC), None).unwrap_or_else(|_| date.ymd());
        let word = |key: &str| self.get(key, None).unwrap_or_default();
        format!("{}, {}", word("temporarily_closed"), word("through_date").replace("{date}", &day))
    }
}

/// Keys the builder itself reads from the catalogue: for dates and for the list page's
/// closures (opening hours have their own, `HoursWords::KEYS`).
pub const BUILDER_KEYS: &[&str] = &["months", "date_format", "temporarily_closed", "through_date"];

/// The catalogue's word lists (words separated by spaces) and how many words each has.
const WORD_LISTS: &[(&str, usize)] = &[("months", 12), ("weekdays", 7), ("hours_nths", 5)];

/// A catalogue file: `key = "text"` lines. One that does not parse gives no words, and
/// every `trans()` of it then names the key that is missing.
pub fn parse(text: &str) -> BTreeMap<String, String> {
    toml::from_str(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::templates::DEFAULT_THEME;
    use super::*;

    fn catalogue(lang: &str) -> BTreeMap<String, String> {
        let file = DEFAULT_THEME.get_file(format!("i18n/{lang}.toml")).expect("a catalogue");
        let text = file.contents_utf8().expect("utf-8");
        let words: BTreeMap<String, String> = toml::from_str(text).expect("the catalogue parses");
        words
    }

    #[test]
    fn dutch_and_english_are_complete_for_every_template() {
        let (nl, en) = (catalogue("nl"), catalogue("en"));
        assert_eq!(nl.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>(), "the same keys in nl and en");
        let mut used = BTreeSet::new();
        let templates = DEFAULT_THEME.get_dir("templates").expect("templates");
        let nested = templates.dirs().flat_map(|d| d.files());
        for file in templates.files().chain(nested) {
            let text = file.contents_utf8().unwrap_or_default();
            for part in text.split("trans(key=\"").skip(1) {
                used.insert(part.split('"').next().unwrap_or_default().to_string());
            }
        }
        used.extend(
            BUILDER_KEYS.iter().chain(crate::directory::opening_hours::HoursWords::KEYS).map(|k| k.to_string()),
        );
        // And the words the theme's scripts ask for.
        for (_, file) in super::super::templates::embedded_static().into_iter().filter(|(rel, _)| rel.ends_with(".js"))
        {
            used.extend(super::super::script_words::keys(file.contents_utf8().unwrap_or_default()).map(String::from));
        }
        assert!(used.len() > 20, "{used:?}");
        for key in &used {
            assert!(nl.contains_key(key), "{key} is used in a template but not in nl.toml");
        }
        for key in nl.keys() {
            assert!(used.contains(key), "{key} is in the catalogue but no template uses it");
        }
    }
}
