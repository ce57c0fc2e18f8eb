//! The browser's side: a thin wasm-bindgen wrapper. JSON strings in and out keep the
//! boundary small; the JS loader fetches, the WASM computes.

use wasm_bindgen::prelude::*;

use crate::engine::{Engine, SearchRequest, Synonym};
use crate::manifest::{parts_for, Manifest};

/// Which index parts a search needs (`manifest::parts_for`), so the worker holds no
/// part names or size rules of its own.
#[wasm_bindgen]
pub struct Planner {
    manifest: Manifest,
}

#[wasm_bindgen]
impl Planner {
    /// `manifest_json`: the text of `zoeken/manifest.json`.
    #[wasm_bindgen(constructor)]
    pub fn new(manifest_json: &str) -> Result<Planner, JsError> {
        let manifest = serde_json::from_str(manifest_json).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Planner { manifest })
    }

    /// The plan for one search request, as JSON (`manifest::Plan`).
    pub fn plan(&self, request_json: &str) -> Result<String, JsError> {
        let req: SearchRequest = serde_json::from_str(request_json).map_err(|e| JsError::new(&e.to_string()))?;
        serde_json::to_string(&parts_for(&self.manifest, &req)).map_err(|e| JsError::new(&e.to_string()))
    }
}

#[wasm_bindgen]
pub struct Search {
    parts: Vec<Vec<u8>>,
    synonyms: Vec<Synonym>,
    engine: Option<Engine>,
}

#[wasm_bindgen]
impl Search {
    /// `synonyms_json`: the manifest's `synoniemen` array.
    #[wasm_bindgen(constructor)]
    pub fn new(synonyms_json: &str) -> Search {
        Search { parts: Vec::new(), synonyms: serde_json::from_str(synonyms_json).unwrap_or_default(), engine: None }
    }

    /// Add one index part (the bytes of a `.wwz` file).
    pub fn add_part(&mut self, bytes: &[u8]) {
        self.parts.push(bytes.to_vec());
        self.engine = None;
    }

    /// Run a search; the answer is JSON: a response, or `{"error": "..."}`.
    pub fn search(&mut self, request_json: &str) -> String {
        match self.run(request_json) {
            Ok(json) => json,
            Err(e) => serde_json::json!({ "error": e }).to_string(),
        }
    }

    fn run(&mut self, request_json: &str) -> Result<String, String> {
        let req: SearchRequest = serde_json::from_str(request_json).map_err(|e| e.to_string())?;
        if self.engine.is_none() {
            let slices: Vec<&[u8]> = self.parts.iter().map(Vec::as_slice).collect();
            self.engine = Some(Engine::open(&slices, &self.synonyms).map_err(|e| e.to_string())?);
        }
        let engine = self.engine.as_ref().ok_or("no index")?;
        let mut res = engine.search(&req).map_err(|e| e.to_string())?;
        for hit in &mut res.hits {
            hit.display.summary = crate::analysis::highlight(&hit.display.summary, &req.query);
        }
        serde_json::to_string(&res).map_err(|e| e.to_string())
    }
}
