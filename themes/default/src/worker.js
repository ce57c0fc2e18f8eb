// Search worker: fetches the manifest and the index parts a search needs, and runs the
// WebAssembly engine, so typing never waits for the search. Nothing leaves the browser.
// Which parts a search needs is the engine's decision (`Planner`, manifest::parts_for
// in search-wasm): this file only fetches and caches. Messages and types: search-wasm/js/protocol.d.ts.
// scripts/minify-theme puts the engine's wasm-bindgen glue (wijkwijzer_search.js, from
// scripts/build-wasm) in front of this file: one request fewer before the engine.
/* global wasm_bindgen */
// @ts-check
"use strict";

var base = self.location.pathname.replace(/[^/]*$/, ""); // .../zoeken/

/** @type {Promise<void> | null} */
var ready = null;
/** @type {import("zoeken-protocol").Manifest | null} */
var manifest = null;
/** @type {import("zoeken-protocol").Planner | null} */
var planner = null;
/** @type {Record<string, Promise<import("zoeken-protocol").Search>>} key of the part set → its engine */
var engines = {};
/** @type {Record<string, import("zoeken-protocol").Search>} key of the part set → engine, once it is there */
var loaded = {};
/** @type {Record<string, Promise<Uint8Array>>} part name → its bytes, fetched once */
var partLoads = {};

/** @type {Promise<{ text: string, json: import("zoeken-protocol").Manifest }> | null} */
var manifestLoad = null;

/** The manifest, fetched once (again after a failure). */
function loadManifest() {
  if (!manifestLoad) {
    manifestLoad = fetch(base + "manifest.json", { cache: "no-cache" }).then(function (r) {
      if (!r.ok) throw new Error("manifest " + r.status);
      return r.text();
    }).then(function (text) {
      return { text: text, json: JSON.parse(text) };
    });
    manifestLoad.catch(function () {
      manifestLoad = null;
    });
  }
  return manifestLoad;
}

/** @type {Promise<WebAssembly.Module | null> | null} the engine the page compiles, when it said so */
var fromPage = null;
/** @type {(module: WebAssembly.Module | null) => void} */
var takeFromPage = function () {};

function start() {
  if (!ready) {
    var url = base + "wijkwijzer_search_bg.wasm";
    var source = fromPage
      ? fromPage.then(function (module) {
          return module || url;
        })
      : url;
    ready = Promise.all([wasm_bindgen({ module_or_path: source }), loadManifest()]).then(
      function (results) {
        planner = new wasm_bindgen.Planner(results[1].text);
        manifest = results[1].json;
      }
    );
    ready.catch(function () {
      ready = null; // try again with the next question,
      fromPage = null; // fetching the engine itself: the page's may be what failed
    });
  }
  return ready;
}

// A search without a municipality (most shared links) needs the parts the manifest
// names for it (`default_plan`, made by the same manifest::parts_for). The ones of its
// first answer (the services) are fetched as soon as the manifest is in, while the
// engine itself still loads; the rest comes after that answer (`search`).
/** @param {import("zoeken-protocol").SearchRequest} req */
function prefetch(req) {
  if (req.gemeente) return;
  loadManifest().then(function (m) {
    var plan = m.json.default_plan;
    if (plan) firstParts(plan).forEach(fetchPart);
  }, function () {});
}

/** The parts of a plan's first answer, or all of them when it has none.
 * @param {import("zoeken-protocol").Plan} plan */
function firstParts(plan) {
  if (plan.first.length === 0) return plan.parts;
  return plan.parts.filter(function (p) {
    return plan.first.indexOf(p.name) >= 0;
  });
}

/** @param {import("zoeken-protocol").SearchRequest} req @returns {import("zoeken-protocol").Plan} */
function planFor(req) {
  if (!planner) throw new Error("not started");
  return JSON.parse(planner.plan(JSON.stringify(req)));
}

