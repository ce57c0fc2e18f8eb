//! `wijkwijzer import`: services from another directory become pages of the contract.
//!
//! Every page is worked out before anything is written, so bad input stops the import
//! with nothing changed (a large feed is read as a stream, one service at a time). Each
//! page records the source's id and a fingerprint of every field the import wrote
//! (`[extra.import]`): a second import updates the fields nobody has edited since, and
//! keeps the ones an editor changed unless `--force`; a Markdown body is never replaced. Values that fail the contract's checks
//! are kept as written and the page becomes a draft, with the reasons in
//! `[extra.import].problemen`, which `check` reports as warnings.

mod hsds;
mod mapping;
mod record;
mod source;
mod spreadsheet;
mod tabular;
mod template;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

pub use mapping::{Mapping, Table};
pub use template::{command as template_command, write as write_template};

use crate::messages::{Lang, Message};
use crate::msg;
use crate::urls::slugify;

/// Why an import could not be done. Nothing has been written when one of these comes.
#[derive(Debug)]
pub enum ImportError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    NotUtf8 {
        file: PathBuf,
        line: usize,
    },
    Json {
        file: PathBuf,
        line: usize,
        column: usize,
        detail: String,
    },
    Csv {
        file: PathBuf,
        line: usize,
        detail: String,
    },
    /// A data package names a table outside its own folder.
    OutsidePackage {
        file: PathBuf,
        path: String,
    },
    /// The file is JSON, but neither a service nor a list of them.
    NotServices {
        file: PathBuf,
    },
    NotAService {
        origin: String,
    },
    MissingId {
        origin: String,
    },
    DuplicateId {
        id: String,
        first: String,
        second: String,
    },
    UnknownGemeente {
        slug: String,
        known: String,
    },
    /// Not a folder in `content/` whose `_index.md` has `[extra.regio]`.
    UnknownRegio {
        path: String,
        known: String,
    },
    Mapping {
        file: PathBuf,
        line: usize,
        detail: String,
    },
    Config {
        file: PathBuf,
        line: usize,
        detail: String,
    },
    /// Two pages in the municipality's folder say they are the same source service.
    TwoPagesOneId {
        id: String,
        first: PathBuf,
        second: PathBuf,
    },
    /// A new page would take the place of a file that appeared since the plan was made.
    Occupied {
        file: PathBuf,
    },
    /// A spreadsheet file that cannot be opened, or a template that cannot be written.
    Spreadsheet {
        file: PathBuf,
        detail: String,
    },
    /// A spreadsheet in a format the import does not read (`.ods`, `.xls`, …).
    OtherSpreadsheet {
        file: PathBuf,
    },
    MergedCells {
        file: PathBuf,
        sheet: String,
        cells: String,
    },
    Formula {
        file: PathBuf,
        sheet: String,
        cell: String,
    },
    /// A spreadsheet without an `id` column: its header row names these columns.
    NoIdColumn {
        file: PathBuf,
        found: String,
    },
    TemplateExists {
        file: PathBuf,
    },
    /// `--template` is given a name that does not end in `.xlsx`.
    TemplateNotXlsx {
        file: PathBuf,
    },
    /// A spreadsheet row repeats a service's id for one more address, but changes one
    /// of the service's own cells.
    LocationRow {
        origin: String,
        id: String,
        first: String,
        column: String,
    },
    /// `--remove-missing` with a source that holds no services would remove them all.
    NothingToKeep {
        source: PathBuf,
    },
    /// The source uses words nobody has mapped yet: here is a mapping file to fill in.
    MappingNeeded {
        skeleton: String,
        words: usize,
    },
}

