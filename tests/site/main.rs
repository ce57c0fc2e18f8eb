//! Integration tests for the builder: small fixture sites built by the real binary,
//! with assertions on the HTML it writes and on the errors it gives.

mod support;

mod content;
mod directory;
mod errors;
mod example;
mod outputs;
mod search;
mod serve;
mod templates;
