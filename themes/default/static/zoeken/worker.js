// Search worker: fetches the manifest and the index parts it needs, and runs the
// WebAssembly engine, so typing never waits for the search. Nothing leaves the browser.
/* global wasm_bindgen, importScripts */
"use strict";

var base = self.location.pathname.replace(/[^/]*$/, ""); // .../zoeken/
importScripts(base + "wijkwijzer_search.js");

var ready = null;
var manifest = null;
var engines = {}; // key of the part set → Search
var partBytes = {}; // part name → Uint8Array

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

function partsFor(gemeente) {
  var names = Object.keys(manifest.parts);
  if (!gemeente) return names;
  var own = "gemeente-" + gemeente;
  return names.filter(function (n) {
    return n === own || n === "regio" || n === "info";
  });
}

function engineFor(names) {
  var key = names.join("|");
  if (engines[key]) return Promise.resolve(engines[key]);
  return Promise.all(
    names.map(function (name) {
      if (partBytes[name]) return partBytes[name];
      var url = base + manifest.parts[name].replace(/^zoeken\//, "");
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(name + " " + r.status);
        return r.arrayBuffer().then(function (buf) {
          partBytes[name] = new Uint8Array(buf);
          return partBytes[name];
        });
      });
    })
  ).then(function (parts) {
    var engine = new wasm_bindgen.Search(JSON.stringify(manifest.synoniemen || []));
    parts.forEach(function (bytes) {
      engine.add_part(bytes);
    });
    engines[key] = engine;
    return engine;
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
      var req = msg.request || {};
      return engineFor(partsFor(req.gemeente)).then(function (engine) {
        var answer = JSON.parse(engine.search(JSON.stringify(req)));
        self.postMessage({ type: "results", id: msg.id, answer: answer });
      });
    })
    .catch(function (err) {
      self.postMessage({ type: "error", id: msg.id, message: String((err && err.message) || err) });
    });
};