impl ImportError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        ImportError::Io { path: path.to_path_buf(), source }
    }

    pub fn message(&self) -> Message {
        match self {
            ImportError::Io { path, source } => msg!("file-error", path, error = source),
            ImportError::NotUtf8 { file, line } => msg!("import-not-utf8", file, line = *line),
            ImportError::Json { file, line, column, detail } => {
                msg!("import-json", file, line = *line, column = *column, detail = detail.as_str())
            }
            ImportError::NotServices { file } => msg!("import-not-services", file),
            ImportError::Csv { file, line, detail } => msg!("import-csv", file, line = *line, detail = detail.as_str()),
            ImportError::OutsidePackage { file, path } => msg!("import-outside-package", file, path = path.as_str()),
            ImportError::NotAService { origin } => msg!("import-not-a-service", origin),
            ImportError::MissingId { origin } => msg!("import-missing-id", origin),
            ImportError::DuplicateId { id, first, second } => msg!("import-duplicate-id", id, first, second),
            ImportError::UnknownGemeente { slug, known } => msg!("unknown-gemeente", slug, known),
            ImportError::UnknownRegio { path, known } => {
                msg!("import-unknown-regio", path, known, count = known.split(", ").filter(|k| !k.is_empty()).count())
            }
            ImportError::Mapping { file, line, detail } => {
                msg!("import-mapping", file, line = *line, detail = detail.as_str())
            }
            ImportError::Config { file, line, detail } => {
                msg!("import-config", file, line = *line, detail = detail.as_str())
            }
            ImportError::TwoPagesOneId { id, first, second } => msg!("import-two-pages", id, first, second),
            ImportError::Occupied { file } => msg!("import-occupied", file),
            ImportError::Spreadsheet { file, detail } => msg!("import-spreadsheet", file, detail = detail.as_str()),
            ImportError::OtherSpreadsheet { file } => msg!("import-other-spreadsheet", file),
            ImportError::MergedCells { file, sheet, cells } => msg!("import-merged-cells", file, sheet, cells),
            ImportError::Formula { file, sheet, cell } => msg!("import-formula", file, sheet, cell),
            ImportError::NoIdColumn { file, found } => msg!("import-no-id-column", file, found),
            ImportError::TemplateExists { file } => msg!("import-template-exists", file),
            ImportError::TemplateNotXlsx { file } => msg!("import-template-not-xlsx", file),
            ImportError::LocationRow { origin, id, first, column } => {
                msg!("import-location-row", origin, id, first, column)
            }
            ImportError::NothingToKeep { source } => msg!("import-nothing-to-keep", source),
            ImportError::MappingNeeded { words, .. } => msg!("import-mapping-needed", words = *words),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ImportError {}

/// The section an import writes into.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// The municipality's folder name in `content/gemeenten/`.
    Gemeente(&'a str),
    /// A region section's folder inside `content/` (with `[extra.regio]`), as `regio`.
    Regio(&'a str),
}

impl Target<'_> {
    /// The name the editor gave.
    pub fn name(&self) -> &str {
        match self {
            Target::Gemeente(s) | Target::Regio(s) => s,
        }
    }

    /// The section's folder, which must exist and be of the right kind.
    fn folder(&self, root: &Path) -> Result<PathBuf, ImportError> {
        match self {
            Target::Gemeente(slug) => gemeente_folder(root, slug),
            Target::Regio(path) => regio_folder(root, path),
        }
    }
}

pub struct Options<'a> {
    /// The site folder.
    pub root: &'a Path,
    /// A JSON file, a folder of them, or a tabular data package.
    pub source: &'a Path,
    /// Where the services go: a municipality, or a region section.
    pub target: Target<'a>,
    /// The source's name, kept with every page it wrote: ids are only compared with
    /// those of the same source, so two feeds can number their services alike.
    pub bron: &'a str,
    pub mapping: Option<&'a Path>,
    /// Replace pages the editors changed since the last import (never their text).
    pub force: bool,
    /// Keep the source's unmapped fields in `[extra.bron]`.
    pub bewaar_bron: bool,
    /// Delete pages of services that are no longer in the source.
    pub remove_missing: bool,
    /// The language of what the import writes into pages (problems) and the skeleton.
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    New,
    Updated,
    Unchanged,
    /// The source changed only fields an editor changed since the last import: left
    /// as it is.
    KeptEdited,
    /// No longer in the source; left as it is.
    Missing,
    /// No longer in the source, and `--remove-missing`.
    Removed,
}

/// What the import does to one file (relative to the site folder).
#[derive(Debug)]
pub struct Change {
    pub file: PathBuf,
    pub kind: ChangeKind,
    pub before: Option<String>,
    pub after: Option<String>,
    /// Fields an editor changed that the source would now set otherwise: kept as the
    /// editor left them (`extra.dienst.telefoon`; `*` for all of them).
    pub kept: Vec<String>,
}

/// A page the import wrote as a draft, and why.
#[derive(Debug)]
pub struct Draft {
    pub file: PathBuf,
    pub problems: Vec<Message>,
}

/// Everything an import would do, worked out before anything is written.
#[derive(Debug, Default)]
pub struct Plan {
    pub services: usize,
    pub changes: Vec<Change>,
    pub drafts: Vec<Draft>,
    /// Source fields with no place in the contract: path → (services, an example).
    pub unmapped: BTreeMap<String, (usize, String)>,
    /// Services whose address on this site (an earlier export) is in another folder.
    pub elsewhere: usize,
    /// What the editor should know about how the source was read (its encoding).
    pub warnings: Vec<Message>,
}

impl Plan {
    pub fn count(&self, kind: ChangeKind) -> usize {
        self.changes.iter().filter(|c| c.kind == kind).count()
    }
}

/// Work out the import, one source service at a time, so that a large feed is never
/// held whole: what stays in memory is each page's text.
pub fn plan(opts: &Options) -> Result<Plan, ImportError> {
    let folder = opts.target.folder(opts.root)?;
    let vocabulary = record::vocabulary(opts.root, &folder, opts.target.name())?;
    let mapping = match opts.mapping {
        Some(file) => Mapping::load(file)?,
        None => Mapping::default(),
    };
    mapping.check(&vocabulary)?;
    let mut existing = record::imported_pages(opts.root, &folder, opts.bron)?;
    let rel_folder = folder.strip_prefix(opts.root).unwrap_or(&folder).to_path_buf();
    // The section's address on the site: `gemeenten/brummen`, `regio`.
    let section: Vec<String> = rel_folder
        .strip_prefix("content")
        .unwrap_or(&rel_folder)
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let mut taken: BTreeSet<String> = existing.names.clone();
    let mut resolver = mapping::Resolver { mapping: &mapping, vocabulary: &vocabulary, unknown: Default::default() };
    let mut plan = Plan::default();
    // Each id with where it was read, to name both places of a duplicate.
    let mut seen: HashMap<String, String> = HashMap::new();

    let mut each = |s: source::SourceService| -> Result<(), ImportError> {
        if let Some(first) = seen.insert(s.id.clone(), s.origin.clone()) {
            return Err(ImportError::DuplicateId { id: s.id.clone(), first, second: s.origin.clone() });
        }
        // An earlier export of this site says where each page lived: services of
        // another folder are not this municipality's; the others keep their name, and
        // so their web address and their open data ids.
        let own_name = match s.exported_page() {
            Some(parts) if parts.len() > section.len() && parts.starts_with(&section) => parts.last().cloned(),
            Some(_) => {
                plan.elsewhere += 1;
                return Ok(());
            }
            None => None,
        };
        plan.services += 1;
        let rec = record::build(&s, &mut resolver, opts.bron, opts.bewaar_bron, opts.lang);
        for (path, example) in &s.unmapped {
            let entry = plan.unmapped.entry(path.clone()).or_insert_with(|| (0, example.clone()));
            entry.0 += 1;
        }
        // Taken out of `existing`: what is left there at the end left the source.
        let (file, before) = match existing.by_id.remove(&s.id) {
            Some((file, text)) => (file, Some(text)),
            None => {
                let name = own_name.as_deref().unwrap_or(&s.name);
                (free_name(&rel_folder, name, &s.id, &taken), None)
            }
        };
        taken.insert(file.to_string_lossy().to_lowercase());
        let (kind, after, kept, problems) = match &before {
            None => {
                (ChangeKind::New, rec.page("\n"), Vec::new(), rec.problems.iter().map(|p| p.message.clone()).collect())
            }
            Some(old) => {
                let merged = rec.merge(old, opts.force);
                let kind = match (merged.text == *old, merged.kept.is_empty()) {
                    (true, true) => ChangeKind::Unchanged,
                    (true, false) => ChangeKind::KeptEdited,
                    (false, _) => ChangeKind::Updated,
                };
                (kind, merged.text, merged.kept, merged.problems)
            }
        };
        if !problems.is_empty() && kind != ChangeKind::KeptEdited {
            plan.drafts.push(Draft { file: file.clone(), problems });
        }
        plan.changes.push(Change { file, kind, before, after: Some(after), kept });
        Ok(())
    };
    plan.warnings = read_source(opts.source, &mut each)?;
    // An empty sheet or feed is more likely a mistake than the end of every service.
    if opts.remove_missing && plan.services == 0 && !existing.by_id.is_empty() {
        return Err(ImportError::NothingToKeep { source: opts.source.to_path_buf() });
    }
    if opts.mapping.is_none() && !resolver.unknown.is_empty() {
        let skeleton = mapping::skeleton(&resolver.unknown, &vocabulary, &record::choices(), opts.lang);
        return Err(ImportError::MappingNeeded { skeleton, words: resolver.unknown.len() });
    }

    for (file, text) in std::mem::take(&mut existing.by_id).into_values() {
        // Pages the editors changed, or wrote text in, are theirs now: removed only
        // with --force too.
        let edited = record::edited_since_import(&text);
        let remove = opts.remove_missing && (!edited || opts.force);
        let kind = if remove { ChangeKind::Removed } else { ChangeKind::Missing };
        let after = (kind == ChangeKind::Missing).then(|| text.clone());
        plan.changes.push(Change { file, kind, before: Some(text), after, kept: Vec::new() });
    }
    plan.changes.sort_by(|a, b| a.file.cmp(&b.file));
    plan.drafts.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(plan)
}

/// The source's name when the editor gives none: one per kind of source, so that a
/// spreadsheet's ids are never taken for those of a feed.
pub fn default_bron(source: &Path) -> &'static str {
    if spreadsheet::is_csv(source) || spreadsheet::is_xlsx(source) {
        "spreadsheet"
    } else {
        "hsds"
    }
}

