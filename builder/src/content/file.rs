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
            format!(
                "this file is {:.1} MB; a Markdown file may be at most {} MB",
                size as f64 / 1e6,
                MAX_MARKDOWN_BYTES / 1024 / 1024
            ),
        )
        .help("Split the text over several pages, or put a large download in static/ and link to it.")]);
    }
    let bytes = std::fs::read(&found.abs)
        .map_err(|e| vec![Diagnostic::error(Code::FileUnreadable, &rel_file, format!("cannot read this file: {e}"))])?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy: Arc<str> = Arc::from(String::from_utf8_lossy(e.as_bytes()).into_owned());
            let at = lossy
                .char_indices()
                .nth(String::from_utf8_lossy(&e.as_bytes()[..at]).chars().count())
                .map_or(0, |(i, _)| i);
            return Err(vec![Diagnostic::error(Code::NotUtf8, &rel_file, "this file is not valid UTF-8 text")
                .with_source(&lossy)
                .at(at..at + 1)
                .help("Save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8).")]);
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
            return vec![Diagnostic::error(
                Code::FrontMatterUnclosed,
                &rel_file,
                format!("the front matter opened here is never closed with `{fence}`"),
            )
            .with_source(&source)
            .at(at..at + 3)
            .help(format!("Put a line with only `{fence}` after the last front matter line."))];
        }
        vec![Diagnostic::error(Code::FrontMatterMissing, &rel_file, "this file has no front matter")
            .with_source(&source)
            .at(0..source.find('\n').unwrap_or(source.len()).max(1).min(source.len()))
            .help("Start the file with a block like:\n+++\ntitle = \"Titel van de pagina\"\n+++")]
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
            let mut d = Diagnostic::error(
                Code::PaginatePath,
                &meta.file,
                format!("paginate_path `{}` must be one word for a web address", front.paginate_path),
            )
            .with_source(&meta.source)
            .help("Use lowercase letters, digits and `-`, such as paginate_path = \"pagina\".");
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
                format!("unknown front matter field `{key}` is ignored"),
            )
            .with_source(&source);
            if let Some(span) = spans::front_field(&source, &key) {
                d = d.at(span);
            }
            let help = match did_you_mean(&key, PAGE_FIELDS.iter().copied()) {
                Some(s) => format!("Did you mean `{s}`? Your own fields go under [extra]."),
                None => format!("Page fields are: {}. Your own fields go under [extra].", PAGE_FIELDS.join(", ")),
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

    let field_error = |code: Code, key: &str, msg: String, help: &str| {
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
            Some(s) => format!("slug `{s}` is empty once made fit for a web address"),
            None => format!("the file name `{}` gives an empty web address", found.name),
        };
        errors.push(field_error(
            Code::EmptySlug,
            "slug",
            msg,
            "Set a slug of letters and digits, such as slug = \"inloop-de-brug\".",
        ));
    }

    let path = match &front.path {
        Some(raw) => match clean_site_path(raw) {
            Ok(p) => format!("{lang_prefix}{p}"),
            Err(problem) => {
                errors.push(field_error(
                    Code::BadPath,
                    "path",
                    format!("path `{raw}` {}", problem.explain()),
                    "Use a path inside the site, such as path = \"hulp/inloop\".",
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
                    format!("date `{v}` is not a date"),
                    "Write a date as 2026-03-01, or a date and time as 2026-03-01T10:00:00+01:00.",
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
                    format!("updated `{v}` is not a date"),
                    "Write a date as 2026-03-01.",
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
            let mut d = Diagnostic::error(Code::BadAlias, &meta.file, format!("alias `{alias}` {}", problem.explain()))
                .with_source(&meta.source)
                .help("An alias is an old address inside this site, such as aliases = [\"oud/adres\"].");
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
            return Err(Diagnostic::error(
                Code::UnknownLanguage,
                file,
                format!("the file name says language `{code}`, but config.toml does not define it"),
            )
            .help(format!("Add [languages.{code}] to config.toml, or rename the file without `.{code}`.")));
        }
    }
    Ok((stem.to_string(), config.default_language.clone()))
}
