{# The offline worker (builder/src/offline.rs). Every request goes to the network
    first; only when that fails does the worker answer from what it keeps: the crisis
    page, the offline page and the stylesheet, and a resident's own "Mijn lijstje" when
    they chose to keep it (lijstje-pagina.js). A page that was visited is never stored.
    A new build with other contents has another version: the browser installs it and
    the old keep is removed. With aan = false the worker removes itself. #}
"use strict";
var AAN = {{ "true" if aan else "false" }};
var VOORAF = {{ vooraf }};
var OFFLINE = {{ offline_url }};
{# Per site, so two sites on one host never remove each other's. #}
var PREFIX = {{ prefix }};
var CACHE = PREFIX + "{{ versie }}";
var LIJSTJE = {{ lijstje_cache }};
{# A page whose answer has not started after this long is treated as offline: with the
   data bundle used up, a connection often hangs rather than fails. Pages here are a few
   KB, so a working slow connection answers well within it. #}
var WACHT = 8000;

self.addEventListener("install", function (e) {
  e.waitUntil(
    (AAN
      ? caches.open(CACHE).then(function (c) {
          {# Asked of the host again (not from the browser's cache, which may be minutes
             old), but an unchanged stylesheet costs only a "not modified". #}
          return c.addAll(VOORAF.map(function (u) { return new Request(u, { cache: "no-cache" }); }));
        })
      : Promise.resolve()
    ).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (e) {
  e.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) {
        return k.indexOf(PREFIX) === 0 && !(AAN && (k === CACHE || k === LIJSTJE));
      }).map(function (k) { return caches.delete(k); }));
    }).then(function () {
      return AAN ? self.clients.claim() : self.registration.unregister();
    })
  );
});

{# What is kept for this address, without its query (?lijstje=…). A cache that is not
    there is not made by looking. #}
{# The network, with a time limit for its answer to start. Right after a request went
   unanswered the limit is a second, so the offline page and its stylesheet follow
   quickly instead of each waiting the full time. #}
var stil = 0;
function network(r) {
  var limit = Date.now() - stil < 30000 ? 1000 : WACHT;
  return new Promise(function (ok, fail) {
    var timer = setTimeout(function () {
      stil = Date.now();
      fail(new Error("no answer"));
    }, limit);
    fetch(r).then(
      function (res) { clearTimeout(timer); stil = 0; ok(res); },
      function (error) { clearTimeout(timer); fail(error); }
    );
  });
}

function kept(url) {
  var options = { ignoreSearch: true, cacheName: CACHE };
  return caches.match(url, options).then(function (hit) {
    options.cacheName = LIJSTJE;
    return hit || caches.match(url, options);
  });
}

self.addEventListener("fetch", function (e) {
  var r = e.request;
  if (!AAN || r.method !== "GET" || r.url.indexOf(self.registration.scope) !== 0) return;
  {# The web editor has its own rules. #}
  if (r.url.indexOf(self.registration.scope + "admin/") === 0) return;
  var url = r.url.split("#")[0];
  e.respondWith(
    network(r).catch(function (error) {
      return kept(url)
        .then(function (hit) { return hit || (r.mode === "navigate" ? kept(OFFLINE) : null); })
        .then(function (hit) {
          if (!hit) throw error;
          return hit;
        });
    })
  );
});
