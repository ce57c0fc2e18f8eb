//! The Wijkwijzer search engine. Index time and query time are different programs
//! (the builder writes, the browser reads), but they share what must match exactly:
//! the schema (`schema`) and the Dutch analysis (`analysis`), defined once here, and
//! the contract of a built site's search: its manifest, part names and facets
//! (`manifest`, `facets`).

pub mod analysis;
pub mod bundle;
pub mod compound;
pub mod engine;
pub mod facets;
pub mod index;
pub mod manifest;
pub mod schema;
pub mod stem;
pub mod vocabulary;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use engine::{Engine, Hit, SearchRequest, SearchResponse, Synonym};
pub use index::{IndexBuilder, SearchDoc};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("the search index file is damaged: {0}")]
    Corrupt(String),
}
