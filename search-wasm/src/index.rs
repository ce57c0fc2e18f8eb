//! Index time: the builder turns pages into `SearchDoc`s and gets back one bundle per
//! part of the site. Runs natively only (the browser never writes an index).

use serde::{Deserialize, Serialize};
use tantivy::directory::{Directory, RamDirectory};
use tantivy::tokenizer::TokenizerManager;
use tantivy::{doc, SingleSegmentIndexWriter, TantivyDocument};

use crate::analysis;
use crate::schema::{self, Fields};
use crate::vocabulary::{self, Vocabulary};
use crate::{bundle, SearchError};

/// One searchable page, as the builder describes it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchDoc {
    pub url: String,
    pub title: String,
    pub description: String,
    pub body: String,
    pub organisation: String,
    /// Kind of service, needs: the words residents see on the page.
    pub labels: Vec<String>,
    /// Wijk, municipality and place names.
    pub places: Vec<String>,
    /// Facet terms, each made by `facets::Facet::path`.
    pub facets: Vec<String>,
    pub display: Display,
}

/// What a result shows besides title and summary.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Display {
    pub summary: String,
    pub soort: Option<String>,
    pub gemeente: Option<String>,
    pub wijken: Vec<String>,
    pub behoeften: Vec<String>,
    /// A service's id in "Mijn lijstje" (`<owner>/<path>`): the results page adds the
    /// list button, the notice and whether it is open now from `/lijstje/<owner>.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lijstje: Option<String>,
}

pub struct IndexBuilder {
    /// Name of the part of the site this index covers; segment ids derive from it, so
    /// parts can be searched together.
    part: String,
    writer: SingleSegmentIndexWriter,
    fields: Fields,
    dir: RamDirectory,
    /// The written words of every page added (`vocabulary`).
    words: std::collections::BTreeSet<String>,
}

/// Memory for one part's segment before it is written; a part is a few hundred KB.
/// tantivy's minimum is 15 MB, and it sizes its term table from this.
const WRITER_BUDGET: usize = 16_000_000;

impl IndexBuilder {
    pub fn new(part: &str) -> Result<Self, SearchError> {
        let (schema, fields) = schema::build();
        let dir = RamDirectory::create();
        let tokenizers = TokenizerManager::default();
        tokenizers.register(analysis::DUTCH, analysis::dutch_analyzer());
        // Stored fields uncompressed: every part travels brotli-compressed, which packs
        // plain JSON far better than it packs lz4's output, and the browser's engine then
        // needs no lz4 decoder.
        let settings =
            tantivy::IndexSettings { docstore_compression: tantivy::store::Compressor::None, ..Default::default() };
        // tantivy's writer for exactly this: one segment, in this thread, no merges, so the
        // same documents give the same bytes.
        let writer = tantivy::Index::builder()
            .schema(schema)
            .settings(settings)
            .tokenizers(tokenizers)
            .single_segment_index_writer(dir.clone(), WRITER_BUDGET)?;
        Ok(IndexBuilder { part: part.to_string(), writer, fields, dir, words: Default::default() })
    }

    pub fn add(&mut self, d: &SearchDoc) -> Result<(), SearchError> {
        let texts = [&d.title, &d.description, &d.body, &d.organisation].into_iter().chain(&d.labels).chain(&d.places);
        for text in texts {
            self.words.extend(vocabulary::words_of(text));
        }
        let f = &self.fields;
        let mut doc: TantivyDocument = doc!(
            f.url => d.url.clone(),
            f.title => d.title.clone(),
            f.description => d.description.clone(),
            f.body => d.body.clone(),
            f.organisation => d.organisation.clone(),
            f.display => serde_json::to_string(&DisplayStored { title: &d.title, display: &d.display }).unwrap_or_default(),
        );
        for l in &d.labels {
            doc.add_text(f.labels, l);
        }
        for p in &d.places {
            doc.add_text(f.places, p);
        }
        for path in &d.facets {
            doc.add_text(f.facet, path);
        }
        self.writer.add_document(doc)?;
        Ok(())
    }

    /// Commit and pack the index into one file.
    pub fn finish(self) -> Result<Vec<u8>, SearchError> {
        let index = self.writer.finalize()?;
        let index_meta = index.load_metas()?;
        let metas = index_meta.segments.clone();
        let mut names: Vec<String> = vec!["meta.json".into()];
        names.extend(index_meta.list_segment_files().into_iter().map(|p| p.to_string_lossy().into_owned()));
        names.sort();
        names.dedup();
        let mut files = Vec::with_capacity(names.len());
        for name in names {
            let path = std::path::Path::new(&name);
            if !self.dir.exists(path).unwrap_or(false) {
                continue;
            }
            let bytes = self
                .dir
                .open_read(path)
                .map_err(|e| SearchError::Corrupt(e.to_string()))?
                .read_bytes()
                .map_err(|e| SearchError::Corrupt(e.to_string()))?;
            files.push((name, bytes.as_slice().to_vec()));
        }
        let words: Vocabulary = self.words.into_iter().collect();
        files.push((vocabulary::FILE.to_string(), words.to_bytes()));
        Ok(bundle::pack(&deterministic(files, &metas, &self.part)))
    }
}

#[derive(Serialize)]
struct DisplayStored<'a> {
    title: &'a str,
    #[serde(flatten)]
    display: &'a Display,
}

/// Tantivy names segments with random ids; give them ids from their own content so
/// that the same site gives the same index bytes.
fn deterministic(
    files: Vec<(String, Vec<u8>)>,
    metas: &[tantivy::index::SegmentMeta],
    part: &str,
) -> Vec<(String, Vec<u8>)> {
    let mut files = files;
    for (n, meta) in metas.iter().enumerate() {
        let random = meta.id().uuid_string();
        let fixed = format!("{:016x}{:016x}", fnv1a(part.as_bytes()), n as u64 + 1);
        let random_dashed = dashed(&random);
        let fixed_dashed = dashed(&fixed);
        for (name, bytes) in &mut files {
            *name = name.replace(&random, &fixed);
            if name == "meta.json" {
                let text =
                    String::from_utf8_lossy(bytes).replace(&random, &fixed).replace(&random_dashed, &fixed_dashed);
                *bytes = text.into_bytes();
            }
        }
    }
    files.sort();
    files
}

/// FNV-1a: a small stable hash, for ids and file names that must not change between
/// builds (not for security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

fn dashed(hex: &str) -> String {
    if hex.len() != 32 {
        return hex.to_string();
    }
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}
