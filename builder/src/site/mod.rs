//! Assembling the site from the library: taxonomies and the address of every output.

pub mod routes;
pub mod taxonomies;
