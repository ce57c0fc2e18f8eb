//! The content library: every section and page under `content/`, with its front matter,
//! its URL and its place in the tree. Nothing here renders; it only reads and checks.

pub mod dates;
pub mod front_matter;
pub mod spans;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use crate::urls::{clean_site_path, slugify};
use dates::{split_date_prefix, ContentDate};
use front_matter::{PageFrontMatter, SectionFrontMatter, SortBy, PAGE_FIELDS};

/// Markdown files larger than this are refused: nobody reads a 10 MB page, and it keeps
/// one stray export from eating the build's memory.
pub const MAX_MARKDOWN_BYTES: u64 = 10 * 1024 * 1024;

/// A file copied next to the page or section it belongs to.
#[derive(Debug, Clone)]
pub struct Asset {
    pub source: PathBuf,
    /// Output path relative to the output folder.
    pub output: String,
    /// Site path, for templates.
    pub path: String,
}

/// What sections and pages share: where they come from and where they go.
#[derive(Debug, Clone)]
pub struct FileMeta {
    /// Relative to the site root, e.g. `content/gemeenten/_index.md`; used in messages.
    pub file: PathBuf,
    /// Relative to `content/` with `/`, e.g. `gemeenten/_index.md`; the `@/` link key.
    pub content_path: String,
    pub source: Arc<str>,
    pub body_start: usize,
    pub lang: String,
    /// Site path, starting and (for folders) ending with `/`.
    pub path: String,
    pub components: Vec<String>,
    pub assets: Vec<Asset>,
    /// Same for all translations of one file: folder plus name without language.
    pub translation_key: String,
}

