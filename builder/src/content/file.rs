//! One content file → a page or a section: its front matter read and checked, its
//! language, slug, address and dates worked out.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::dates::{split_date_prefix, ContentDate};
use super::front_matter::{self, PageFrontMatter, SectionFrontMatter, PAGE_FIELDS};
use super::spans;
use super::walk::Found;
use super::{path_with_slashes, FileMeta, LoadOptions, Page, Section, MAX_MARKDOWN_BYTES};
use crate::config::Config;
use crate::diagnostics::{did_you_mean, Code, Diagnostic};
use crate::messages::Message;
use crate::msg;
use crate::urls::{clean_site_path, slugify};

pub(super) enum ParsedItem {
    Page(Box<Page>),
    Section(Box<Section>),
}

pub(super) struct Parsed {
    pub item: ParsedItem,
    /// For a page: the folder whose section lists it (a bundle's parent folder).
    pub dir: PathBuf,
    pub warnings: Vec<Diagnostic>,
}

pub(super) fn parse(found: &Found, opts: &LoadOptions) -> Result<Parsed, Vec<Diagnostic>> {
    let config = opts.config;
    let rel_file = Path::new("content").join(&found.rel_dir).join(&found.name);
    let content_path = path_with_slashes(&found.rel_dir.join(&found.name));

    let size = std::fs::metadata(&found.abs).map(|m| m.len()).unwrap_or(0);
    if size > MAX_MARKDOWN_BYTES {
        return Err(vec![Diagnostic::error(
            Code::FileTooLarge,
            &rel_file,
            msg!("file-too-large", size = format!("{:.1}", size as f64 / 1e6), max = MAX_MARKDOWN_BYTES / 1024 / 1024),
        )
        .help(msg!("file-too-large.help"))]);
    }
    let bytes = std::fs::read(&found.abs)
        .map_err(|e| vec![Diagnostic::error(Code::FileUnreadable, &rel_file, msg!("file-unreadable", error = &e))])?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy: Arc<str> = Arc::from(String::from_utf8_lossy(e.as_bytes()).into_owned());
            let at = lossy
                .char_indices()
                .nth(String::from_utf8_lossy(&e.as_bytes()[..at]).chars().count())
                .map_or(0, |(i, _)| i);
            return Err(vec![Diagnostic::error(Code::NotUtf8, &rel_file, msg!("not-utf8"))
                .with_source(&lossy)
                .at(at..at + 1)
                .help(msg!("not-utf8.help"))]);
        }
    };
    let source: Arc<str> = Arc::from(text);

    let stem = found.name.trim_end_matches(".md");
    let (stem, lang) = split_lang(stem, config, &rel_file).map_err(|d| vec![d])?;
    let is_section = stem == "_index";
    let is_bundle = stem == "index";

    let split = front_matter::split(&source).ok_or_else(|| {
        if front_matter::is_unclosed(&source) {
            let fence = if source.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}').starts_with("+++")
            {
                "+++"
            } else {
                "---"
            };
            let at = source.find(fence).unwrap_or(0);
            return vec![Diagnostic::error(Code::FrontMatterUnclosed, &rel_file, msg!("front-matter-unclosed", fence))
                .with_source(&source)
                .at(at..at + 3)
                .help(msg!("front-matter-unclosed.help", fence))];
        }
        vec![Diagnostic::error(Code::FrontMatterMissing, &rel_file, msg!("front-matter-missing"))
            .with_source(&source)
            .at(0..source.find('\n').unwrap_or(source.len()).max(1).min(source.len()))
            .help(msg!("front-matter-missing.help"))]
    })?;

    let dir_components: Vec<String> = found.rel_dir.iter().map(|c| c.to_string_lossy().into_owned()).collect();
    let lang_prefix = if lang == config.default_language { String::new() } else { format!("/{lang}") };
    let key_dir = path_with_slashes(&found.rel_dir);

    if is_section {
        let (front, _): (SectionFrontMatter, _) =
            front_matter::parse(&source, &split, &rel_file).map_err(|d| vec![d])?;
        let components: Vec<String> = dir_components.iter().map(|c| slugify(c)).collect();
        let path = if components.is_empty() {
            format!("{lang_prefix}/")
        } else {
            format!("{lang_prefix}/{}/", components.join("/"))
        };
        let meta = FileMeta {
            file: rel_file,
            content_path,
            source,
            body_start: split.body_start,
            lang,
            path,
            components,
            assets: Vec::new(),
            translation_key: format!("{key_dir}/_index"),
        };
        let mut errors = Vec::new();
        check_aliases(&front.aliases, &meta, &mut errors);
        if front.paginate_path.is_empty() || slugify(&front.paginate_path) != front.paginate_path {
            let mut d =
                Diagnostic::error(Code::PaginatePath, &meta.file, msg!("paginate-path", value = &front.paginate_path))
                    .with_source(&meta.source)
                    .help(msg!("paginate-path.help"));
            if let Some(span) = spans::front_field(&meta.source, "paginate_path") {
                d = d.at(span);
            }
            errors.push(d);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        return Ok(Parsed {
            item: ParsedItem::Section(Box::new(Section {
                meta,
                front,
                parent: None,
                ancestors: Vec::new(),
                pages: Vec::new(),
                subsections: Vec::new(),
                dir: found.rel_dir.clone(),
            })),
            dir: found.rel_dir.clone(),
            warnings: Vec::new(),
        });
    }

    let (front, keys): (PageFrontMatter, Vec<String>) =
        front_matter::parse(&source, &split, &rel_file).map_err(|d| vec![d])?;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for key in keys {
        if !PAGE_FIELDS.contains(&key.as_str()) {
            let mut d = Diagnostic::warning(
                Code::UnknownFrontMatterField,
                &rel_file,
                msg!("unknown-front-matter-field", key = key.as_str()),
            )
            .with_source(&source);
            if let Some(span) = spans::front_field(&source, &key) {
                d = d.at(span);
            }
            let help = match did_you_mean(&key, PAGE_FIELDS.iter().copied()) {
                Some(s) => msg!("unknown-front-matter-field.help-suggest", word = s),
                None => msg!("unknown-front-matter-field.help", fields = PAGE_FIELDS.join(", ")),
            };
            warnings.push(d.help(help));
        }
    }

    // A bundle (`folder/index.md`) is named after its folder and listed in the parent's section.
    let (name, parent_components, list_dir) = if is_bundle {
        let name = dir_components.last().cloned().unwrap_or_default();
        let parent = dir_components[..dir_components.len().saturating_sub(1)].to_vec();
        (name, parent, found.rel_dir.parent().map(Path::to_path_buf).unwrap_or_default())
    } else {
        (stem.to_string(), dir_components.clone(), found.rel_dir.clone())
    };
    let (file_date, name_rest) = match split_date_prefix(&name) {
        Some((d, rest)) => (Some(d), rest.to_string()),
        None => (None, name.clone()),
    };

    let field_error = |code: Code, key: &str, msg: Message, help: Message| {
        let mut d = Diagnostic::error(code, &rel_file, msg).with_source(&source).help(help);
        if let Some(span) = spans::front_field(&source, key) {
            d = d.at(span);
        }
        d
    };

    let slug = match &front.slug {
        Some(s) => slugify(s),
        None => slugify(&name_rest),
    };
    if slug.is_empty() {
        let msg = match &front.slug {
            Some(s) => msg!("empty-slug", slug = s),
            None => msg!("empty-slug-file", name = &found.name),
        };
        errors.push(field_error(Code::EmptySlug, "slug", msg, msg!("empty-slug.help")));
    }

    let path = match &front.path {
        Some(raw) => match clean_site_path(raw) {
            Ok(p) => format!("{lang_prefix}{p}"),
            Err(problem) => {
                errors.push(field_error(
                    Code::BadPath,
                    "path",
                    msg!("bad-path", value = raw, problem = problem.explain()),
                    msg!("bad-path.help"),
                ));
                String::new()
            }
        },
        None => {
            let mut parts: Vec<String> = parent_components.iter().map(|c| slugify(c)).collect();
            parts.push(slug.clone());
            format!("{lang_prefix}/{}/", parts.join("/"))
        }
    };

    let date = match &front.date {
        Some(v) => match ContentDate::from_value(v) {
            Some(d) => Some(d),
            None => {
                errors.push(field_error(
                    Code::BadDate,
                    "date",
                    msg!("bad-date", key = "date", value = v.to_string()),
                    msg!("bad-date.help"),
                ));
                None
            }
        },
        None => file_date,
    };
    let updated = match &front.updated {
        Some(v) => {
            let d = ContentDate::from_value(v);
            if d.is_none() {
                errors.push(field_error(
                    Code::BadDate,
                    "updated",
                    msg!("bad-date", key = "updated", value = v.to_string()),
                    msg!("bad-date.help"),
                ));
            }
            d
        }
        None => None,
    };

    let components = path.trim_matches('/').split('/').filter(|s| !s.is_empty()).map(String::from).collect();
    let meta = FileMeta {
        file: rel_file.clone(),
        content_path,
        source: source.clone(),
        body_start: split.body_start,
        lang,
        path,
        components,
        assets: Vec::new(),
        translation_key: if is_bundle { format!("{key_dir}/index") } else { format!("{key_dir}/{stem}") },
    };
    check_aliases(&front.aliases, &meta, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Parsed {
        item: ParsedItem::Page(Box::new(Page {
            meta,
            front,
            slug,
            date,
            updated,
            section: None,
            ancestors: Vec::new(),
        })),
        dir: list_dir,
        warnings,
    })
}

fn check_aliases(aliases: &[String], meta: &FileMeta, errors: &mut Vec<Diagnostic>) {
    for alias in aliases {
        if let Err(problem) = clean_site_path(alias) {
            let mut d =
                Diagnostic::error(Code::BadAlias, &meta.file, msg!("bad-alias", alias, problem = problem.explain()))
                    .with_source(&meta.source)
                    .help(msg!("bad-alias.help"));
            if let Some(at) = meta.source[..meta.body_start].find(alias.as_str()) {
                d = d.at(at..at + alias.len());
            }
            errors.push(d);
        }
    }
}

/// `foo.en` → (`foo`, `en`); a plain `foo` is in the default language.
fn split_lang(stem: &str, config: &Config, file: &Path) -> Result<(String, String), Diagnostic> {
    if let Some((base, code)) = stem.rsplit_once('.') {
        let looks_like_lang = (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
        if looks_like_lang {
            if config.is_language(code) {
                return Ok((base.to_string(), code.to_string()));
            }
            return Err(Diagnostic::error(Code::UnknownLanguage, file, msg!("unknown-language", code))
                .help(msg!("unknown-language.help", code)));
        }
    }
    Ok((stem.to_string(), config.default_language.clone()))
}
