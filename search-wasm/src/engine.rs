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
use crate::stem;
use crate::vocabulary::{self, Vocabulary};
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
    /// When nothing is found: the question in words of the published pages close to
    /// the ones asked ("Bedoelde je …?"), if there are such words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// When nothing is found: the needs (slugs) that the suggestion finds most.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggested_behoeften: Vec<String>,
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
    words: Vocabulary,
}

/// How many compounds a query word adds that it is the start of.
const MAX_COMPLETIONS: usize = 5;

/// How many needs a "nothing found" answer suggests.
const SUGGESTED_BEHOEFTEN: usize = 3;

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
        let mut words = Vocabulary::default();
        for part in parts {
            for (name, bytes) in bundle::unpack(part)? {
                if name == vocabulary::FILE {
                    words.extend(Vocabulary::from_bytes(&bytes));
                } else if name == "meta.json" {
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
        Ok(Engine { reader, fields, synonyms, words })
    }

    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse, SearchError> {
        let mut out = self.run(req)?;
        if out.total == 0 {
            out.suggestion = self.suggestion(&req.query);
            if let Some(suggestion) = &out.suggestion {
                let found = self.run(&SearchRequest { query: format!("{suggestion} "), ..req.clone() })?;
                out.suggested_behoeften = found
                    .facets
                    .get(Count::Behoefte.name())
                    .map(|counts| counts.iter().take(SUGGESTED_BEHOEFTEN).map(|(slug, _)| slug.clone()).collect())
                    .unwrap_or_default();
            }
        }
        Ok(out)
    }

    /// The query with every word no page has replaced by the nearest word one has,
    /// if any was replaced. Looser than the search itself: one edit from four letters,
    /// two from five, so it offers a word the search did not dare to use.
    fn suggestion(&self, query: &str) -> Option<String> {
        let mut changed = false;
        let mut out = Vec::new();
        for word in query_words(query).into_iter().flat_map(analysis::written_words) {
            let letters = word.chars().count();
            let edits = match letters {
                0..=3 => 0,
                4 => 1,
                _ => 2,
            };
            match self.words.nearest(&word, edits) {
                Some(near) if !analysis::is_stop_word(&word) => {
                    out.push(near.to_string());
                    changed = true;
                }
                _ => out.push(word),
            }
        }
        changed.then(|| out.join(" "))
    }

    fn run(&self, req: &SearchRequest) -> Result<SearchResponse, SearchError> {
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
        Ok(SearchResponse { total, hits, facets, ..Default::default() })
    }

    /// Every word of the query may match (OR); more matching words and matches in the
    /// title rank higher (BM25 with field boosts). Filters must all hold.
    fn build_query(&self, req: &SearchRequest) -> Box<dyn Query> {
        let still_typing = !within_limit(&req.query).ends_with(char::is_whitespace);
        let words = query_words(&req.query);
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let last = i + 1 == words.len() && still_typing;
            let letters = word.chars().filter(|c| c.is_alphanumeric()).count();
            let weight = analysis::query_weight(word);
            for term in analysis::terms(word) {
                should.extend(self.term_clauses(&term, letters, last, weight));
                for variant in stem::variants(&term) {
                    should.extend(self.term_clauses(&variant, 0, false, 0.8 * weight));
                }
            }
            let next = if i + 2 == words.len() && still_typing { None } else { words.get(i + 1) };
            for written in self.written_forms(word, next.copied(), last) {
                let terms = analysis::terms(&written.word);
                if written.exact {
                    should.extend(terms.first().map(|t| self.exact_clauses(t, written.weight)).unwrap_or_default());
                } else {
                    for term in terms {
                        should.extend(self.term_clauses(&term, 0, false, written.weight));
                    }
                }
            }
        }
        // A synonym of one word or of several in a row ("rood staan").
        let folded: Vec<String> = words.iter().map(|w| analysis::fold(w)).collect();
        for (woord, meanings) in &self.synonyms {
            let phrase: Vec<&str> = woord.split(' ').collect();
            if folded.windows(phrase.len()).any(|w| w.iter().zip(&phrase).all(|(a, b)| a == b)) {
                for term in meanings.iter().flat_map(|m| analysis::terms(m)) {
                    should.extend(self.term_clauses(&term, 0, false, 0.8));
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

    /// Words of the pages a query word stands for, beside itself: the compound it makes
    /// with the next word or across its hyphen (`maatjes project`, `woon-begeleiding`),
    /// the compounds it starts (`rouwen`), and for a word no page has, the written word
    /// it is a typo of (`dagbestedingg`), the two words it joins (`budgetcoach`, when
    /// pages write `budget coach`) and the word it derives from (`budgetteren`).
    fn written_forms(&self, word: &str, next: Option<&str>, typing: bool) -> Vec<Written> {
        let mut out = Vec::new();
        let mut tokens = analysis::written_words(word);
        let joined_with_next = next.and_then(|n| analysis::written_words(n).into_iter().next());
        for (i, token) in tokens.iter().enumerate() {
            let following = tokens.get(i + 1).or(joined_with_next.as_ref());
            if let Some(compound) = following.and_then(|f| self.words.join(token, f)) {
                // One word on the page for two in the question: it counts for both.
                out.push(Written { word: compound.to_string(), weight: 2.0, exact: false });
            }
        }
        if typing {
            tokens.pop(); // the word being typed is matched as a prefix instead
        }
        for token in tokens {
            let letters = token.chars().count();
            if letters < 4 || analysis::is_stop_word(&token) {
                continue;
            }
            // The compounds the word starts (rouwen → rouwverwerking): scored as words of
            // their own, where a prefix match only counts that it matched.
            // A stem shorter than four letters starts too many words (wonen → won → wonder).
            let weight = 0.5 * analysis::query_weight(&token);
            if let Some(stem) = analysis::terms(&token).into_iter().next().filter(|s| s.chars().count() >= 4) {
                for compound in self.words.completions(&stem, MAX_COMPLETIONS) {
                    out.push(Written { word: compound.to_string(), weight, exact: true });
                }
            }
            if self.words.contains(&token) {
                continue;
            }
            if let Some(near) = self.words.nearest(&token, typo_edits(letters)) {
                out.push(Written { word: near.to_string(), weight: 0.7, exact: false });
            }
            if let Some((head, tail)) = self.words.split(&token) {
                out.push(Written { word: format!("{head} {tail}"), weight: 0.8, exact: false });
            }
            if let Some(base) = self.words.stem_of(&token) {
                out.push(Written { word: base.to_string(), weight: 0.5, exact: false });
            }
        }
        out
    }

    /// A term in every text field, exactly.
    fn exact_clauses(&self, term: &str, weight: f32) -> Vec<(Occur, Box<dyn Query>)> {
        schema::boosts(&self.fields)
            .into_iter()
            .map(|(field, boost)| {
                let exact = TermQuery::new(Term::from_field_text(field, term), IndexRecordOption::WithFreqs);
                (Occur::Should, Box::new(BoostQuery::new(Box::new(exact), boost * weight)) as Box<dyn Query>)
            })
            .collect()
    }

    /// A term in every text field: exact, with typos (one edit from 5 letters, two from
    /// 9), and as a prefix while it is being typed.
    fn term_clauses(&self, term: &str, letters: usize, prefix: bool, weight: f32) -> Vec<(Occur, Box<dyn Query>)> {
        let distance = typo_edits(letters);
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

/// The query as far as it is read: `MAX_QUERY_CHARS` at most; longer input is cut.
fn within_limit(query: &str) -> &str {
    query.char_indices().nth(MAX_QUERY_CHARS).map_or(query, |(end, _)| &query[..end])
}

/// The query's words, `MAX_WORDS` at most.
fn query_words(query: &str) -> Vec<&str> {
    within_limit(query).split_whitespace().take(MAX_WORDS).collect()
}

/// How many typos a query word of this many letters may have: none up to 4, one up to
/// 8, two from 9.
fn typo_edits(letters: usize) -> u8 {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// A word of the pages a query word stands for, and how much a match on it counts.
struct Written {
    word: String,
    weight: f32,
    /// Only the word itself, no typos or longer words: for the many a short word starts.
    exact: bool,
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
            Synonym { woord: "rood staan".into(), betekent: vec!["rekeningen".into()] },
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
        assert_eq!(urls(&e, "ik ga steeds rood staan ")[0], "/schuldhulp/", "a synonym of two words");
        assert!(urls(&e, "rood ").is_empty(), "one word of it is not the synonym");
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

    /// Pages written in another hand than the queries: compounds, formal words.
    fn written_engine() -> Engine {
        let mut a = IndexBuilder::new("zuid").unwrap();
        let pages = [
            ("/dagbesteding/", "Dagbestedingscentrum Het Anker", "Dagbesteding voor volwassenen.", "werk-dagbesteding"),
            ("/coach/", "Budget coach", "Een budget coach helpt met uw administratie.", "geldzaken"),
            ("/maatje/", "Maatjesproject De Brug", "Een vrijwilliger als maatje.", "meedoen"),
            ("/cannabis/", "Spreekuur cannabis", "Voor ouders van kinderen die blowen.", "verslaving"),
            ("/samen/", "Samen tegen eenzaamheid", "Eenzaamheid bestrijden in de wijk.", "meedoen"),
            ("/somber/", "Depressie en somberheid", "Behandeling bij een depressie.", "psychische-klachten"),
            ("/woon/", "Woonbegeleiding Dijkzicht", "Ambulante begeleiding thuis.", "wonen"),
            ("/verslaving/", "Verslavingszorg", "Hulp bij verslaving aan alcohol.", "verslaving"),
            ("/rouw/", "Rouwgroep De Linde", "Samen verder na een overlijden.", "praten"),
            ("/praat/", "Praatgroep", "Een groep voor wie somber is.", "praten"),
            ("/geheugen/", "Spreekuur", "Voor problemen met het geheugen.", "psychische-klachten"),
        ];
        for (url, title, body, need) in pages {
            let facet = format!("/behoefte/{need}");
            a.add(&doc(url, title, body, &["/gemeente/zuid", facet.as_str()], &[])).unwrap();
        }
        let part = a.finish().unwrap();
        Engine::open(&[&part], &[]).unwrap()
    }

    #[test]
    fn a_typo_inside_a_long_compound() {
        let e = written_engine();
        // Stemmed, the typo and the word are far apart (dagbestedingg, dagbesteed).
        assert_eq!(urls(&e, "dagbestedingg ").first().map(String::as_str), Some("/dagbesteding/"));
        assert_eq!(urls(&e, "woonbegeleidng ").first().map(String::as_str), Some("/woon/"));
        assert_eq!(urls(&e, "dagbestedingscentrun ").first().map(String::as_str), Some("/dagbesteding/"));
    }

    #[test]
    fn other_forms_of_a_word() {
        let e = written_engine();
        assert_eq!(urls(&e, "mijn zoon blowt ")[0], "/cannabis/", "blowt → blowen");
        assert_eq!(urls(&e, "verslaafd ")[0], "/verslaving/", "verslaafd → verslaving");
        assert_eq!(urls(&e, "eenzame ")[0], "/samen/", "eenzame → eenzaamheid");
        assert_eq!(urls(&e, "vrijwilligers ")[0], "/maatje/");
    }

    #[test]
    fn compounds_apart_and_together() {
        let e = written_engine();
        assert_eq!(urls(&e, "budgetcoach ")[0], "/coach/", "together where the page writes it apart");
        assert_eq!(urls(&e, "geheugenproblemen ").first().map(String::as_str), Some("/geheugen/"));
        assert_eq!(urls(&e, "rouw groep ")[0], "/rouw/", "the page's compound beats its parts elsewhere");
        assert_eq!(urls(&e, "maatjes project ")[0], "/maatje/", "apart where the page writes it together");
        assert_eq!(urls(&e, "woon-begeleiding ")[0], "/woon/", "hyphenated");
        assert_eq!(urls(&e, "verslavings zorg ")[0], "/verslaving/");
    }

    #[test]
    fn nothing_found_suggests_written_words_and_needs() {
        let e = written_engine();
        let r = e.search(&SearchRequest { query: "deprsie".into(), limit: 5, ..Default::default() }).unwrap();
        assert_eq!(r.total, 0, "two edits in seven letters is too far to search with");
        assert_eq!(r.suggestion.as_deref(), Some("depressie"));
        assert_eq!(r.suggested_behoeften, ["psychische-klachten"]);
        let found = e.search(&SearchRequest { query: "depressie".into(), limit: 5, ..Default::default() }).unwrap();
        assert!(found.total > 0 && found.suggestion.is_none(), "no suggestion when something is found");
        let none = e.search(&SearchRequest { query: "xqzwv".into(), limit: 5, ..Default::default() }).unwrap();
        assert_eq!((none.total, none.suggestion), (0, None), "no close word, no suggestion");
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
