//! Query time: open one or more index parts (a municipality, the region's services, the
//! info pages) as one index, and search them with the Dutch analysis, typo tolerance,
//! prefix matching on the word being typed, synonyms and facet filters.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tantivy::collector::TopDocs;
use tantivy::directory::{Directory, RamDirectory};
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::analysis;
use crate::facets::{self, Count, Facet};
use crate::index::Display;
use crate::schema::{self, Fields};
use crate::{bundle, SearchError};

/// A query stays this long at most; longer input is cut, not refused.
const MAX_QUERY_CHARS: usize = 500;
const MAX_WORDS: usize = 16;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchRequest {
    pub query: String,
    pub gemeente: Option<String>,
    /// Needs `gemeente`: wijk slugs are per municipality.
    pub wijk: Option<String>,
    pub behoefte: Option<String>,
    pub soort: Option<String>,
    pub limit: usize,
    /// Add the score breakdown to each hit.
    #[serde(default)]
    pub explain: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hit {
    pub url: String,
    pub title: String,
    pub score: f32,
    #[serde(flatten)]
    pub display: Display,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchResponse {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Facet → (value, count), e.g. `behoefte` → [("geldzaken", 4)].
    pub facets: BTreeMap<String, Vec<(String, u64)>>,
}

/// Synonyms editors keep in config.toml: a word residents use, and what it means.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Synonym {
    pub woord: String,
    pub betekent: Vec<String>,
}

pub struct Engine {
    reader: IndexReader,
    fields: Fields,
    synonyms: Vec<(String, Vec<String>)>,
}

#[derive(Deserialize)]
struct Stored {
    title: String,
    #[serde(flatten)]
    display: Display,
}

impl Engine {
    /// Open the parts together: their segments are listed in one `meta.json`.
    pub fn open(parts: &[&[u8]], synonyms: &[Synonym]) -> Result<Engine, SearchError> {
        let dir = RamDirectory::create();
        let mut meta: Option<serde_json::Value> = None;
        for part in parts {
            for (name, bytes) in bundle::unpack(part)? {
                if name == "meta.json" {
                    let m: serde_json::Value =
                        serde_json::from_slice(&bytes).map_err(|e| SearchError::Corrupt(e.to_string()))?;
                    match &mut meta {
                        None => meta = Some(m),
                        Some(existing) => {
                            let more = m["segments"].as_array().cloned().unwrap_or_default();
                            if let Some(list) = existing["segments"].as_array_mut() {
                                list.extend(more);
                            }
                        }
                    }
                } else {
                    dir.atomic_write(std::path::Path::new(&name), &bytes)
                        .map_err(|e| SearchError::Corrupt(e.to_string()))?;
                }
            }
        }
        let meta = meta.ok_or_else(|| SearchError::Corrupt("no index part was given".into()))?;
        dir.atomic_write(std::path::Path::new("meta.json"), meta.to_string().as_bytes())
            .map_err(|e| SearchError::Corrupt(e.to_string()))?;
        let index = Index::open(dir)?;
        schema::register(&index);
        let fields = schema::fields_of(&index.schema())?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let synonyms = synonyms.iter().map(|s| (analysis::fold(&s.woord), s.betekent.clone())).collect();
        Ok(Engine { reader, fields, synonyms })
    }

    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse, SearchError> {
        let searcher = self.reader.searcher();
        let query = self.build_query(req);
        let limit = req.limit.clamp(1, 200);
        let (top, matching) =
            searcher.search(&query, &(TopDocs::with_limit(limit).order_by_score(), facets::Matching))?;
        let total = matching.iter().flat_map(|(_, bits)| bits).map(|w| w.count_ones() as usize).sum();
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let url = doc.get_first(self.fields.url).and_then(|v| v.as_str()).unwrap_or_default().to_string();
            let stored: Stored = doc
                .get_first(self.fields.display)
                .and_then(|v| v.as_str())
                .and_then(|s| serde_json::from_str(s).ok())
                .unwrap_or(Stored { title: url.clone(), display: Display::default() });
            let explanation =
                if req.explain { query.explain(&searcher, address).ok().map(|e| e.to_pretty_json()) } else { None };
            hits.push(Hit { url, title: stored.title, score, display: stored.display, explanation });
        }
        let mut roots = vec![Count::Behoefte, Count::Soort, Count::Gemeente];
        if let Some(g) = &req.gemeente {
            roots.push(Count::Wijk(g));
        }
        let facets = facets::count(&searcher, self.fields.facet, &matching, &roots)?;
        let out = SearchResponse { total, hits, facets };
        Ok(out)
    }

    /// Every word of the query may match (OR); more matching words and matches in the
    /// title rank higher (BM25 with field boosts). Filters must all hold.
    fn build_query(&self, req: &SearchRequest) -> Box<dyn Query> {
        let text: String = req.query.chars().take(MAX_QUERY_CHARS).collect();
        let still_typing = !text.ends_with(char::is_whitespace);
        let words: Vec<&str> = text.split_whitespace().take(MAX_WORDS).collect();
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let last = i + 1 == words.len() && still_typing;
            let letters = word.chars().filter(|c| c.is_alphanumeric()).count();
            for term in analysis::terms(word) {
                should.extend(self.term_clauses(&term, letters, last, 1.0));
            }
            let folded = analysis::fold(word);
            for (woord, meanings) in &self.synonyms {
                if *woord == folded {
                    for meaning in meanings {
                        for term in analysis::terms(meaning) {
                            should.extend(self.term_clauses(&term, 0, false, 0.8));
                        }
                    }
                }
            }
        }
        let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut filter = |facet: Facet| {
            let term = Term::from_field_text(self.fields.facet, &facet.path());
            must.push((Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic))));
        };
        if let Some(g) = &req.gemeente {
            filter(Facet::Gemeente(g));
            if let Some(w) = &req.wijk {
                filter(Facet::Wijk(g, w));
            }
        }
        if let Some(n) = &req.behoefte {
            filter(Facet::Behoefte(n));
        }
        if let Some(s) = &req.soort {
            filter(Facet::Soort(s));
        }
        let matching: Box<dyn Query> =
            if should.is_empty() { Box::new(AllQuery) } else { Box::new(BooleanQuery::new(should)) };
        if must.is_empty() {
            matching
        } else {
            must.push((Occur::Must, matching));
            Box::new(BooleanQuery::new(must))
        }
    }

    /// A term in every text field: exact, with typos (one edit from 5 letters, two from
    /// 9), and as a prefix while it is being typed.
    fn term_clauses(&self, term: &str, letters: usize, prefix: bool, weight: f32) -> Vec<(Occur, Box<dyn Query>)> {
        let distance = match letters {
            0..=4 => 0,
            5..=8 => 1,
            _ => 2,
        };
        let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in schema::boosts(&self.fields) {
            let t = Term::from_field_text(field, term);
            let exact = TermQuery::new(t.clone(), IndexRecordOption::WithFreqs);
            out.push((Occur::Should, Box::new(BoostQuery::new(Box::new(exact), boost * weight))));
            if distance > 0 {
                let fuzzy = FuzzyTermQuery::new(t.clone(), distance, true);
                out.push((Occur::Should, Box::new(BoostQuery::new(Box::new(fuzzy), boost * weight * 0.3))));
            }
            // Prefix while typing; and for every longer word, because the Dutch
            // stemmer does not always agree with itself (schulden → schul, schuld).
            if (prefix && term.len() >= 2) || term.len() >= 4 {
                let pre = FuzzyTermQuery::new_prefix(t, 0, true);
                out.push((Occur::Should, Box::new(BoostQuery::new(Box::new(pre), boost * weight * 0.5))));
            }
        }
        out
    }

    /// How many documents the index holds.
    pub fn len(&self) -> u64 {
        let searcher: Searcher = self.reader.searcher();
        searcher.num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{IndexBuilder, SearchDoc};

    fn doc(url: &str, title: &str, body: &str, facets: &[&str], places: &[&str]) -> SearchDoc {
        SearchDoc {
            url: url.into(),
            title: title.into(),
            description: String::new(),
            body: body.into(),
            organisation: "Stichting".into(),
            labels: Vec::new(),
            places: places.iter().map(|s| s.to_string()).collect(),
            facets: facets.iter().map(|s| s.to_string()).collect(),
            display: Display { summary: body.into(), ..Default::default() },
        }
    }

    fn engine() -> Engine {
        let mut a = IndexBuilder::new("heidebroek").unwrap();
        a.add(&doc(
            "/schuldhulp/",
            "Schuldhulp Heidebroek",
            "Hulp bij rekeningen en rondkomen.",
            &["/gemeente/heidebroek", "/behoefte/geldzaken", "/soort/schuldhulp"],
            &["Heidebroek"],
        ))
        .unwrap();
        a.add(&doc(
            "/inloop/",
            "Inloop De Brug",
            "Koffie en een praatje in Oost.",
            &["/gemeente/heidebroek", "/wijk/heidebroek/oost", "/behoefte/praten", "/soort/inloop"],
            &["Oost", "Heidebroek"],
        ))
        .unwrap();
        let mut b = IndexBuilder::new("regio").unwrap();
        b.add(&doc(
            "/verlening/",
            "Schuldhulpverlening in de regio",
            "Voor iedereen met geldproblemen.",
            &["/gemeente/heidebroek", "/behoefte/geldzaken", "/soort/schuldhulp"],
            &[],
        ))
        .unwrap();
        b.add(&doc(
            "/meldpunt/",
            "Meldpunt zorgwekkend gedrag",
            "Maak je je zorgen om een buur?",
            &["/gemeente/heidebroek", "/behoefte/zorgen-om-iemand", "/soort/meldpunt"],
            &[],
        ))
        .unwrap();
        let (pa, pb) = (a.finish().unwrap(), b.finish().unwrap());
        let synonyms = vec![
            Synonym { woord: "geldzorgen".into(), betekent: vec!["schulden".into(), "geldzaken".into()] },
            Synonym { woord: "verward".into(), betekent: vec!["zorgwekkend gedrag".into()] },
        ];
        Engine::open(&[&pa, &pb], &synonyms).unwrap()
    }

    fn urls(e: &Engine, q: &str) -> Vec<String> {
        e.search(&SearchRequest { query: q.into(), limit: 10, ..Default::default() })
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.url)
            .collect()
    }

    #[test]
    fn parts_open_as_one_index() {
        assert_eq!(engine().len(), 4);
    }

    #[test]
    fn dutch_words_compounds_and_synonyms() {
        let e = engine();
        let schulden = urls(&e, "schulden ");
        assert!(
            schulden[..2].contains(&"/schuldhulp/".to_string()) && schulden[..2].contains(&"/verlening/".to_string()),
            "{schulden:?}"
        );
        assert_eq!(urls(&e, "hulp bij schulden ")[0], "/schuldhulp/");
        assert!(urls(&e, "ik heb geldzorgen ").iter().take(2).any(|u| u == "/schuldhulp/"));
        assert_eq!(urls(&e, "buurman verward ")[0], "/meldpunt/");
        assert_eq!(urls(&e, "iemand om mee te praten in oost ")[0], "/inloop/");
    }

    #[test]
    fn typos_and_the_word_being_typed() {
        let e = engine();
        assert_eq!(urls(&e, "schuldhlup ")[0], "/schuldhulp/", "one typo");
        assert_eq!(urls(&e, "meldpnut ")[0], "/meldpunt/");
        assert_eq!(urls(&e, "inl")[0], "/inloop/", "prefix of the word being typed");
        assert!(urls(&e, "inl ").is_empty(), "a finished short word is not a prefix");
    }

    #[test]
    fn facets_filter_and_count() {
        let e = engine();
        let all = e
            .search(&SearchRequest {
                query: String::new(),
                gemeente: Some("heidebroek".into()),
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(all.total, 4);
        assert_eq!(all.facets["behoefte"][0], ("geldzaken".to_string(), 2));
        assert!(all.facets["wijk"].contains(&("oost".to_string(), 1)));
        let money = e
            .search(&SearchRequest {
                query: "hulp".into(),
                behoefte: Some("geldzaken".into()),
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert!(money.hits.iter().all(|h| h.url != "/inloop/"));
        let oost = e
            .search(&SearchRequest {
                query: String::new(),
                gemeente: Some("heidebroek".into()),
                wijk: Some("oost".into()),
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(oost.total, 1);
    }

    #[test]
    fn hostile_queries_never_fail() {
        let e = engine();
        let long = "schuld ".repeat(2000);
        for q in [
            "\"schuld",
            "title:schuld",
            "(hulp",
            "hulp AND schuld",
            "[]{}*?~^",
            "😀🙂",
            "",
            "   ",
            long.as_str(),
            "\u{0}",
        ] {
            assert!(e.search(&SearchRequest { query: q.into(), limit: 10, ..Default::default() }).is_ok(), "{q}");
        }
    }

    #[test]
    fn explain_says_why() {
        let e = engine();
        let r = e
            .search(&SearchRequest { query: "schuldhulp".into(), limit: 1, explain: true, ..Default::default() })
            .unwrap();
        assert!(
            r.hits[0].explanation.as_deref().unwrap_or_default().contains("BoostQuery")
                || r.hits[0].explanation.is_some()
        );
    }

    #[test]
    fn the_same_docs_give_the_same_bytes() {
        let build = || {
            let mut a = IndexBuilder::new("x").unwrap();
            a.add(&doc("/a/", "Inloop", "Koffie", &["/behoefte/praten"], &[])).unwrap();
            a.finish().unwrap()
        };
        assert_eq!(build(), build());
    }
}