/// Hands the source's services to `each`, by the source's kind: a spreadsheet, else
/// Open Referral. What the editor should know about reading it comes back.
fn read_source(path: &Path, each: hsds::Each) -> Result<Vec<Message>, ImportError> {
    if spreadsheet::is_csv(path) || spreadsheet::is_xlsx(path) {
        let (services, warnings) = spreadsheet::read(path)?;
        services.into_iter().try_for_each(each)?;
        Ok(warnings)
    } else if spreadsheet::is_other_spreadsheet(path) {
        Err(ImportError::OtherSpreadsheet { file: path.to_path_buf() })
    } else {
        hsds::read(path, each)?;
        Ok(Vec::new())
    }
}

/// Write the plan: every new text into a temporary file beside its page first, and only
/// when all are written, each moved into place (renames within a folder, which do not
/// fail for want of space), then the removals. A failure while writing leaves the site
/// as it was.
pub fn apply(root: &Path, plan: &Plan) -> Result<(), ImportError> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let result = (|| {
        for change in &plan.changes {
            if !matches!(change.kind, ChangeKind::New | ChangeKind::Updated) {
                continue;
            }
            let Some(text) = &change.after else { continue };
            let path = root.join(&change.file);
            // Never over a file that appeared since the plan (or a link to one).
            if change.kind == ChangeKind::New && std::fs::symlink_metadata(&path).is_ok() {
                return Err(ImportError::Occupied { file: change.file.clone() });
            }
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| ImportError::io(parent, e))?;
            }
            let temp = path.with_extension("md.wijkwijzer-import");
            std::fs::write(&temp, text).map_err(|e| ImportError::io(&temp, e))?;
            staged.push((temp, path));
        }
        Ok(())
    })();
    if let Err(e) = result {
        for (temp, _) in &staged {
            let _ = std::fs::remove_file(temp);
        }
        return Err(e);
    }
    for (i, (temp, path)) in staged.iter().enumerate() {
        if let Err(e) = std::fs::rename(temp, path) {
            for (left, _) in &staged[i..] {
                let _ = std::fs::remove_file(left);
            }
            return Err(ImportError::io(path, e));
        }
    }
    for change in plan.changes.iter().filter(|c| c.kind == ChangeKind::Removed) {
        let path = root.join(&change.file);
        std::fs::remove_file(&path).map_err(|e| ImportError::io(&path, e))?;
    }
    Ok(())
}