impl FileMeta {
    pub fn body(&self) -> &str {
        &self.source[self.body_start..]
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub meta: FileMeta,
    pub front: PageFrontMatter,
    pub slug: String,
    pub date: Option<ContentDate>,
    pub updated: Option<ContentDate>,
    /// The section this page is listed in (its folder's section), if any.
    pub section: Option<usize>,
    /// Sections from the root down to the page's own, for breadcrumbs.
    pub ancestors: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub meta: FileMeta,
    pub front: SectionFrontMatter,
    pub parent: Option<usize>,
    pub ancestors: Vec<usize>,
    /// Pages in the section's sort order, including those of transparent subsections.
    pub pages: Vec<usize>,
    pub subsections: Vec<usize>,
    dir: PathBuf,
}

impl Section {
    /// A section with no file behind it, such as the home page of a site without
    /// `content/_index.md`.
    pub fn synthetic(source: Arc<str>, front: SectionFrontMatter, lang: &str) -> Section {
        Section {
            meta: FileMeta {
                file: PathBuf::from("content/_index.md"),
                content_path: "_index.md".into(),
                body_start: source.len(),
                source,
                lang: lang.to_string(),
                path: "/".into(),
                components: Vec::new(),
                assets: Vec::new(),
                translation_key: "/_index".into(),
            },
            front,
            parent: None,
            ancestors: Vec::new(),
            pages: Vec::new(),
            subsections: Vec::new(),
            dir: PathBuf::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Page(usize),
    Section(usize),
}

#[derive(Debug, Default)]
pub struct Library {
    pub pages: Vec<Page>,
    pub sections: Vec<Section>,
    /// `@/` link key to item.
    pub by_content_path: HashMap<String, Item>,
}

impl Library {
    pub fn item_meta(&self, item: Item) -> &FileMeta {
        match item {
            Item::Page(i) => &self.pages[i].meta,
            Item::Section(i) => &self.sections[i].meta,
        }
    }

    /// The root section of a language, if the site has one.
    pub fn root_section(&self, lang: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.parent.is_none() && s.meta.lang == lang && s.meta.components.is_empty())
    }
}

pub struct LoadOptions<'a> {
    pub root: &'a Path,
    pub config: &'a Config,
    pub include_drafts: bool,
}

/// A markdown file found on disk, before it is parsed.
struct Found {
    abs: PathBuf,
    rel_dir: PathBuf,
    name: String,
}

/// Read `content/` into a library. Every problem is collected in `diags`.
pub fn load(opts: &LoadOptions, diags: &mut Diagnostics) -> Library {
    let content_dir = opts.root.join("content");
    let ignored = patterns(&opts.config.ignored_content, "ignored_content", diags);
    // Checked here so a broken pattern is reported even by `check`, which copies nothing.
    patterns(&opts.config.ignored_static, "ignored_static", diags);

    let mut markdown = Vec::new();
    let mut others: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    let walker = walkdir::WalkDir::new(&content_dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::error(
                    Code::ContentUnreadable,
                    "content",
                    format!("cannot read the content folder: {e}"),
                ));
                continue;
            }
        };
        let abs = entry.path().to_path_buf();
        let rel = abs.strip_prefix(&content_dir).unwrap_or(&abs).to_path_buf();
        if entry.path_is_symlink() {
            if let Err(why) = link_inside(&abs, opts.root) {
                diags.push(
                    Diagnostic::warning(
                        Code::SkippedLink,
                        Path::new("content").join(&rel),
                        format!("skipped: {why}; it is not read"),
                    )
                    .help("Put the file itself in content/, or remove the link."),
                );
                continue;
            }
        } else if !entry.file_type().is_file() {
            continue;
        }
        if ignored.iter().any(|p| p.matches_path(&rel)) {
            continue;
        }
        let rel_dir = rel.parent().map(Path::to_path_buf).unwrap_or_default();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            markdown.push(Found { abs, rel_dir, name });
        } else {
            others.entry(rel_dir).or_default().push(abs);
        }
    }

    // Parse in parallel; keep the walk's order so the result is deterministic.
    let parsed: Vec<Result<Parsed, Vec<Diagnostic>>> = markdown.par_iter().map(|f| parse_file(f, opts)).collect();

    let mut lib = Library::default();
    let mut page_dirs = Vec::new();
    for result in parsed {
        match result {
            Err(ds) => diags.extend(ds),
            Ok(Parsed { warnings, item, dir }) => {
                diags.extend(warnings);
                match item {
                    ParsedItem::Section(s) => {
                        if s.front.draft && !opts.include_drafts {
                            continue;
                        }
                        lib.sections.push(Section { dir, ..*s });
                    }
                    ParsedItem::Page(p) => {
                        if p.front.draft && !opts.include_drafts {
                            continue;
                        }
                        page_dirs.push(dir);
                        lib.pages.push(*p);
                    }
                }
            }
        }
    }

    drop_pages_of_draft_sections(&mut lib, &mut page_dirs, opts, &markdown);
    link_tree(&mut lib, &page_dirs);
    attach_assets(&mut lib, others, &content_dir, diags);
    for (i, s) in lib.sections.iter().enumerate() {
        lib.by_content_path.insert(s.meta.content_path.clone(), Item::Section(i));
    }
    for (i, p) in lib.pages.iter().enumerate() {
        lib.by_content_path.insert(p.meta.content_path.clone(), Item::Page(i));
    }
    check_taxonomies(&lib, opts.config, diags);
    lib
}

/// A link in content/ is followed only to a file inside the site's folder: a link out
/// could publish any file the builder can read.
fn link_inside(link: &Path, root: &Path) -> Result<(), &'static str> {
    let target = std::fs::canonicalize(link).map_err(|_| "this is a link that points to nothing")?;
    let root = std::fs::canonicalize(root).map_err(|_| "the site folder cannot be read")?;
    if !target.starts_with(&root) {
        return Err("this is a link to a file outside the site folder");
    }
    if !target.is_file() {
        return Err("this is a link to a folder; only files can be linked");
    }
    Ok(())
}

enum ParsedItem {
    Page(Box<Page>),
    Section(Box<Section>),
}

struct Parsed {
    item: ParsedItem,
    /// For a page: the folder whose section lists it (a bundle's parent folder).
    dir: PathBuf,
    warnings: Vec<Diagnostic>,
}

