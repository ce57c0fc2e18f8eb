// The search's boundaries in the browser, in one place:
// - the page (themes/default/static/zoeken/zoeken.js) ↔ the worker (worker.js): messages;
// - the worker ↔ the engine (WebAssembly, search-wasm/src/wasm.rs): `wasm_bindgen`;
// - what both read: the manifest a build writes (search-wasm/src/manifest.rs).
// Checked against the JavaScript by `tsc --checkJs` in the browser tests
// (tests/browser/tsconfig.*.json). The Rust types are the source; keep these in step.

/** `manifest::Manifest`: `zoeken/manifest.json`. */
export interface Manifest {
  version: number;
  /** Part name → file, relative to the site root. */
  parts: Record<string, string>;
  alles_zoeken: boolean;
  synoniemen: Synonym[];
  gemeenten: { slug: string; naam: string; wijken: [string, string][] }[];
  behoeften: Choice[];
  soorten: Choice[];
  /** The plan of a search without a municipality, so its parts can come with the engine. */
  default_plan?: Plan;
}

export interface Synonym {
  woord: string;
  betekent: string[];
}

export interface Choice {
  slug: string;
  label: string;
}

/** `engine::SearchRequest`. */
export interface SearchRequest {
  query: string;
  gemeente?: string;
  /** Only with `gemeente`. */
  wijk?: string;
  behoefte?: string;
  soort?: string;
  limit: number;
  explain?: boolean;
}

/** `engine::SearchResponse`, or the engine's error. */
export interface SearchResponse {
  total: number;
  hits: Hit[];
  /** Facet name → [value, count], most first. */
  facets: Record<string, [string, number][]>;
  /** Nothing found: the question in words of the published pages ("Bedoelde je …?"). */
  suggestion?: string;
  /** Nothing found: slugs of the needs the suggestion finds most. */
  suggested_behoeften?: string[];
  error?: string;
}

/** `engine::Hit` with `index::Display` flattened into it. */
export interface Hit {
  url: string;
  title: string;
  score: number;
  summary: string;
  soort: string | null;
  gemeente: string | null;
  wijken: string[];
  behoeften: string[];
  /** A service's id in "Mijn lijstje"; absent for info pages. */
  lijstje?: string;
  explanation?: string;
}

/** `manifest::Plan`: the parts one search needs. */
export interface Plan {
  parts: PlannedPart[];
  /** Service parts among `parts`, to answer from before the rest is in. */
  first: string[];
  /** Without a municipality on a site too large to search whole. */
  limited: boolean;
}

export interface PlannedPart {
  name: string;
  file: string;
}

/**
 * Page → worker. `warm` starts the engine and fetches the manifest. `engine-follows`
 * (first, if at all) says the page compiles the engine itself, from the download its
 * preload started; `engine` brings it, or `null` when that failed and the worker should
 * fetch it after all.
 */
export type ToWorker =
  | { type: "warm"; id: number }
  | { type: "search"; id: number; request: SearchRequest }
  | { type: "engine-follows" }
  | { type: "engine"; module: WebAssembly.Module | null };

/**
 * Worker → page. For one `search`, zero or one `partial` answer (from the services
 * only) and then one complete answer; `error` when the engine or a fetch failed.
 */
export type FromWorker =
  | { type: "ready"; id: number; manifest: Manifest }
  | { type: "results"; id: number; answer: SearchResponse; partial: boolean; limited: boolean }
  | { type: "error"; id: number; message: string };

/** The engine's classes, as wasm-bindgen exports them (`--target no-modules`). */
export interface Planner {
  /** JSON of a `SearchRequest` → JSON of a `Plan`. */
  plan(request_json: string): string;
}

export interface Search {
  add_part(bytes: Uint8Array): void;
  /** JSON of a `SearchRequest` → JSON of a `SearchResponse`. */
  search(request_json: string): string;
}

export interface Bindgen {
  (init: { module_or_path: string | WebAssembly.Module | Promise<string | WebAssembly.Module> }): Promise<unknown>;
  Planner: new (manifest_json: string) => Planner;
  Search: new (synonyms_json: string) => Search;
}

declare global {
  var wasm_bindgen: Bindgen;
}
