//! Everything an editor reads, in their language. The words live in one Fluent catalogue
//! per language (`builder/locales/*.ftl`); code names a message by its id and passes the
//! values, and only the CLI edge (or the dev server's page) turns a message into text.
//! Dutch is the default: the editors are Dutch municipal staff.

use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language the catalogue is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, strum::EnumString, strum::VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    fn source(self) -> &'static str {
        match self {
            Lang::Nl => include_str!("../locales/nl.ftl"),
            Lang::En => include_str!("../locales/en.ftl"),
        }
    }

    /// The catalogue of this language, parsed once.
    pub fn catalogue(self) -> &'static Catalogue {
        static NL: OnceLock<Catalogue> = OnceLock::new();
        static EN: OnceLock<Catalogue> = OnceLock::new();
        let cell = match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        };
        cell.get_or_init(|| Catalogue::load(self))
    }

    /// The language named by `WIJKWIJZER_LANG` (`nl` or `en`), else Dutch.
    pub fn from_env() -> Lang {
        std::env::var("WIJKWIJZER_LANG").ok().and_then(|v| v.trim().to_lowercase().parse().ok()).unwrap_or_default()
    }
}

/// A value put into a message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message, shown in the same language (such as "Did you mean …?").
    Message(Box<Message>),
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}
impl From<Option<Message>> for Arg {
    fn from(m: Option<Message>) -> Self {
        m.map_or(Arg::Text(String::new()), Arg::from)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<&Path> for Arg {
    fn from(p: &Path) -> Self {
        Arg::Text(crate::diagnostics::display_path(p))
    }
}
impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Self {
        Arg::from(p.as_path())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}
impl From<&std::io::Error> for Arg {
    fn from(e: &std::io::Error) -> Self {
        Arg::Text(e.to_string())
    }
}

/// A message of the catalogue with its values: what the library returns instead of
/// text. `id` may name an attribute, as in `front-matter-missing.help`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message { id, args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        lang.catalogue().text(self)
    }

    /// The id and the values, the same in every language and for every wording: what a
    /// report's fingerprint is made of.
    pub fn key(&self) -> String {
        let values: Vec<String> = self
            .args
            .iter()
            .map(|(name, value)| match value {
                Arg::Text(s) => format!("{name}={s}"),
                Arg::Number(n) => format!("{name}={n}"),
                Arg::Message(m) => format!("{name}={}", m.key()),
            })
            .collect();
        format!("{}({})", self.id, values.join(";"))
    }
}

/// Dutch, the default language; the CLI chooses with `Message::text`.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Nl))
    }
}

/// `msg!("id", name = value, other, ...)`: a `Message` of the catalogue (`other` is
/// short for `other = other`).
#[macro_export]
macro_rules! msg {
    (@value $name:ident = $value:expr) => { $value };
    (@value $name:ident) => { $name };
    ($id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::messages::Message::new($id)$(.with(stringify!($name), $crate::msg!(@value $name $(= $value)?)))*
    };
}

