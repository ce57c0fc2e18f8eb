//! The mapping file (TOML) that says how the source's words become the contract's: its
//! taxonomy terms become needs and kinds, its areas and postcodes wijken, its status,
//! access, cost, target group and accessibility texts our closed lists. What the file
//! does not name is matched on our own slugs and labels; what is still unknown is
//! collected, with counts, for a ready-to-fill mapping file.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::source::Term;
use super::ImportError;
use crate::directory::hsds::{TAXONOMY_BEHOEFTEN, TAXONOMY_SOORTEN};
use crate::directory::{ClosedList, Doelgroep, Kosten, Status, Toegang, Toegankelijkheid, HELE_GEMEENTE};
use crate::messages::Lang;
use crate::msg;

/// What a source word becomes: one slug, or a list (a term can say both a need and a
/// kind). An empty text is "not filled in yet"; an empty list `[]` is "skip it".
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Target {
    One(String),
    Many(Vec<String>),
}

impl Target {
    /// The slugs, or `None` while the entry is not filled in.
    fn slugs(&self) -> Option<Vec<String>> {
        match self {
            Target::One(s) if s.trim().is_empty() => None,
            Target::One(s) => Some(vec![s.trim().to_string()]),
            Target::Many(v) => Some(v.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default)]
    pub termen: BTreeMap<String, Target>,
    #[serde(default)]
    pub gebieden: BTreeMap<String, Target>,
    #[serde(default)]
    pub status: BTreeMap<String, String>,
    #[serde(default)]
    pub toegang: BTreeMap<String, String>,
    #[serde(default)]
    pub kosten: BTreeMap<String, String>,
    #[serde(default)]
    pub doelgroep: BTreeMap<String, Target>,
    #[serde(default)]
    pub toegankelijkheid: BTreeMap<String, Target>,
    /// The file's text, to say on which line a wrong entry is.
    #[serde(skip)]
    text: String,
    #[serde(skip)]
    file: std::path::PathBuf,
}

impl Mapping {
    pub fn load(file: &Path) -> Result<Mapping, ImportError> {
        let text = std::fs::read_to_string(file).map_err(|e| ImportError::io(file, e))?;
        let mut mapping: Mapping = toml::from_str(&text).map_err(|e| {
            let line = e.span().map_or(0, |s| text[..s.start].matches('\n').count() + 1);
            ImportError::Mapping { file: file.to_path_buf(), line, detail: e.message().trim().to_string() }
        })?;
        mapping.text = text;
        mapping.file = file.to_path_buf();
        Ok(mapping)
    }

    /// Every filled-in target must be a value this site knows: a typo would otherwise
    /// put a service in no wijk, or in the wrong list, without anyone noticing.
    pub fn check(&self, v: &Vocabulary) -> Result<(), ImportError> {
        let needs_kinds: Vec<&str> = v.behoeften.iter().chain(&v.soorten).map(|x| x.0.as_str()).collect();
        let mut wijken: Vec<&str> = v.wijken.iter().map(|w| w.0.as_str()).collect();
        wijken.push(HELE_GEMEENTE);
        let lists: [(&BTreeMap<String, Target>, Vec<&str>); 4] = [
            (&self.termen, needs_kinds),
            (&self.gebieden, wijken),
            (&self.doelgroep, Doelgroep::slugs()),
            (&self.toegankelijkheid, Toegankelijkheid::slugs()),
        ];
        for (table, valid) in lists {
            for (word, target) in table {
                for slug in target.slugs().unwrap_or_default() {
                    if !valid.contains(&slug.as_str()) {
                        return Err(self.wrong(word, &slug, &valid));
                    }
                }
            }
        }
        let closed: [(&BTreeMap<String, String>, Vec<&str>); 3] =
            [(&self.status, Status::slugs()), (&self.toegang, Toegang::slugs()), (&self.kosten, Kosten::slugs())];
        for (table, valid) in closed {
            for (word, slug) in table {
                if !slug.trim().is_empty() && !valid.contains(&slug.trim()) {
                    return Err(self.wrong(word, slug, &valid));
                }
            }
        }
        Ok(())
    }

