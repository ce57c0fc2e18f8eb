//! From library to files: Markdown for every item, then templates for every address.

pub mod feeds;
pub mod script_words;
pub mod templates;
pub mod translations;
pub mod views;

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use minijinja::value::{Kwargs, Value};
use minijinja::{context, Environment, Error, ErrorKind};

use crate::config::Config;
use crate::content::Library;
use crate::diagnostics::{did_you_mean, Code, Diagnostic};
use crate::markdown::shortcodes::Call;
use crate::markdown::ShortcodeOutput;
use crate::site::taxonomies::Taxonomy;
use templates::ThemeSources;

/// What site functions in templates (`get_page`, `get_url`, ...) look things up in.
#[derive(Default)]
pub struct SiteIndex {
    pub pages: HashMap<String, Value>,
    pub sections: HashMap<String, Value>,
    pub permalinks: HashMap<String, String>,
    pub taxonomy_terms: HashMap<(String, String, String), String>,
    pub base_url: String,
    pub default_language: String,
    /// Theme scripts with a file per language (`script_words`), for `get_url(…, lang=…)`.
    pub scripts: std::collections::BTreeSet<String>,
    /// Addresses are known once the content is loaded: `get_url` and
    /// `get_taxonomy_url` work from then on, in shortcodes too.
    pub links_ready: bool,
    /// Pages and sections are known once their Markdown is rendered: `get_page` and
    /// `get_section` work in templates, not in shortcodes.
    pub ready: bool,
}

/// What a page may load and run: only its own site, and the search's WebAssembly. The
/// theme sets it in a `<meta>` (templates see it as `csp`); `_headers` and the nginx
/// block in the README send it as a header, with `frame-ancestors`, which only a header
/// can carry.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// The template engine with site functions that read from `index` once it is set.
pub fn environment_with_site(
    sources: Arc<ThemeSources>,
    config: &Config,
    index: Arc<RwLock<SiteIndex>>,
    catalogues: Arc<translations::Catalogues>,
) -> Environment<'static> {
    let mut env = templates::environment(sources, config.markdown.clone());
    env.add_global("csp", CONTENT_SECURITY_POLICY);
    let words = catalogues.clone();
    env.add_filter("date", move |value: String, kwargs: Kwargs| templates::date_filter(&words, value, kwargs));
    env.add_function("trans", move |kwargs: Kwargs| -> Result<String, Error> {
        let key: String = kwargs.get("key")?;
        let lang: Option<String> = kwargs.get("lang")?;
        kwargs.assert_all_used()?;
        catalogues.get(&key, lang.as_deref()).map(str::to_string).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("trans: there is no text for \"{key}\" (add it under [translations] in config.toml)"),
            )
        })
    });
    let not_ready = || {
        Error::new(
            ErrorKind::InvalidOperation,
            "get_page and get_section cannot be used inside shortcodes (the pages are still being rendered)",
        )
    };
    let idx = index.clone();
    env.add_function("get_url", move |kwargs: Kwargs| -> Result<String, Error> {
        let path: String = kwargs.get("path")?;
        let _: Option<bool> = kwargs.get("cachebust")?;
        let _: Option<bool> = kwargs.get("trailing_slash")?;
        let lang: Option<String> = kwargs.get("lang")?;
        kwargs.assert_all_used()?;
        let site = idx.read().unwrap_or_else(|e| e.into_inner());
        if !site.links_ready {
            return Err(not_ready());
        }
        // A theme script in the page's language, when it is not the default one.
        if let Some(lang) = lang.filter(|l| *l != site.default_language) {
            let file = path.trim_start_matches('/');
            if site.scripts.contains(file) {
                return Ok(format!("{}/{}", site.base_url, script_words::variant(file, &lang)));
            }
        }
        if let Some(p) = path.strip_prefix("@/") {
            let p = p.split('#').next().unwrap_or(p);
            return site.permalinks.get(p).cloned().ok_or_else(|| {
                Error::new(ErrorKind::InvalidOperation, format!("get_url: there is no file content/{p}"))
            });
        }
        if path.starts_with("http://") || path.starts_with("https://") {
            return Ok(path);
        }
        Ok(format!("{}/{}", site.base_url, path.trim_start_matches('/')))
    });
    let idx = index.clone();
    env.add_function("get_page", move |kwargs: Kwargs| -> Result<Value, Error> {
        let path: String = kwargs.get("path")?;
        kwargs.assert_all_used()?;
        let site = idx.read().unwrap_or_else(|e| e.into_inner());
        if !site.ready {
            return Err(not_ready());
        }
        site.pages.get(&path).cloned().ok_or_else(|| {
            Error::new(ErrorKind::InvalidOperation, format!("get_page: there is no page content/{path}"))
        })
    });
    let idx = index.clone();
    env.add_function("get_section", move |kwargs: Kwargs| -> Result<Value, Error> {
        let path: String = kwargs.get("path")?;
        let _: Option<bool> = kwargs.get("metadata_only")?;
        kwargs.assert_all_used()?;
        let site = idx.read().unwrap_or_else(|e| e.into_inner());
        if !site.ready {
            return Err(not_ready());
        }
        site.sections.get(&path).cloned().ok_or_else(|| {
            Error::new(ErrorKind::InvalidOperation, format!("get_section: there is no section content/{path}"))
        })
    });
    let idx = index;
    let default_lang = config.default_language.clone();
    env.add_function("get_taxonomy_url", move |kwargs: Kwargs| -> Result<String, Error> {
        let kind: String = kwargs.get("kind")?;
        let name: String = kwargs.get("name")?;
        let lang: Option<String> = kwargs.get("lang")?;
        let required: Option<bool> = kwargs.get("required")?;
        kwargs.assert_all_used()?;
        let site = idx.read().unwrap_or_else(|e| e.into_inner());
        if !site.links_ready {
            return Err(not_ready());
        }
        let key = (kind.clone(), lang.unwrap_or_else(|| default_lang.clone()), crate::urls::slugify(&name));
        match site.taxonomy_terms.get(&key) {
            Some(url) => Ok(url.clone()),
            None if required == Some(false) => Ok(String::new()),
            None => Err(Error::new(
                ErrorKind::InvalidOperation,
                format!("get_taxonomy_url: no term `{name}` in taxonomy `{kind}`"),
            )),
        }
    });
    env
}

