//! A service as another directory describes it, before it is mapped to the contract:
//! the fields Wijkwijzer can use, each still in the source's words, and every other
//! field the source filled, so the report can name what was not taken over.

use std::collections::BTreeMap;

/// One taxonomy term attached to a service (`attributes[].taxonomy_term`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    pub taxonomy: String,
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, Default)]
pub struct SourceLocation {
    pub naam: Option<String>,
    pub adres: Option<String>,
    pub postcode: Option<String>,
    pub plaats: Option<String>,
    /// `accessibility[].description`, in the source's words.
    pub toegankelijkheid: Vec<String>,
    /// OpenStreetMap opening hours made from the location's weekly schedules.
    pub openingstijden: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct SourceService {
    /// The source's own id: how a re-import finds the page it wrote before.
    pub id: String,
    /// Where it was read: the file, and its place in a list.
    pub origin: String,
    pub name: String,
    pub description: String,
    pub url: Option<String>,
    pub email: Option<String>,
    pub status: Option<String>,
    /// A short-term notice (`alert`): the page's `melding`.
    pub alert: Option<String>,
    pub application_process: Option<String>,
    pub fees: Option<String>,
    pub eligibility: Option<String>,
    pub assured_date: Option<String>,
    pub organisatie: Option<String>,
    pub organisatie_website: Option<String>,
    pub phones: Vec<String>,
    pub openingstijden: Option<String>,
    pub areas: Vec<String>,
    pub languages: Vec<String>,
    pub terms: Vec<Term>,
    pub locations: Vec<SourceLocation>,
    /// Filled fields Wijkwijzer has no place for: field path → value as written.
    pub unmapped: BTreeMap<String, String>,
}

impl SourceService {
    /// The parts of the page's address, when the service comes from a Wijkwijzer export
    /// (its terms are of the site's own taxonomies): then `url` is where the page lived
    /// on that site, not the service's own website. Query and fragment are left out.
    pub fn exported_page(&self) -> Option<Vec<String>> {
        if !self.terms.iter().any(|t| t.taxonomy.starts_with("wijkwijzer-")) {
            return None;
        }
        let url = url::Url::parse(self.url.as_deref()?).ok()?;
        Some(url.path_segments()?.filter(|p| !p.is_empty()).map(str::to_string).collect())
    }
}