fn parse_file(found: &Found, opts: &LoadOptions) -> Result<Parsed, Vec<Diagnostic>> {
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

/// A draft section hides everything below it.
fn drop_pages_of_draft_sections(lib: &mut Library, page_dirs: &mut Vec<PathBuf>, opts: &LoadOptions, all: &[Found]) {
    if opts.include_drafts {
        return;
    }
    // A section file that was read but not kept is a draft; it hides its own language.
    let kept: Vec<(&PathBuf, &str)> = lib.sections.iter().map(|s| (&s.dir, s.meta.lang.as_str())).collect();
    let draft_dirs: Vec<(PathBuf, String)> = all
        .iter()
        .filter(|f| f.name.starts_with("_index"))
        .map(|f| (f.rel_dir.clone(), section_lang(&f.name, &opts.config.default_language)))
        .filter(|(dir, lang)| !kept.contains(&(dir, lang.as_str())))
        .collect();
    if draft_dirs.is_empty() {
        return;
    }
    let hidden = |dir: &Path, lang: &str| draft_dirs.iter().any(|(d, l)| l == lang && dir.starts_with(d));
    let mut i = 0;
    while i < lib.pages.len() {
        if hidden(&page_dirs[i], &lib.pages[i].meta.lang) {
            lib.pages.remove(i);
            page_dirs.remove(i);
        } else {
            i += 1;
        }
    }
    lib.sections.retain(|s| !hidden(&s.dir, &s.meta.lang));
}

/// `_index.en.md` → `en`; `_index.md` → the default language.
fn section_lang(name: &str, default: &str) -> String {
    let stem = name.trim_end_matches(".md");
    stem.strip_prefix("_index.").map_or_else(|| default.to_string(), str::to_string)
}

/// Give every section its parent and subsections, every page its section, and sort.
fn link_tree(lib: &mut Library, page_dirs: &[PathBuf]) {
    let index: HashMap<(PathBuf, String), usize> =
        lib.sections.iter().enumerate().map(|(i, s)| ((s.dir.clone(), s.meta.lang.clone()), i)).collect();
    let nearest = |dir: &Path, lang: &str| -> Option<usize> {
        let mut d = Some(dir);
        while let Some(cur) = d {
            if let Some(&i) = index.get(&(cur.to_path_buf(), lang.to_string())) {
                return Some(i);
            }
            d = cur.parent();
        }
        None
    };
    for i in 0..lib.sections.len() {
        let parent = lib.sections[i].dir.parent().and_then(|p| nearest(p, &lib.sections[i].meta.lang));
        lib.sections[i].parent = parent;
        if let Some(p) = parent {
            lib.sections[p].subsections.push(i);
        }
    }
    for i in 0..lib.sections.len() {
        let mut chain = Vec::new();
        let mut cur = lib.sections[i].parent;
        while let Some(p) = cur {
            chain.push(p);
            cur = lib.sections[p].parent;
        }
        chain.reverse();
        lib.sections[i].ancestors = chain;
    }
    for (pi, dir) in page_dirs.iter().enumerate() {
        let lang = lib.pages[pi].meta.lang.clone();
        // Only the section of the page's own folder lists it; deeper folders without
        // an _index.md give orphan pages, as in Zola.
        let own = index.get(&(dir.clone(), lang.clone())).copied();
        let breadcrumb = nearest(dir, &lang);
        lib.pages[pi].section = own;
        if let Some(s) = own {
            lib.sections[s].pages.push(pi);
        }
        if let Some(s) = breadcrumb {
            let mut anc = lib.sections[s].ancestors.clone();
            anc.push(s);
            lib.pages[pi].ancestors = anc;
        }
    }
    // Transparent sections pass their pages up, deepest first so chains work.
    let mut order: Vec<usize> = (0..lib.sections.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(lib.sections[i].ancestors.len()));
    for i in order {
        if lib.sections[i].front.transparent {
            if let Some(p) = lib.sections[i].parent {
                let pages = lib.sections[i].pages.clone();
                lib.sections[p].pages.extend(pages);
            }
        }
    }
    for i in 0..lib.sections.len() {
        let sort_by = lib.sections[i].front.sort_by;
        let mut pages = std::mem::take(&mut lib.sections[i].pages);
        sort_pages(&mut pages, &lib.pages, sort_by);
        lib.sections[i].pages = pages;
        let mut subs = std::mem::take(&mut lib.sections[i].subsections);
        subs.sort_by(|&a, &b| {
            let (sa, sb) = (&lib.sections[a], &lib.sections[b]);
            (sa.front.weight.unwrap_or(0), &sa.meta.path).cmp(&(sb.front.weight.unwrap_or(0), &sb.meta.path))
        });
        lib.sections[i].subsections = subs;
    }
}

/// Sort as Zola does; pages without the sort key go last, by path, so order is stable.
pub fn sort_pages(pages: &mut [usize], all: &[Page], sort_by: SortBy) {
    use std::cmp::Ordering;
    /// Pages with the key first (in key order, or reversed for dates); then the rest.
    fn keyed<K: PartialOrd>(a: Option<K>, b: Option<K>, newest_first: bool) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) if newest_first => b.partial_cmp(&a).unwrap_or(Ordering::Equal),
            (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    let title = |p: &Page| p.front.title.as_deref().map(|t| deunicode::deunicode(t).to_lowercase());
    let updated = |p: &Page| p.updated.clone().or_else(|| p.date.clone());
    pages.sort_by(|&a, &b| {
        let (pa, pb) = (&all[a], &all[b]);
        let order = match sort_by {
            SortBy::None => Ordering::Equal,
            SortBy::Date => keyed(pa.date.as_ref(), pb.date.as_ref(), true),
            SortBy::UpdateDate => keyed(updated(pa), updated(pb), true),
            SortBy::Weight => keyed(pa.front.weight, pb.front.weight, false),
            SortBy::Title => keyed(title(pa), title(pb), false),
            SortBy::TitleBytes => keyed(pa.front.title.as_ref(), pb.front.title.as_ref(), false),
            SortBy::Slug => pa.slug.cmp(&pb.slug),
        };
        order.then_with(|| pa.meta.path.cmp(&pb.meta.path))
    });
}

/// Files that are not Markdown: a bundle's files go with its page, a section folder's
/// files with the section, anything else keeps its folder path.
fn attach_assets(
    lib: &mut Library,
    others: BTreeMap<PathBuf, Vec<PathBuf>>,
    content_dir: &Path,
    diags: &mut Diagnostics,
) {
    let bundles: HashMap<PathBuf, usize> = lib
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.meta.translation_key.ends_with("/index"))
        .map(|(i, p)| (Path::new(&p.meta.content_path).parent().map(Path::to_path_buf).unwrap_or_default(), i))
        .collect();
    let sections: HashMap<PathBuf, usize> = lib.sections.iter().enumerate().map(|(i, s)| (s.dir.clone(), i)).collect();
    for (dir, files) in others {
        // The nearest bundle at or above this folder owns it.
        let mut owner_bundle = None;
        let mut d = Some(dir.as_path());
        while let Some(cur) = d {
            if let Some(&b) = bundles.get(cur) {
                owner_bundle = Some((b, cur.to_path_buf()));
                break;
            }
            d = cur.parent();
        }
        for file in files {
            let rel = file.strip_prefix(content_dir).unwrap_or(&file).to_path_buf();
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if name.contains(['\\', ':', '?', '#', '%']) {
                diags.push(
                    Diagnostic::error(
                        Code::FileNameNotUrl,
                        Path::new("content").join(&rel),
                        "this file name cannot be used in a web address",
                    )
                    .help("Rename the file using letters, digits, `-`, `_` and `.` only."),
                );
                continue;
            }
            let (base, sub, meta) = if let Some((b, bdir)) = &owner_bundle {
                let sub = dir.strip_prefix(bdir).unwrap_or(Path::new("")).to_path_buf();
                (lib.pages[*b].meta.path.clone(), sub, Some(Item::Page(*b)))
            } else if let Some(&s) = sections.get(&dir) {
                (lib.sections[s].meta.path.clone(), PathBuf::new(), Some(Item::Section(s)))
            } else {
                let parts: Vec<String> = dir.iter().map(|c| c.to_string_lossy().into_owned()).collect();
                let base = if parts.is_empty() { "/".to_string() } else { format!("/{}/", parts.join("/")) };
                (base, PathBuf::new(), None)
            };
            let sub = path_with_slashes(&sub);
            let path = if sub.is_empty() { format!("{base}{name}") } else { format!("{base}{sub}/{name}") };
            let asset = Asset { source: file.clone(), output: path.trim_start_matches('/').to_string(), path };
            match meta {
                Some(Item::Page(p)) => lib.pages[p].meta.assets.push(asset),
                Some(Item::Section(s)) => lib.sections[s].meta.assets.push(asset),
                None => {
                    // Orphan files still get copied; hang them on the root section's list.
                    if let Some(root) = lib.sections.iter().position(|s| s.meta.components.is_empty()) {
                        lib.sections[root].meta.assets.push(asset);
                    } else {
                        diags.push(
                            Diagnostic::warning(Code::OrphanFile, Path::new("content").join(&rel), "skipped: this file belongs to no page or section, and the site has no content/_index.md to hang it on")
                                .help("Add content/_index.md, or move the file next to the page that uses it."),
                        );
                    }
                }
            }
        }
    }
}

