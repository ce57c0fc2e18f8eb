//! Front matter: the TOML (`+++`) or YAML (`---`) block at the top of every content file,
//! read into typed structs with Zola's field names.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::diagnostics::{Code, Diagnostic};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Yaml,
}

/// A content file cut into its front matter and its Markdown body.
#[derive(Debug)]
pub struct Split {
    pub format: Format,
    /// Byte range of the front matter text (between the fences) in the file.
    pub front: Range<usize>,
    /// Byte offset where the body starts.
    pub body_start: usize,
}

/// True when the file opens a front matter block that never closes.
pub fn is_unclosed(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    (t.starts_with("+++") || t.starts_with("---")) && split(text).is_none()
}

/// Find the front matter fences. Leading blank lines are allowed, as in Zola.
pub fn split(text: &str) -> Option<Split> {
    // Leading blank lines and a byte order mark (some Windows editors write one).
    let start = text.len() - text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}').len();
    let rest = &text[start..];
    let (fence, format) = if rest.starts_with("+++") {
        ("+++", Format::Toml)
    } else if rest.starts_with("---") {
        ("---", Format::Yaml)
    } else {
        return None;
    };
    let after_open = start + fence.len();
    // The opening fence must be alone on its line.
    let line_end = text[after_open..].find('\n')? + after_open;
    if !text[after_open..line_end].trim().is_empty() {
        return None;
    }
    let front_start = line_end + 1;
    let mut offset = front_start;
    for line in text[front_start..].split_inclusive('\n') {
        if line.trim_end() == fence {
            return Some(Split { format, front: front_start..offset, body_start: offset + line.len() });
        }
        offset += line.len();
    }
    None
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct PageFrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    pub date: Option<toml::Value>,
    pub updated: Option<toml::Value>,
    pub weight: Option<i64>,
    #[serde(default)]
    pub draft: bool,
    pub slug: Option<String>,
    pub path: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    pub template: Option<String>,
    #[serde(default = "yes")]
    pub in_search_index: bool,
    #[serde(default = "yes")]
    pub render: bool,
    #[serde(default)]
    pub taxonomies: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub extra: toml::Table,
}

pub const PAGE_FIELDS: &[&str] = &[
    "title",
    "description",
    "date",
    "updated",
    "weight",
    "draft",
    "slug",
    "path",
    "aliases",
    "authors",
    "template",
    "in_search_index",
    "render",
    "taxonomies",
    "extra",
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    pub weight: Option<i64>,
    #[serde(default)]
    pub sort_by: SortBy,
    #[serde(default)]
    pub draft: bool,
    pub template: Option<String>,
    pub page_template: Option<String>,
    pub paginate_by: Option<usize>,
    #[serde(default = "default_paginate_path")]
    pub paginate_path: String,
    #[serde(default)]
    pub paginate_reversed: bool,
    #[serde(default)]
    pub insert_anchor_links: AnchorLinks,
    #[serde(default = "yes")]
    pub render: bool,
    pub redirect_to: Option<String>,
    #[serde(default = "yes")]
    pub in_search_index: bool,
    #[serde(default)]
    pub transparent: bool,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub generate_feeds: bool,
    #[serde(default)]
    pub extra: toml::Table,
}

impl Default for SectionFrontMatter {
    fn default() -> Self {
        // An empty front matter block gives every default, exactly as a file would.
        toml::from_str("").expect("an empty section front matter is valid")
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    #[default]
    None,
    Date,
    UpdateDate,
    Title,
    TitleBytes,
    Weight,
    Slug,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorLinks {
    #[default]
    None,
    Left,
    Right,
    Heading,
}

fn yes() -> bool {
    true
}
fn default_paginate_path() -> String {
    "page".into()
}

/// Parse the front matter of `source` (the whole file) as `T`, with the top-level keys
/// the editor wrote (to warn about ones that do nothing). Errors point at the line in
/// the file, not in the block.
pub fn parse<T: DeserializeOwned>(
    source: &Arc<str>,
    split: &Split,
    file: &Path,
) -> Result<(T, Vec<String>), Diagnostic> {
    let text = &source[split.front.clone()];
    let base = split.front.start;
    match split.format {
        Format::Toml => {
            // One parse gives both the keys and the value; only front matter with a
            // mistake is parsed a second time, straight into `T`, for the exact position.
            if let Ok(table) = toml::from_str::<toml::Table>(text) {
                let keys = table.keys().cloned().collect();
                if let Ok(value) = toml::Value::Table(table).try_into::<T>() {
                    return Ok((value, keys));
                }
            }
            let value = toml::from_str::<T>(text).map_err(|e| {
                let mut d = Diagnostic::error(
                    Code::FrontMatterSyntax,
                    file,
                    crate::msg!("front-matter-syntax", detail = e.message().trim()),
                )
                .with_source(source)
                .help(crate::msg!("front-matter-syntax.help-toml"));
                if let Some(span) = e.span() {
                    d = d.at(base + span.start..base + span.end);
                } else {
                    d = d.at(split.front.clone());
                }
                d
            })?;
            let keys = toml::from_str::<toml::Table>(text).map(|t| t.keys().cloned().collect()).unwrap_or_default();
            Ok((value, keys))
        }
        Format::Yaml => {
            let value = serde_yaml_ng::from_str(text).map_err(|e| {
                let msg = e.to_string();
                let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
                let mut d =
                    Diagnostic::error(Code::FrontMatterSyntax, file, crate::msg!("front-matter-syntax", detail = msg))
                        .with_source(source)
                        .help(crate::msg!("front-matter-syntax.help-yaml"));
                if let Some(loc) = e.location() {
                    let at = base + loc.index();
                    d = d.at(at..at + 1);
                }
                d
            })?;
            let keys = serde_yaml_ng::from_str::<BTreeMap<String, serde_yaml_ng::Value>>(text)
                .map(|t| t.into_keys().collect())
                .unwrap_or_default();
            Ok((value, keys))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_toml_and_yaml() {
        let s = split("\n+++\ntitle = \"a\"\n+++\nBody\n").unwrap();
        assert_eq!(s.format, Format::Toml);
        assert_eq!(s.front, 5..17);
        assert_eq!(s.body_start, 21);
        let s = split("---\ntitle: a\n---\n").unwrap();
        assert_eq!(s.format, Format::Yaml);
        assert!(split("# no front matter").is_none());
        assert!(split("+++\ntitle = 1\n").is_none(), "unclosed");
        assert!(is_unclosed("+++\ntitle = 1\n"));
        assert!(split("\u{feff}+++\ntitle = 1\n+++\n").is_some(), "byte order mark");
    }

    #[test]
    fn toml_errors_point_into_the_file() {
        let src: Arc<str> = Arc::from("+++\ntitle = \"a\"\nweight = \"x\"\n+++\n");
        let s = split(&src).unwrap();
        let err = parse::<PageFrontMatter>(&src, &s, Path::new("a.md")).map(|_| ()).unwrap_err();
        assert_eq!(err.line_col().map(|l| l.0), Some(3), "{err}");
    }

    #[test]
    fn unknown_section_field_is_an_error() {
        let src: Arc<str> = Arc::from("+++\nsort-by = \"date\"\n+++\n");
        let s = split(&src).unwrap();
        let err = parse::<SectionFrontMatter>(&src, &s, Path::new("_index.md")).map(|_| ()).unwrap_err();
        assert!(err.message.to_string().contains("sort-by"), "{err}");
        assert_eq!(err.line_col().map(|l| l.0), Some(2));
    }
}