/// A source file as text; invalid UTF-8 is named with its line.
fn read_text(file: &Path) -> Result<String, ImportError> {
    let bytes = std::fs::read(file).map_err(|e| ImportError::io(file, e))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        ImportError::NotUtf8 { file: file.to_path_buf(), line }
    })
}

/// A source file as JSON; a syntax error is named with its line and column.
fn read_json(file: &Path) -> Result<serde_json::Value, ImportError> {
    serde_json::from_str(&read_text(file)?).map_err(|e| json_error(file, &e))
}

/// A JSON error with its place; bytes that are not UTF-8 get the error that says so.
fn json_error(file: &Path, e: &serde_json::Error) -> ImportError {
    if e.is_io() {
        return ImportError::Io { path: file.to_path_buf(), source: std::io::Error::other(e.to_string()) };
    }
    let detail = e.to_string();
    // serde_json ends its message with the place, which the error carries already.
    let detail = detail.split(" at line ").next().unwrap_or(&detail).to_string();
    // The reader checks UTF-8 inside strings, the only place other bytes may be.
    if detail == "invalid unicode code point" {
        return ImportError::NotUtf8 { file: file.to_path_buf(), line: e.line() };
    }
    ImportError::Json { file: file.to_path_buf(), line: e.line(), column: e.column(), detail }
}