/// Every taxonomy a page uses must be defined in config.toml.
fn check_taxonomies(lib: &Library, config: &Config, diags: &mut Diagnostics) {
    for page in &lib.pages {
        let defined = config.taxonomies_for(&page.meta.lang);
        for (name, terms) in &page.front.taxonomies {
            if !defined.iter().any(|t| &t.name == name) {
                let names: Vec<&str> = defined.iter().map(|t| t.name.as_str()).collect();
                let mut d = Diagnostic::error(
                    Code::UnknownTaxonomy,
                    &page.meta.file,
                    format!("taxonomy `{name}` is not defined in config.toml"),
                )
                .with_source(&page.meta.source)
                .help(match did_you_mean(name, names.iter().copied()) {
                    Some(s) => {
                        format!("Did you mean `{s}`? Or add {{ name = \"{name}\" }} to taxonomies in config.toml.")
                    }
                    None => format!(
                        "Add {{ name = \"{name}\" }} to taxonomies in config.toml (defined now: {}).",
                        if names.is_empty() { "none".to_string() } else { names.join(", ") }
                    ),
                });
                if let Some(span) = spans::Spans::of(&page.meta.source).field(&spans::path(&["taxonomies", name])) {
                    d = d.at(span);
                }
                diags.push(d);
            }
            for term in terms {
                if slugify(term).is_empty() {
                    let mut d = Diagnostic::error(
                        Code::EmptyTerm,
                        &page.meta.file,
                        format!("`{term}` in {name} gives an empty web address"),
                    )
                    .with_source(&page.meta.source)
                    .help("Use a term with letters or digits.");
                    if let Some(span) = spans::Spans::of(&page.meta.source).field(&spans::path(&["taxonomies", name])) {
                        d = d.at(span);
                    }
                    diags.push(d);
                }
            }
        }
    }
}

/// Glob patterns from config.toml; a broken one is an error, not silently ignored.
pub fn patterns(globs: &[String], key: &str, diags: &mut Diagnostics) -> Vec<glob::Pattern> {
    globs
        .iter()
        .filter_map(|g| match glob::Pattern::new(g) {
            Ok(p) => Some(p),
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        Code::IgnorePattern,
                        "config.toml",
                        format!("`{g}` in {key} is not a valid pattern: {}", e.msg),
                    )
                    .help("Use patterns like \"*.docx\" or \"concepten/**\"."),
                );
                None
            }
        })
        .collect()
}

pub fn path_with_slashes(p: &Path) -> String {
    p.iter().map(|c| c.to_string_lossy()).collect::<Vec<_>>().join("/")
}