/// Render one shortcode call with its template; `Err` is a message for the editor.
pub fn render_shortcode(
    env: &Environment,
    names: &std::collections::BTreeSet<String>,
    config_value: &Value,
    lang: &str,
    call: &Call,
    nth: usize,
) -> Result<ShortcodeOutput, crate::messages::Message> {
    let html = format!("shortcodes/{}.html", call.name);
    let md = format!("shortcodes/{}.md", call.name);
    let (template, is_md) = match env.get_template(&html) {
        Ok(t) => (t, false),
        Err(_) => match env.get_template(&md) {
            Ok(t) => (t, true),
            Err(_) => {
                let hint = did_you_mean(&call.name, names.iter().map(String::as_str))
                    .map(|s| crate::msg!("did-you-mean", word = s));
                let list = names.iter().cloned().collect::<Vec<_>>().join(", ");
                return Err(crate::msg!(
                    "shortcode-unknown",
                    name = &call.name,
                    hint,
                    available = list,
                    count = names.len()
                ));
            }
        },
    };
    let mut ctx: HashMap<String, Value> =
        call.args.iter().map(|(k, v)| (k.clone(), Value::from_serialize(v))).collect();
    ctx.insert("nth".into(), Value::from(nth));
    ctx.insert("config".into(), config_value.clone());
    ctx.insert("lang".into(), Value::from(lang));
    if let Some(body) = &call.body {
        ctx.insert("body".into(), Value::from(body.as_str()));
    }
    let out = template
        .render(Value::from(ctx))
        .map_err(|e| crate::msg!("shortcode-failed", name = &call.name, detail = describe_error(&e)))?;
    Ok(if is_md { ShortcodeOutput::Markdown(out) } else { ShortcodeOutput::Html(out) })
}

/// MiniJinja's error with its cause chain, on one line.
pub fn describe_error(e: &Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(&format!(": {s}"));
        source = s.source();
    }
    msg
}

/// A template failure as a diagnostic pointing into the template file.
pub fn template_diagnostic(sources: &ThemeSources, err: &Error, rendering: &str) -> Diagnostic {
    let name = err.name().unwrap_or("template").to_string();
    let (file, source) = match sources.template(&name) {
        Some((text, file)) => (file, Some(Arc::<str>::from(text))),
        None => (format!("templates/{name}"), None),
    };
    let mut d = Diagnostic::error(
        Code::RenderFailed,
        file,
        crate::msg!("render-failed", detail = describe_error(err), rendering),
    )
    .help(crate::msg!("render-failed.help"));
    if let (Some(src), Some(line)) = (source, err.line()) {
        let start: usize = src.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
        let len = src[start.min(src.len())..].find('\n').unwrap_or(0).max(1);
        d = d.with_source(&src).at(start..start + len);
    }
    d
}

/// The template a page uses: its own, else the nearest section's `page_template`.
pub fn page_template(lib: &Library, page: usize) -> String {
    let p = &lib.pages[page];
    if let Some(t) = &p.front.template {
        return t.clone();
    }
    for &s in p.ancestors.iter().rev() {
        if let Some(t) = &lib.sections[s].front.page_template {
            return t.clone();
        }
    }
    "page.html".into()
}

pub fn section_template(lib: &Library, section: usize) -> String {
    let s = &lib.sections[section];
    match &s.front.template {
        Some(t) => t.clone(),
        None if s.meta.components.is_empty() => "index.html".into(),
        None => "section.html".into(),
    }
}

/// Taxonomies may have their own `NAME/list.html` and `NAME/single.html`.
pub fn taxonomy_template(env: &Environment, tax: &Taxonomy, single: bool) -> String {
    let own = format!("{}/{}", tax.config.name, if single { "single.html" } else { "list.html" });
    if env.get_template(&own).is_ok() {
        own
    } else if single {
        "taxonomy_single.html".into()
    } else {
        "taxonomy_list.html".into()
    }
}

/// Zola's paginator object.
pub fn paginator(config: &Config, base: &str, paginate_path: &str, all: &[Value], per: usize, n: usize) -> Value {
    let total = crate::site::routes::pager_count(all.len(), Some(per));
    let start = (n - 1) * per;
    let pages: Vec<Value> = all.iter().skip(start).take(per).cloned().collect();
    let link = |k: usize| config.permalink(&crate::site::routes::pager_path(base, paginate_path, k));
    context! {
        paginate_by => per,
        first => link(1),
        last => link(total),
        previous => (n > 1).then(|| link(n - 1)),
        next => (n < total).then(|| link(n + 1)),
        number_pagers => total,
        total_pages => all.len(),
        current_index => n,
        pages => pages,
        base_url => config.permalink(&format!("{base}{paginate_path}/")),
    }
}

/// A small page that sends the browser on to `to`.
pub fn redirect_html(to: &str) -> String {
    let to = crate::markdown::escape_attr(to);
    format!(
        "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Deze pagina is verhuisd</title>\n<link rel=\"canonical\" href=\"{to}\">\n<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url={to}\">\n</head>\n<body>\n<p>Deze pagina is verhuisd naar <a href=\"{to}\">{to}</a>.</p>\n</body>\n</html>\n"
    )
}