/// One language's messages.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    fn load(lang: Lang) -> Self {
        let name: &'static str = lang.into();
        let lang_id: unic_langid::LanguageIdentifier = name.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang_id]);
        // No Unicode isolation marks: the text goes to terminals, CI logs and JSON.
        bundle.set_use_isolating(false);
        // The catalogues are part of the binary and parsed in the tests, so a failure
        // here is a fault of the build, never of the editor's input.
        let resource = FluentResource::try_new(lang.source().to_string())
            .unwrap_or_else(|(_, errors)| panic!("the {lang:?} catalogue does not parse: {errors:?}"));
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("the {lang:?} catalogue has duplicate messages: {errors:?}");
        }
        Catalogue { bundle }
    }

    /// The text of `message`. An id the catalogue lacks comes back as itself, so a
    /// mistake shows instead of vanishing; the tests keep that from happening.
    pub fn text(&self, message: &Message) -> String {
        let (id, attribute) = match message.id.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (message.id, None),
        };
        let Some(msg) = self.bundle.get_message(id) else { return message.id.to_string() };
        let pattern = match attribute {
            Some(attr) => msg.get_attribute(attr).map(|a| a.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else { return message.id.to_string() };
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            match value {
                Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Message(m) => args.set(*name, FluentValue::from(self.text(m))),
            }
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        // A value the message needs but the code did not pass: a fault the tests must see.
        debug_assert!(errors.is_empty(), "{}: {errors:?}", message.id);
        text.into_owned()
    }

    /// The text of the message (or `id.attribute`) without values, if the catalogue has it.
    pub fn lookup(&self, id: &str) -> Option<String> {
        let (name, attribute) = match id.split_once('.') {
            Some((name, attr)) => (name, Some(attr)),
            None => (id, None),
        };
        let msg = self.bundle.get_message(name)?;
        let pattern = match attribute {
            Some(attr) => msg.get_attribute(attr)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, None, &mut errors).into_owned())
    }

    /// The ids of every message and attribute (`id.attr`), for the tests.
    pub fn ids(lang: Lang) -> Vec<String> {
        let resource = fluent_syntax::parser::parse(lang.source()).unwrap_or_else(|(r, _)| r);
        let mut ids = Vec::new();
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                if m.value.is_some() {
                    ids.push(m.id.name.to_string());
                }
                for a in m.attributes {
                    ids.push(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;
    use strum::VariantArray;

    use super::*;

    /// Each message and attribute of a catalogue with the variables it uses.
    fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let resource = match fluent_syntax::parser::parse(lang.source()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{lang:?} catalogue: {errors:?}"),
        };
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                if let Some(p) = &m.value {
                    out.insert(m.id.name.to_string(), of_pattern(p));
                }
                for a in &m.attributes {
                    out.insert(format!("{}.{}", m.id.name, a.id.name), of_pattern(&a.value));
                }
            }
        }
        out
    }

    fn of_pattern(p: &ast::Pattern<&str>) -> BTreeSet<String> {
        let mut vars = BTreeSet::new();
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                of_expression(expression, &mut vars);
            }
        }
        vars
    }

    fn of_expression(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(inline) => of_inline(inline, vars),
            ast::Expression::Select { selector, variants } => {
                of_inline(selector, vars);
                for v in variants {
                    vars.extend(of_pattern(&v.value));
                }
            }
        }
    }

    fn of_inline(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => of_expression(expression, vars),
            _ => {}
        }
    }

    #[test]
    fn both_catalogues_have_the_same_messages_with_the_same_values() {
        let nl = variables(Lang::Nl);
        let en = variables(Lang::En);
        let only_nl: Vec<&String> = nl.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<&String> = en.keys().filter(|k| !nl.contains_key(*k)).collect();
        assert!(only_nl.is_empty() && only_en.is_empty(), "only in nl: {only_nl:?}; only in en: {only_en:?}");
        for (id, vars) in &nl {
            assert_eq!(vars, &en[id], "{id} uses other values in nl and en");
        }
    }

    /// Every `msg!("id"` in the builder's source names a message of both catalogues.
    #[test]
    fn every_message_the_code_names_exists() {
        let ids: BTreeSet<String> = Catalogue::ids(Lang::Nl).into_iter().collect();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut used = 0;
        for entry in walkdir::WalkDir::new(&src).into_iter().flatten() {
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for (at, _) in text.match_indices("msg!(") {
                // The id may be on the next line when the call is long.
                let rest = text[at + 5..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else { continue };
                let id = &rest[..rest.find('"').unwrap_or(0)];
                // Not a call: the macro's own documentation, and this scan's pattern.
                let identifier = id.starts_with(|c: char| c.is_ascii_alphabetic())
                    && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
                if id == "id" || !identifier {
                    continue;
                }
                used += 1;
                assert!(ids.contains(id), "{}: `{id}` is not in the catalogue", entry.path().display());
            }
        }
        assert!(used > 150, "only {used} messages found: is the source scan broken?");
    }

    #[test]
    fn a_message_reads_in_each_language_with_its_values() {
        let m = msg!("field-missing", key = "organisatie");
        assert_eq!(m.text(Lang::Nl), "`organisatie` ontbreekt of is leeg");
        assert_eq!(m.text(Lang::En), "`organisatie` is missing or empty");
        let help = msg!("unknown-value.help", hint = msg!("did-you-mean", word = "wonen"), valid = "geld, wonen");
        assert_eq!(help.text(Lang::Nl), "Bedoel je `wonen`? Kies uit: geld, wonen");
        assert_eq!(help.text(Lang::En), "Did you mean `wonen`? Valid values: geld, wonen");
        let plural = |n: usize| msg!("cli-check-failed", errors = n).text(Lang::Nl);
        assert_eq!(plural(1), "Er is 1 fout om op te lossen.");
        assert_eq!(plural(3), "Er zijn 3 fouten om op te lossen.");
        // No invisible isolation marks around values.
        assert!(!m.text(Lang::Nl).contains('\u{2068}'));
    }

    #[test]
    fn languages_by_name() {
        assert_eq!("en".parse::<Lang>().ok(), Some(Lang::En));
        assert_eq!("nl".parse::<Lang>().ok(), Some(Lang::Nl));
        assert!("de".parse::<Lang>().is_err());
        assert_eq!(Lang::VARIANTS.len(), 2);
    }
}