/// `content/gemeenten/<slug>`, which must hold the municipality's `_index.md`.
fn gemeente_folder(root: &Path, slug: &str) -> Result<PathBuf, ImportError> {
    let base = root.join("content/gemeenten");
    let folder = base.join(slug);
    if slugify(slug) == slug && folder.join("_index.md").is_file() {
        return Ok(folder);
    }
    let mut known: Vec<String> = std::fs::read_dir(&base)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().join("_index.md").is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    known.sort();
    Err(ImportError::UnknownGemeente { slug: slug.to_string(), known: known.join(", ") })
}

/// `content/<path>`, a section whose `_index.md` has `[extra.regio]`.
fn regio_folder(root: &Path, path: &str) -> Result<PathBuf, ImportError> {
    let content = root.join("content");
    let is_regio = |dir: &Path| {
        let text = std::fs::read_to_string(dir.join("_index.md")).unwrap_or_default();
        record::front_of(&text).is_some_and(|(front, _)| front.get("extra").and_then(|e| e.get("regio")).is_some())
    };
    // A plain relative path of slugs: never a way out of content/.
    let plain = path.split('/').all(|part| !part.is_empty() && slugify(part) == part);
    if plain && is_regio(&content.join(path)) {
        return Ok(content.join(path));
    }
    let mut known: Vec<String> = walkdir::WalkDir::new(&content)
        .min_depth(1)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_dir() && is_regio(e.path()))
        .filter_map(|e| Some(crate::content::path_with_slashes(e.path().strip_prefix(&content).ok()?)))
        .collect();
    known.sort();
    Err(ImportError::UnknownRegio { path: path.to_string(), known: known.join(", ") })
}

/// A file name from the service's name that no other entry of the folder has, in any
/// case: `naam.md`, else `naam-2.md`, and so on (the source's id when the name gives no
/// web address). Slugs keep it a plain name inside the folder.
fn free_name(folder: &Path, name: &str, id: &str, taken: &BTreeSet<String>) -> PathBuf {
    let base = Some(slugify(name)).filter(|s| !s.is_empty()).unwrap_or_else(|| slugify(id));
    let base = if base.is_empty() { "dienst".to_string() } else { base };
    (1..)
        .map(|n| if n == 1 { folder.join(format!("{base}.md")) } else { folder.join(format!("{base}-{n}.md")) })
        .find(|p| !taken.contains(&p.to_string_lossy().to_lowercase()))
        .unwrap_or_else(|| folder.join(format!("{base}.md")))
}