    fn wrong(&self, word: &str, slug: &str, valid: &[&str]) -> ImportError {
        let quoted = toml::Value::String(word.to_string()).to_string();
        let line = self.text.find(&quoted).map_or(0, |at| self.text[..at].matches('\n').count() + 1);
        let detail = msg!("import-mapping-target", word, slug, valid = valid.join(", ")).text(Lang::Nl);
        ImportError::Mapping { file: self.file.clone(), line, detail }
    }
}

/// The tables of the mapping file, in the order the skeleton lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Table {
    Termen,
    Gebieden,
    Status,
    Toegang,
    Kosten,
    Doelgroep,
    Toegankelijkheid,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::Termen => "termen",
            Table::Gebieden => "gebieden",
            Table::Status => "status",
            Table::Toegang => "toegang",
            Table::Kosten => "kosten",
            Table::Doelgroep => "doelgroep",
            Table::Toegankelijkheid => "toegankelijkheid",
        }
    }
}

/// The site's words a source term can become.
pub struct Vocabulary {
    /// (slug, label)
    pub behoeften: Vec<(String, String)>,
    pub soorten: Vec<(String, String)>,
    /// (slug, naam, postcode areas) of the municipality imported into.
    pub wijken: Vec<(String, String, Vec<String>)>,
    /// The section's name: the municipality's or the region's.
    pub gemeente: String,
    /// For a region: its municipalities (slug, name).
    pub regio_gemeenten: Vec<(String, String)>,
}

/// Source words nobody has mapped yet: (table, word) → how many services use it.
pub type Unknown = BTreeMap<(Table, String), usize>;

/// What a term, area or text means here; `None` when nobody knows yet (and then it is
/// counted in `unknown`). `Some(vec![])` is a deliberate "skip".
pub struct Resolver<'a> {
    pub mapping: &'a Mapping,
    pub vocabulary: &'a Vocabulary,
    pub unknown: Unknown,
}

