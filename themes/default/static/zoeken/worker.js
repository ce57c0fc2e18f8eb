// Search worker: fetches the manifest and the index parts it needs, and runs the
// WebAssembly engine, so typing never waits for the search. Nothing leaves the browser.
/* global wasm_bindgen, importScripts */
"use strict";

var base = self.location.pathname.replace(/[^/]*$/, ""); // .../zoeken/
importScripts(base + "wijkwijzer_search.js");

var ready = null;
var manifest = null;
var engines = {}; // key of the part set → Promise of a Search
var loaded = {}; // key of the part set → Search, once it is there

function start() {
  if (!ready) {
    ready = Promise.all([
      wasm_bindgen({ module_or_path: base + "wijkwijzer_search_bg.wasm" }),
      fetch(base + "manifest.json", { cache: "no-cache" }).then(function (r) {
        if (!r.ok) throw new Error("manifest " + r.status);
        return r.json();
      }),
    ]).then(function (results) {
      manifest = results[1];
    });
  }
  return ready;
}

// Without a municipality: every part, unless the builder found them too large together
// (`alles_zoeken`); then the region's services and the info pages only.
function limited(req) {
  return !req.gemeente && manifest.alles_zoeken === false;
}

function partsFor(req) {
  var names = Object.keys(manifest.parts);
  if (!req.gemeente && !limited(req)) return names;
  var own = req.gemeente ? "gemeente-" + req.gemeente : null;
  return names.filter(function (n) {
    return n === own || n === "regio" || n === "info";
  });
}

var partLoads = {}; // part name → Promise of its bytes, fetched once

function fetchPart(name) {
  if (!partLoads[name]) {
    var url = base + manifest.parts[name].replace(/^zoeken\//, "");
    partLoads[name] = fetch(url).then(function (r) {
      if (!r.ok) throw new Error(name + " " + r.status);
      return r.arrayBuffer().then(function (buf) {
        return new Uint8Array(buf);
      });
    });
    partLoads[name].catch(function () {
      delete partLoads[name]; // try again with the next question
    });
  }
  return partLoads[name];
}

function engineFor(names) {
  var key = names.join("|");
  if (!engines[key]) {
    engines[key] = Promise.all(names.map(fetchPart)).then(function (parts) {
      var engine = new wasm_bindgen.Search(JSON.stringify(manifest.synoniemen || []));
      parts.forEach(function (bytes) {
        engine.add_part(bytes);
      });
      loaded[key] = engine;
      return engine;
    });
    engines[key].catch(function () {
      delete engines[key];
    });
  }
  return engines[key];
}

function answer(id, req, engine, partial) {
  var result = engine ? JSON.parse(engine.search(JSON.stringify(req))) : { total: 0, hits: [], facets: {} };
  self.postMessage({ type: "results", id: id, answer: result, partial: partial, limited: limited(req) });
}

// The services are what residents look for most, and the info pages of a large site
// are a large part: answer from the services as soon as they are in, then again with
// everything. The page shows only the newest answer to its newest question.
function search(id, req) {
  var names = partsFor(req);
  if (names.length === 0 || loaded[names.join("|")]) {
    answer(id, req, loaded[names.join("|")] || null, false);
    return null;
  }
  var services = names.filter(function (n) {
    return n !== "info";
  });
  var all = engineFor(names);
  var complete = false;
  var first = null;
  if (services.length > 0 && services.length < names.length) {
    first = engineFor(services).then(function (engine) {
      if (!complete) answer(id, req, engine, true);
    });
  }
  return all.then(function (engine) {
    complete = true;
    answer(id, req, engine, false);
    return first;
  });
}

self.onmessage = function (event) {
  var msg = event.data || {};
  start()
    .then(function () {
      if (msg.type === "warm") {
        self.postMessage({ type: "ready", id: msg.id, manifest: manifest });
        return null;
      }
      return search(msg.id, msg.request || {});
    })
    .catch(function (err) {
      self.postMessage({ type: "error", id: msg.id, message: String((err && err.message) || err) });
    });
};