/** @param {import("zoeken-protocol").PlannedPart} part */
function fetchPart(part) {
  if (!partLoads[part.name]) {
    var load = fetch(base + part.file.replace(/^zoeken\//, "")).then(function (r) {
      if (!r.ok) throw new Error(part.name + " " + r.status);
      return r.arrayBuffer().then(function (buf) {
        return new Uint8Array(buf);
      });
    });
    partLoads[part.name] = load;
    load.catch(function () {
      delete partLoads[part.name]; // try again with the next question
    });
  }
  return partLoads[part.name];
}

/** @param {import("zoeken-protocol").PlannedPart[]} parts @returns {string} the cache key of a part set */
function keyOf(parts) {
  return parts
    .map(function (p) {
      return p.name;
    })
    .join("|");
}

/** @param {import("zoeken-protocol").PlannedPart[]} parts */
function engineFor(parts) {
  var key = keyOf(parts);
  if (!engines[key]) {
    var made = Promise.all(parts.map(fetchPart)).then(function (bytes) {
      var engine = new wasm_bindgen.Search(JSON.stringify((manifest && manifest.synoniemen) || []));
      bytes.forEach(function (b) {
        engine.add_part(b);
      });
      loaded[key] = engine;
      return engine;
    });
    engines[key] = made;
    made.catch(function () {
      delete engines[key];
    });
  }
  return engines[key];
}

/**
 * @param {number} id
 * @param {import("zoeken-protocol").SearchRequest} req
 * @param {import("zoeken-protocol").Search | null} engine
 * @param {boolean} partial
 * @param {boolean} limited
 */
function answer(id, req, engine, partial, limited) {
  var result = engine ? JSON.parse(engine.search(JSON.stringify(req))) : { total: 0, hits: [], facets: {} };
  /** @type {import("zoeken-protocol").FromWorker} */
  var msg = { type: "results", id: id, answer: result, partial: partial, limited: limited };
  self.postMessage(msg);
}

// The services are what residents look for most, and the info pages of a large site
// are a large part: answer from the services as soon as they are in (`plan.first`),
// then again with everything. The page shows only the newest answer to its newest
// question.
/** @param {number} id @param {import("zoeken-protocol").SearchRequest} req */
function search(id, req) {
  var plan = planFor(req);
  var key = keyOf(plan.parts);
  if (plan.parts.length === 0 || loaded[key]) {
    answer(id, req, loaded[key] || null, false, plan.limited);
    return null;
  }
  var complete = false;
  /** @type {Promise<void> | null} */
  var first = null;
  if (plan.first.length > 0) {
    first = engineFor(firstParts(plan)).then(function (engine) {
      if (!complete) answer(id, req, engine, true, plan.limited);
    });
  }
  // The other parts (the info pages) only after the first answer: on a slow line they
  // would share it with what that answer waits for.
  var all = (first || Promise.resolve())
    .catch(function () {})
    .then(function () {
      return engineFor(plan.parts);
    });
  return all.then(function (engine) {
    complete = true;
    answer(id, req, engine, false, plan.limited);
    // Not `first`: when its fetch failed and the full one worked, the complete answer
    // stands; an error after it would wipe it.
    return null;
  });
}

/** @param {MessageEvent<import("zoeken-protocol").ToWorker>} event */
self.onmessage = function (event) {
  var msg = event.data;
  if (msg.type === "engine-follows") {
    fromPage = new Promise(function (resolve) {
      takeFromPage = resolve;
    });
    return;
  }
  if (msg.type === "engine") {
    takeFromPage(msg.module);
    return;
  }
  // From here on a question: `warm` or `search` (kept in its narrowed type for the callbacks).
  var request = msg;
  if (request.type === "search") prefetch(request.request);
  start()
    .then(function () {
      if (request.type === "warm") {
        /** @type {import("zoeken-protocol").FromWorker} */
        var hello = { type: "ready", id: request.id, manifest: /** @type {import("zoeken-protocol").Manifest} */ (manifest) };
        self.postMessage(hello);
        return null;
      }
      return search(request.id, request.request);
    })
    .catch(function (err) {
      /** @type {import("zoeken-protocol").FromWorker} */
      var failed = { type: "error", id: request.id, message: String((err && err.message) || err) };
      self.postMessage(failed);
    });
};