fn same(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

impl<'a> Resolver<'a> {
    fn miss<T>(&mut self, table: Table, word: &str) -> Option<T> {
        *self.unknown.entry((table, word.trim().to_string())).or_default() += 1;
        None
    }

    /// Needs and kinds a taxonomy term stands for.
    pub fn term(&mut self, term: &Term) -> Option<Vec<String>> {
        for key in [&term.name, &term.code] {
            if let Some(slugs) = self.mapping.termen.get(key.as_str()).and_then(Target::slugs) {
                return Some(slugs);
            }
        }
        let v = self.vocabulary;
        // A Wijkwijzer export says which list a term is from; others are matched on both.
        let candidates: Vec<&(String, String)> = match term.taxonomy.as_str() {
            TAXONOMY_BEHOEFTEN => v.behoeften.iter().collect(),
            TAXONOMY_SOORTEN => v.soorten.iter().collect(),
            _ => v.behoeften.iter().chain(&v.soorten).collect(),
        };
        let hit = candidates.into_iter().find(|(slug, label)| {
            [&term.code, &term.name].iter().any(|w| !w.is_empty() && (same(w, slug) || same(w, label)))
        });
        match hit {
            Some((slug, _)) => Some(vec![slug.clone()]),
            None => {
                let word = if term.name.is_empty() { &term.code } else { &term.name };
                self.miss(Table::Termen, word)
            }
        }
    }

    /// The wijken (or `hele-gemeente`) an area stands for.
    pub fn area(&mut self, area: &str) -> Option<Vec<String>> {
        if let Some(slugs) = self.mapping.gebieden.get(area).and_then(Target::slugs) {
            return Some(slugs);
        }
        let v = self.vocabulary;
        // Our own export writes "Wijk, Gemeente" and "Gemeente (GM0000)".
        let first = area.split(',').next().unwrap_or(area);
        if let Some((slug, _, _)) = v.wijken.iter().find(|(slug, naam, _)| same(first, naam) || same(first, slug)) {
            return Some(vec![slug.clone()]);
        }
        let plain = area.split(" (").next().unwrap_or(area);
        // "Hele gemeente" is what the spreadsheet template's drop-down list offers.
        let whole = same(plain, HELE_GEMEENTE) || same(&plain.trim().replace(' ', "-"), HELE_GEMEENTE);
        let names = std::iter::once(&v.gemeente).chain(v.regio_gemeenten.iter().flat_map(|(slug, naam)| [slug, naam]));
        let named = names.into_iter().any(|n| same(plain, n) || same(plain, &format!("Gemeente {n}")));
        if named || whole {
            return Some(vec![HELE_GEMEENTE.to_string()]);
        }
        self.miss(Table::Gebieden, area)
    }

    /// The wijk of a postcode, from the municipality's postcode areas.
    pub fn wijk_of_postcode(&self, postcode: &str) -> Option<String> {
        let pc4: String = postcode.chars().filter(char::is_ascii_digit).take(4).collect();
        if let Some(slugs) = self.mapping.gebieden.get(&pc4).and_then(Target::slugs) {
            return slugs.into_iter().next();
        }
        self.vocabulary.wijken.iter().find(|(_, _, pcs)| pcs.contains(&pc4)).map(|(slug, _, _)| slug.clone())
    }

    /// One value of a closed list, from a mapping table, a slug, a label or `fallback`.
    pub fn choice<T: ClosedList>(
        &mut self,
        table: Table,
        map: fn(&Mapping) -> &BTreeMap<String, String>,
        text: &str,
        fallback: fn(&str) -> Option<T>,
    ) -> Option<Option<T>> {
        if let Some(slug) = map(self.mapping).get(text).filter(|s| !s.trim().is_empty()) {
            return Some(T::from_slug(slug.trim()));
        }
        if let Some(t) = T::VARIANTS.iter().copied().find(|t| same(text, t.slug()) || same(text, t.label())) {
            return Some(Some(t));
        }
        if let Some(t) = fallback(text) {
            return Some(Some(t));
        }
        self.miss(table, text)
    }

    /// Values of a closed list from a text that may list several (`a, b`).
    pub fn choices<T: ClosedList>(
        &mut self,
        table: Table,
        map: fn(&Mapping) -> &BTreeMap<String, Target>,
        text: &str,
        skip: &[&str],
    ) -> Option<Vec<T>> {
        // `check` made sure every filled-in slug is one of T's.
        if let Some(slugs) = map(self.mapping).get(text).and_then(Target::slugs) {
            return Some(slugs.iter().filter_map(|s| T::from_slug(s)).collect());
        }
        let mut out = Vec::new();
        for part in text.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
            if skip.iter().any(|s| same(s, part)) {
                continue;
            }
            if let Some(slugs) = map(self.mapping).get(part).and_then(Target::slugs) {
                out.extend(slugs.iter().filter_map(|s| T::from_slug(s)));
            } else if let Some(t) = T::VARIANTS.iter().copied().find(|t| same(part, t.slug()) || same(part, t.label()))
            {
                out.push(t);
            } else {
                return self.miss(table, text);
            }
        }
        Some(out)
    }
}

/// A mapping file to fill in, in `lang`: every unknown word with its count, and the
/// values to choose from.
pub fn skeleton(unknown: &Unknown, vocabulary: &Vocabulary, choices: &BTreeMap<Table, String>, lang: Lang) -> String {
    let slugs = |list: &[(String, String)]| list.iter().map(|x| x.0.as_str()).collect::<Vec<_>>().join(", ");
    let mut out = msg!("import-skeleton-intro").text(lang);
    out.push('\n');
    let mut current = None;
    for ((table, word), count) in unknown {
        if current != Some(*table) {
            current = Some(*table);
            let help = match table {
                Table::Termen => {
                    msg!(
                        "import-skeleton-termen",
                        needs = slugs(&vocabulary.behoeften),
                        kinds = slugs(&vocabulary.soorten)
                    )
                }
                Table::Gebieden => msg!(
                    "import-skeleton-gebieden",
                    wijken = vocabulary.wijken.iter().map(|w| w.0.as_str()).collect::<Vec<_>>().join(", ")
                ),
                other => msg!("import-skeleton-choose", values = choices.get(other).cloned().unwrap_or_default()),
            };
            out.push_str(&format!("\n{}\n[{}]\n", help.text(lang), table.name()));
        }
        let key = toml::Value::String(word.clone()).to_string();
        out.push_str(&format!("{key} = \"\"  # {}\n", msg!("import-skeleton-count", count = *count).text(lang)));
    }
    out
}
