//! The template engine: MiniJinja with Zola's template names, looked up in the site's
//! own `templates/`, then the theme's, then the default theme built into the binary.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{include_dir, Dir};
use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, Error, ErrorKind};

use crate::config::MarkdownConfig;
use crate::diagnostics::{Code, Diagnostic};

/// The default theme, so that the binary alone can build a site.
pub static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../themes/default");

/// The built-in theme's static files, as (output path, file), in path order.
pub fn embedded_static() -> Vec<(String, &'static include_dir::File<'static>)> {
    let mut out = Vec::new();
    let mut dirs: Vec<&'static Dir<'static>> = DEFAULT_THEME.get_dir("static").into_iter().collect();
    while let Some(dir) = dirs.pop() {
        dirs.extend(dir.dirs());
        for file in dir.files() {
            let rel = file.path().strip_prefix("static").unwrap_or(file.path());
            out.push((crate::content::path_with_slashes(rel), file));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Templates of files every build writes whatever its theme: the offline worker and its page.
const BUILT_IN_OUTPUTS: &[&str] = &["sw.js", "offline.html"];

/// Where templates and static files come from, most specific first.
#[derive(Debug, Clone)]
pub struct ThemeSources {
    pub site_templates: PathBuf,
    /// `themes/NAME` on disk, if the site has it.
    pub theme_dir: Option<PathBuf>,
    /// Use the built-in default theme when the theme is not on disk.
    pub embedded: bool,
    /// Site-relative name of the theme folder, for messages.
    pub theme_label: String,
}

impl ThemeSources {
    pub fn new(root: &Path, theme: Option<&str>) -> Result<ThemeSources, Diagnostic> {
        let name = theme.unwrap_or("default");
        let dir = root.join("themes").join(name);
        let on_disk = dir.join("templates").is_dir();
        if !on_disk && name != "default" {
            return Err(Diagnostic::error(Code::ThemeNotFound, "config.toml", crate::msg!("theme-not-found", name))
                .help(crate::msg!("theme-not-found.help")));
        }
        Ok(ThemeSources {
            site_templates: root.join("templates"),
            theme_dir: on_disk.then_some(dir),
            embedded: !on_disk,
            theme_label: format!("themes/{name}"),
        })
    }

    /// A template's text and the site-relative file it came from.
    pub fn template(&self, name: &str) -> Option<(String, String)> {
        // Only plain names inside the template folders: never `/etc/passwd` or `../x`.
        let plain = std::path::Path::new(name).components().all(|c| matches!(c, std::path::Component::Normal(_)));
        if name.is_empty() || !plain || name.contains('\\') {
            return None;
        }
        if let Ok(text) = std::fs::read_to_string(self.site_templates.join(name)) {
            return Some((text, format!("templates/{name}")));
        }
        if let Some(dir) = &self.theme_dir {
            if let Ok(text) = std::fs::read_to_string(dir.join("templates").join(name)) {
                return Some((text, format!("{}/templates/{name}", self.theme_label)));
            }
        }
        // The builder's own outputs come from the built-in theme when a theme on disk has
        // no template for them (a theme made before they existed).
        if self.embedded || BUILT_IN_OUTPUTS.contains(&name) {
            let file = DEFAULT_THEME.get_file(format!("templates/{name}"))?;
            return Some((file.contents_utf8()?.to_string(), format!("(built-in) themes/default/templates/{name}")));
        }
        None
    }

    /// The catalogues of words in `lang` (`i18n/<lang>.toml`), the built-in theme's first
    /// and then a theme on disk's own, which wins: the built-in templates a theme falls
    /// back to (`BUILT_IN_OUTPUTS`) find their words too.
    pub fn catalogues(&self, lang: &str) -> Vec<String> {
        if lang.is_empty() || !lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Vec::new();
        }
        let name = format!("i18n/{lang}.toml");
        let built_in = DEFAULT_THEME.get_file(&name).and_then(|f| f.contents_utf8()).map(str::to_string);
        let own = self.theme_dir.as_ref().and_then(|dir| std::fs::read_to_string(dir.join(&name)).ok());
        built_in.into_iter().chain(own).collect()
    }

    /// Names of all shortcodes available, for "did you mean" help.
    pub fn shortcode_names(&self) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        let mut add_dir = |dir: PathBuf| {
            if let Ok(rd) = std::fs::read_dir(dir) {
                for e in rd.flatten() {
                    let n = e.file_name().to_string_lossy().into_owned();
                    if let Some(stem) = n.strip_suffix(".html").or_else(|| n.strip_suffix(".md")) {
                        names.insert(stem.to_string());
                    }
                }
            }
        };
        add_dir(self.site_templates.join("shortcodes"));
        if let Some(dir) = &self.theme_dir {
            add_dir(dir.join("templates/shortcodes"));
        }
        if self.embedded {
            if let Some(d) = DEFAULT_THEME.get_dir("templates/shortcodes") {
                for f in d.files() {
                    let n = f.path().file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    if let Some(stem) = n.strip_suffix(".html").or_else(|| n.strip_suffix(".md")) {
                        names.insert(stem.to_string());
                    }
                }
            }
        }
        names
    }
}

/// Build the environment with Zola-like filters. Site functions that need the content
/// tree (`get_url`, `get_page`, ...) are added by the renderer.
pub fn environment(sources: Arc<ThemeSources>, markdown: MarkdownConfig) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_loader(move |name| Ok(sources.template(name).map(|(text, _)| text)));
    env.set_keep_trailing_newline(true);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") || name.ends_with(".xml") {
            minijinja::AutoEscape::Html
        } else {
            minijinja::AutoEscape::None
        }
    });
    // MiniJinja's HTML escaping also turns `/` into `&#x2f;`; URLs read better without.
    env.set_formatter(|out, state, value| {
        let html = matches!(state.auto_escape(), minijinja::AutoEscape::Html);
        if html && !value.is_safe() && !value.is_none() && !value.is_undefined() {
            out.write_str(&crate::markdown::escape_attr(&value.to_string()))
                .map_err(|_| Error::new(ErrorKind::WriteFailure, "cannot write"))
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    env.add_filter("markdown", move |text: String, kwargs: Kwargs| -> Result<Value, Error> {
        let inline: bool = kwargs.get::<Option<bool>>("inline")?.unwrap_or(false);
        kwargs.assert_all_used()?;
        let mut options = pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
        if markdown.smart_punctuation {
            options |= pulldown_cmark::Options::ENABLE_SMART_PUNCTUATION;
        }
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(&text, options));
        if inline {
            if let Some(inner) = html.trim_end().strip_prefix("<p>").and_then(|h| h.strip_suffix("</p>")) {
                html = inner.to_string();
            }
        }
        Ok(Value::from_safe_string(html))
    });
    env.add_filter("fill", fill);
    // As the formatter above: `/` stays as it is, so addresses read as written.
    let escape = |v: Value| {
        if v.is_safe() {
            v
        } else {
            Value::from_safe_string(crate::markdown::escape_attr(&v.to_string()))
        }
    };
    env.add_filter("escape", escape);
    env.add_filter("e", escape);
    // `capitalize` lowers the rest ("Monday to friday"); this leaves it as written.
    env.add_filter("upper_first", |s: String| {
        let mut chars = s.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
    });
    // Tera's `striptags`, which Zola themes use for summaries and meta descriptions.
    env.add_filter("striptags", |v: Value| striptags(&v.to_string()));
    env.add_filter("slugify", |s: String| crate::urls::slugify(&s));
    // Always escapes, even text marked safe: for HTML inside XML (Atom `type="html"`).
    env.add_filter("escape_xml", |v: Value| Value::from_safe_string(crate::markdown::escape_attr(&v.to_string())));
    // `0800-0113` → `08000113`, for `tel:` links.
    env.add_filter("tel", |s: String| s.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
    env
}

/// Text without its HTML tags, whitespace runs folded to one space.
pub(crate) fn striptags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `{{ page.date | date(format="%d-%m-%Y") }}`, as in Zola; without a format (or with
/// `format="lang"`) the date in words of `lang` (the default language when not given),
/// such as "1 maart 2026" or "1 March 2026", from the catalogue's `months` and `date_format`.
pub(crate) fn date_filter(
    catalogues: &super::translations::Catalogues,
    value: String,
    kwargs: Kwargs,
) -> Result<String, Error> {
    let format: Option<String> = kwargs.get("format")?;
    let lang: Option<String> = kwargs.get("lang")?;
    kwargs.assert_all_used()?;
    let date = crate::content::dates::ContentDate::parse(&value)
        .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, format!("`{value}` is not a date")))?;
    let zoned = date.instant.to_zoned(jiff::tz::TimeZone::UTC);
    match format.as_deref() {
        None | Some("lang") => {
            catalogues.date(&zoned, lang.as_deref()).map_err(|why| Error::new(ErrorKind::InvalidOperation, why))
        }
        Some(f) => {
            jiff::fmt::strtime::format(f, &zoned).map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
        }
    }
}

/// `{{ trans(key="places_in") | fill(places=n, where=gemeente.naam) }}`: the text's
/// `{name}` placeholders filled in, for sentences whose word order differs per language.
/// The text and plain values are escaped; a value marked safe (a link the template made)
/// goes in as it is. A placeholder without a value, or a value without a placeholder, is
/// an error, so that a site's own translation cannot silently drop a part.
fn fill(text: Value, kwargs: Kwargs) -> Result<Value, Error> {
    let text_is_safe = text.is_safe();
    let text = text.to_string();
    let escape = |v: &Value| if v.is_safe() { v.to_string() } else { crate::markdown::escape_attr(&v.to_string()) };
    // Text already marked safe (the result of another fill) is not escaped twice.
    let escape_text = |t: &str| if text_is_safe { t.to_string() } else { crate::markdown::escape_attr(t) };
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let name = &rest[open + 1..close];
        let value: Value = kwargs.get(name).map_err(|_| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("fill: \"{text}\" has {{{name}}}, but the template gives no {name}=…"),
            )
        })?;
        out.push_str(&escape_text(&rest[..open]));
        out.push_str(&escape(&value));
        rest = &rest[close + 1..];
    }
    out.push_str(&escape_text(rest));
    kwargs.assert_all_used().map_err(|_| {
        Error::new(ErrorKind::InvalidOperation, format!("fill: \"{text}\" lacks a placeholder the template fills in"))
    })?;
    Ok(Value::from_safe_string(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_escapes_the_text_and_plain_values_but_not_safe_ones() {
        let mut env = Environment::new();
        env.add_filter("fill", fill);
        let render = |t: &str| env.render_str(t, ());
        assert_eq!(
            render(r#"{{ "Kijk bij {link} & {naam}." | fill(link='<a href="/x/">X</a>' | safe, naam="<b>") }}"#)
                .unwrap(),
            r#"Kijk bij <a href="/x/">X</a> &amp; &lt;b&gt;."#
        );
        assert_eq!(render(r#"{{ "{n} plekken" | fill(n=3) }}"#).unwrap(), "3 plekken");
        // A fill of a fill escapes once.
        assert_eq!(render(r#"{{ "{a} & {b}" | fill(a="<", b="{c}") | fill(c=">") }}"#).unwrap(), "&lt; &amp; &gt;");
        assert!(render(r#"{{ "{n} plekken" | fill(m=3) }}"#).unwrap_err().to_string().contains("gives no n="));
        assert!(render(r#"{{ "plekken" | fill(n=3) }}"#).unwrap_err().to_string().contains("lacks a placeholder"));
    }

    #[test]
    fn striptags_keeps_text() {
        assert_eq!(striptags("<h2 id=\"a\">Kop</h2>\n<p>Een <em>zin</em>.</p>"), "Kop Een zin.");
    }
}
