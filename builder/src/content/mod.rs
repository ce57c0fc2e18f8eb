//! The content library: every section and page under `content/`, with its front matter,
//! its URL and its place in the tree. Nothing here renders; it only reads and checks.

mod checks;
pub mod dates;
mod file;
pub mod front_matter;
mod sorting;
pub mod spans;
mod tree;
mod walk;

pub(crate) use walk::link_inside;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use dates::ContentDate;
use file::{Parsed, ParsedItem};
use front_matter::{PageFrontMatter, SectionFrontMatter};
pub use sorting::sort_pages;

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

/// Read `content/` into a library. Every problem is collected in `diags`.
pub fn load(opts: &LoadOptions, diags: &mut Diagnostics) -> Library {
    let content_dir = opts.root.join("content");
    let ignored = patterns(&opts.config.ignored_content, "ignored_content", diags);
    // Checked here so a broken pattern is reported even by `check`, which copies nothing.
    patterns(&opts.config.ignored_static, "ignored_static", diags);

    let (markdown, others) = walk::find(opts, &content_dir, &ignored, diags);

    // Parse in parallel; keep the walk's order so the result is deterministic.
    let parsed: Vec<Result<Parsed, Vec<Diagnostic>>> = markdown.par_iter().map(|f| file::parse(f, opts)).collect();

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
                            diags.extend(import_draft(&p));
                            continue;
                        }
                        page_dirs.push(dir);
                        lib.pages.push(*p);
                    }
                }
            }
        }
    }

    tree::drop_pages_of_draft_sections(&mut lib, &mut page_dirs, opts, &markdown);
    tree::link_tree(&mut lib, &page_dirs);
    tree::attach_assets(&mut lib, others, &content_dir, diags);
    for (i, s) in lib.sections.iter().enumerate() {
        lib.by_content_path.insert(s.meta.content_path.clone(), Item::Section(i));
    }
    for (i, p) in lib.pages.iter().enumerate() {
        lib.by_content_path.insert(p.meta.content_path.clone(), Item::Page(i));
    }
    checks::taxonomies(&lib, opts.config, diags);
    lib
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
                        crate::msg!("ignore-pattern", pattern = g.as_str(), key, detail = e.msg),
                    )
                    .help(crate::msg!("ignore-pattern.help")),
                );
                None
            }
        })
        .collect()
}

pub fn path_with_slashes(p: &Path) -> String {
    p.iter().map(|c| c.to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// A page `wijkwijzer import` made a draft: a warning with the reasons the import
/// recorded, so the editors see it until it is fixed (drafts are otherwise silent).
fn import_draft(page: &Page) -> Option<Diagnostic> {
    let problems = page.front.extra.get("import")?.get("problemen")?.as_array()?;
    let list: Vec<&str> = problems.iter().filter_map(toml::Value::as_str).collect();
    if list.is_empty() {
        return None;
    }
    let mut d = Diagnostic::warning(
        Code::ImportDraft,
        &page.meta.file,
        crate::msg!("import-draft", problems = list.join("; ")),
    )
    .with_source(&page.meta.source)
    .help(crate::msg!("import-draft.help"));
    if let Some(span) = spans::front_field(&page.meta.source, "draft") {
        d = d.at(span);
    }
    Some(d)
}
