//! Wijkwijzer: a Git repository of Markdown in, an accessible static site of local
//! support out. The modules follow the data: `config` and `content` read, `markdown`
//! and `render` turn it into HTML, `site` checks the addresses, `output` writes.

pub mod codes;
pub mod compress;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod directory;
pub mod freshness;
pub mod hulplijnen;
pub mod import;
pub mod markdown;
pub mod messages;
pub mod offline;
pub mod output;
pub mod pipeline;
pub mod readability;
pub mod redactie;
pub mod render;
pub mod search_index;
pub mod site;
pub mod snel_weg;
pub mod starter;
pub mod urls;

pub use pipeline::{build, BuildError, BuildOptions, BuildSummary};
