//! Facet filters and counts on a plain string field. Facet values are paths such as
//! `/behoefte/geldzaken`, indexed as single terms. tantivy's own `Facet` type formats
//! itself with a regular expression, which linked the whole `regex` crate (about a
//! tenth of the WebAssembly) into the browser's engine for a `/` escape; counting on
//! the postings needs no more than the term dictionary.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, Searcher, SegmentOrdinal, SegmentReader, TERMINATED};

/// What kind of page a search document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocType {
    Dienst,
    Info,
}

/// Every facet a search document can carry: the one vocabulary the builder indexes
/// with and the engine filters and counts on. Values are slugs from the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet<'a> {
    Type(DocType),
    Gemeente(&'a str),
    /// A wijk of a municipality: wijk slugs are only unique within one.
    Wijk(&'a str, &'a str),
    Behoefte(&'a str),
    Soort(&'a str),
    Toegang(&'a str),
    Kosten(&'a str),
    Doelgroep(&'a str),
}

impl Facet<'_> {
    /// The indexed term, e.g. `/wijk/heidebroek/oost`.
    pub fn path(&self) -> String {
        match *self {
            Facet::Type(DocType::Dienst) => path(&["type", "dienst"]),
            Facet::Type(DocType::Info) => path(&["type", "info"]),
            Facet::Gemeente(g) => path(&["gemeente", g]),
            Facet::Wijk(g, w) => path(&["wijk", g, w]),
            Facet::Behoefte(n) => path(&["behoefte", n]),
            Facet::Soort(k) => path(&["soort", k]),
            Facet::Toegang(t) => path(&["toegang", t]),
            Facet::Kosten(k) => path(&["kosten", k]),
            Facet::Doelgroep(d) => path(&["doelgroep", d]),
        }
    }
}

/// The facets a search answer counts, under these names in `SearchResponse::facets`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count<'a> {
    Behoefte,
    Soort,
    Gemeente,
    /// The wijken of one municipality.
    Wijk(&'a str),
}

impl Count<'_> {
    pub fn name(&self) -> &'static str {
        match self {
            Count::Behoefte => "behoefte",
            Count::Soort => "soort",
            Count::Gemeente => "gemeente",
            Count::Wijk(_) => "wijk",
        }
    }

    /// The term prefix its values sit under.
    fn prefix(&self) -> String {
        match *self {
            Count::Wijk(g) => path(&["wijk", g, ""]),
            other => path(&[other.name(), ""]),
        }
    }
}

fn path(steps: &[&str]) -> String {
    steps.iter().fold(String::new(), |mut out, step| {
        out.push('/');
        out.push_str(step);
        out
    })
}

/// Collects which documents match, per segment, as bits.
pub struct Matching;

pub struct SegmentMatching {
    segment: SegmentOrdinal,
    bits: Vec<u64>,
}

impl Collector for Matching {
    type Fruit = Vec<(SegmentOrdinal, Vec<u64>)>;
    type Child = SegmentMatching;

    fn for_segment(&self, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<SegmentMatching> {
        Ok(SegmentMatching { segment, bits: vec![0; (reader.max_doc() as usize).div_ceil(64)] })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(SegmentOrdinal, Vec<u64>)>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits)
    }
}

impl SegmentCollector for SegmentMatching {
    type Fruit = (SegmentOrdinal, Vec<u64>);

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(word) = self.bits.get_mut(doc as usize / 64) {
            *word |= 1 << (doc % 64);
        }
    }

    fn harvest(self) -> Self::Fruit {
        (self.segment, self.bits)
    }
}

/// For each facet in `roots`, its values with how many matching documents carry them,
/// most first, then by name. Values no matching document has are left out.
pub fn count(
    searcher: &Searcher,
    field: Field,
    matching: &[(SegmentOrdinal, Vec<u64>)],
    roots: &[Count],
) -> tantivy::Result<BTreeMap<String, Vec<(String, u64)>>> {
    let mut out = BTreeMap::new();
    for root in roots {
        let prefix = root.prefix();
        let mut counts: BTreeMap<String, u64> = BTreeMap::new();
        for (segment, bits) in matching {
            if bits.iter().all(|w| *w == 0) {
                continue;
            }
            let inverted = searcher.segment_reader(*segment).inverted_index(field)?;
            let mut terms = inverted.terms().range().ge(prefix.as_bytes()).into_stream()?;
            while terms.advance() {
                let Some(value) = terms.key().strip_prefix(prefix.as_bytes()) else { break };
                let mut postings = inverted.read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)?;
                let mut n = 0;
                let mut doc = postings.doc();
                while doc != TERMINATED {
                    if bits.get(doc as usize / 64).is_some_and(|w| w & (1 << (doc % 64)) != 0) {
                        n += 1;
                    }
                    doc = postings.advance();
                }
                if n > 0 {
                    *counts.entry(String::from_utf8_lossy(value).into_owned()).or_default() += n;
                }
            }
        }
        let mut counts: Vec<(String, u64)> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out.insert(root.name().to_string(), counts);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facets_are_path_terms() {
        assert_eq!(Facet::Wijk("heidebroek", "oost").path(), "/wijk/heidebroek/oost");
        assert_eq!(Facet::Type(DocType::Info).path(), "/type/info");
        assert_eq!(Count::Behoefte.prefix(), "/behoefte/");
        assert_eq!(Count::Wijk("heidebroek").prefix(), "/wijk/heidebroek/");
        // A count's prefix is the start of the facet it counts.
        assert!(Facet::Soort("inloop").path().starts_with(&Count::Soort.prefix()));
        assert!(Facet::Gemeente("dorp").path().starts_with(&Count::Gemeente.prefix()));
    }

    /// The vendored tantivy formats facets without regex (vendor/README.md): the same text.
    #[test]
    fn vendored_facet_escaping_is_unchanged() {
        use tantivy::schema::Facet as TantivyFacet;
        assert_eq!(TantivyFacet::from_path(["a/b", "c\\d", "e"]).to_string(), "/a\\/b/c\\/d/e");
        assert_eq!(TantivyFacet::from_path(["plain"]).to_string(), "/plain");
    }
}
