// The search page, as an enhancement: without JavaScript the page lists the browse
// pages. With it, results appear as you type; the query and filters live in the URL,
// so back, forward, reload and sharing work. The engine runs in a Web Worker, started
// when the search box gets focus, the browser is idle or the address has a question; its
// WebAssembly comes with the page (a preload in zoeken.html) and is compiled here. The
// messages to and from the worker: search-wasm/js/protocol.d.ts.
// @ts-check
(function () {
  "use strict";
  var form = /** @type {HTMLFormElement | null} */ (document.getElementById("zoekformulier"));
  if (!form || !window.Worker || !window.fetch) return;

  var base = form.getAttribute("data-base"); // .../zoeken/
  var input = /** @type {HTMLInputElement} */ (form.elements.namedItem("q"));
  var selects = ["gemeente", "behoefte", "soort"].map(function (n) {
    return /** @type {HTMLSelectElement | null} */ (form.elements.namedItem(n));
  });
  var wijk = /** @type {HTMLSelectElement | null} */ (form.elements.namedItem("wijk"));
  var results = document.getElementById("zoekresultaten");
  var status = document.getElementById("zoekstatus");
  var fallback = document.getElementById("zoek-zonder-js");
  var worker = null;
  var lastId = 0;
  var timer = null;

  form.classList.add("met-js");

  function startWorker() {
    if (worker) return worker;
    worker = new Worker(base + "worker.js");
    worker.onmessage = onMessage;
    worker.onerror = function () {
      showError();
    };
    // The page's preload (zoeken.html) started the engine's download before the worker
    // existed; compiled here while it streams in, it goes to the worker when ready.
    if (WebAssembly.compileStreaming) {
      var w = worker;
      /** @type {import("zoeken-protocol").ToWorker} */
      var follows = { type: "engine-follows" };
      w.postMessage(follows);
      var given = false;
      var give = function (module) {
        if (given) return;
        given = true;
        /** @type {import("zoeken-protocol").ToWorker} */
        var msg = { type: "engine", module: module };
        w.postMessage(msg);
      };
      WebAssembly.compileStreaming(fetch(base + "wijkwijzer_search_bg.wasm"))
        .then(give)
        .catch(function () {
          // e.g. a host that does not say application/wasm, or a module that cannot be
          // passed on: the worker fetches the engine itself.
          given = false;
          give(null);
        });
    }
    /** @type {import("zoeken-protocol").ToWorker} */
    var warm = { type: "warm", id: 0 };
    worker.postMessage(warm);
    return worker;
  }

  /** @returns {import("zoeken-protocol").SearchRequest} */
  function request() {
    /** @type {import("zoeken-protocol").SearchRequest} */
    var req = { query: input.value, limit: 20 };
    selects.forEach(function (s) {
      if (s && s.value) req[s.name] = s.value;
    });
    if (wijk && wijk.value && req.gemeente) req.wijk = wijk.value;
    return req;
  }

  function toUrl(req) {
    var params = new URLSearchParams();
    if (req.query) params.set("q", req.query);
    // "Mijn lijstje" lives in the address too; searching keeps it.
    var lijstje = new URLSearchParams(location.search).get("lijstje");
    if (lijstje) params.set("lijstje", lijstje);
    ["gemeente", "wijk", "behoefte", "soort"].forEach(function (k) {
      if (req[k]) params.set(k, req[k]);
    });
    var qs = params.toString();
    return location.pathname + (qs ? "?" + qs : "");
  }

  function search(push) {
    var req = request();
    var url = toUrl(req);
    if (push) history.pushState(req, "", url);
    else history.replaceState(req, "", url);
    if (!req.query.trim() && !req.gemeente && !req.behoefte && !req.soort) {
      results.innerHTML = "";
      status.textContent = "";
      if (fallback) fallback.hidden = false;
      return;
    }
    lastId += 1;
    /** @type {import("zoeken-protocol").ToWorker} */
    var msg = { type: "search", id: lastId, request: req };
    startWorker().postMessage(msg);
  }

  /** @param {MessageEvent<import("zoeken-protocol").FromWorker>} event */
  function onMessage(event) {
    var msg = event.data;
    if (msg.type === "error" || (msg.type === "results" && msg.answer.error)) {
      if (msg.id === lastId || msg.id === 0) showError();
      return;
    }
    if (msg.type !== "results" || msg.id !== lastId) return;
    render(msg.answer, msg.partial, msg.limited);
  }

  function showError() {
    status.textContent = "{{search_failed}}";
    results.innerHTML = "";
    if (fallback) fallback.hidden = false;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // A partial answer comes from the services while the info pages still load; the
  // complete answer follows. Only the complete one says how many there are.
  // A large site searches its municipalities only one at a time (`limited`).
  /**
   * @param {import("zoeken-protocol").SearchResponse} answer
   * @param {boolean} partial
   * @param {boolean} limited
   */
  function render(answer, partial, limited) {
    results.innerHTML = "";
    var n = answer.total;
    // Words filled in by the build from the theme's catalogue (i18n/*.toml).
    if (partial) status.textContent = "{{searching}}";
    else status.textContent = n === 0 ? "{{no_results}}" : n === 1 ? "{{one_result}}" : "{{n_results}}".replace("{count}", String(n));
    if (!partial && limited) status.textContent += " {{choose_gemeente_too}}";
    if (fallback) fallback.hidden = partial || n !== 0;
    if (n === 0) {
      if (!partial) nothingFound(answer);
      return;
    }
    var list = el("ol", "zoeklijst");
    answer.hits.forEach(function (hit) {
      var li = el("li", "zoekresultaat");
      var h = el("h2");
      var a = el("a", null, hit.title);
      a.href = hit.url;
      h.appendChild(a);
      li.appendChild(h);
      var p = el("p");
      p.innerHTML = hit.summary; // escaped by the engine; only <mark> is added
      li.appendChild(p);
      var meta = [hit.soort, hit.wijken && hit.wijken.join(", "), hit.gemeente].filter(Boolean).join(" · ");
      if (meta) li.appendChild(el("p", "klein", meta));
      if (hit.behoeften && hit.behoeften.length) li.appendChild(el("p", "klein", "{{fits}}: " + hit.behoeften.join(", ")));
      if (hit.lijstje) li.setAttribute("data-dienst", hit.lijstje);
      list.appendChild(li);
    });
    results.appendChild(list);
    updateCounts(answer.facets || {});
    if (!partial) enhance(list);
  }

  // Nothing found: "Bedoelde je …?" with words of the published pages, and the needs
  // that those words find, linked as the page's own list of needs links them.
  /** @param {import("zoeken-protocol").SearchResponse} answer */
  function nothingFound(answer) {
    if (answer.suggestion) {
      var p = el("p", "zoeksuggestie");
      var parts = "{{did_you_mean}}".split("{suggestion}");
      var a = el("a", null, answer.suggestion);
      var params = new URLSearchParams(location.search);
      params.set("q", answer.suggestion);
      a.href = location.pathname + "?" + params.toString();
      a.addEventListener("click", function (e) {
        e.preventDefault();
        input.value = answer.suggestion || "";
        search(true);
      });
      p.appendChild(document.createTextNode(parts[0]));
      p.appendChild(a);
      p.appendChild(document.createTextNode(parts[1] || ""));
      results.appendChild(p);
    }
    var links = fallback ? Array.prototype.slice.call(fallback.querySelectorAll("a[data-behoefte]")) : [];
    var needs = (answer.suggested_behoeften || [])
      .map(function (slug) {
        return links.filter(function (a) {
          return a.getAttribute("data-behoefte") === slug;
        })[0];
      })
      .filter(Boolean);
    if (needs.length) {
      results.appendChild(el("p", null, "{{maybe_behoeften}}"));
      var list = el("ul", "kaarten");
      needs.forEach(function (link) {
        list.appendChild(el("li")).appendChild(link.cloneNode(true));
      });
      results.appendChild(list);
    }
  }

  // Like every list of services: the list button, a notice and whether it is open now,
  // from the same small files as "Mijn lijstje" (lijstje.js, klok.js).
  /** @param {HTMLElement} list */
  function enhance(list) {
    var L = window["wijkwijzerLijstje"];
    // A site's own search template may not load lijstje-bestanden.js (entries).
    if (!L || !L.entries) return;
    L.added(list);
    var items = Array.prototype.slice.call(list.querySelectorAll("[data-dienst]"));
    var ids = items.map(function (li) {
      return li.getAttribute("data-dienst");
    });
    if (!ids.length) return;
    L.entries(ids).then(function (found) {
      if (!list.parentNode) return; // a newer answer replaced it
      items.forEach(function (li, i) {
        var d = found[ids[i]];
        if (!d) return;
        if (d.let_op) {
          var note = el("p", "klein melding");
          note.appendChild(el("strong", null, "{{notice}}"));
          note.appendChild(document.createTextNode(" " + d.let_op));
          if (d.let_op_tot) note.setAttribute("data-tot", d.let_op_tot);
          li.appendChild(note);
        }
        if (d.open) {
          var now = el("p", "klein nu-open");
          now.setAttribute("data-open", d.open);
          if (d.crisis) now.setAttribute("data-crisis", "");
          now.hidden = true;
          li.appendChild(now);
        }
      });
      var klok = window["wijkwijzerKlok"];
      if (klok) klok(list);
    }, function () {});
  }

  // Show how many results each filter value would give.
  /** @param {import("zoeken-protocol").SearchResponse["facets"]} facets */
  function updateCounts(facets) {
    selects.forEach(function (s) {
      if (!s) return;
      var counts = {};
      (facets[s.name] || []).forEach(function (pair) {
        counts[pair[0]] = pair[1];
      });
      Array.prototype.forEach.call(s.options, function (o) {
        if (!o.value) return;
        var label = o.getAttribute("data-label") || o.textContent;
        o.setAttribute("data-label", label);
        o.textContent = counts[o.value] !== undefined ? label + " (" + counts[o.value] + ")" : label;
      });
    });
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    selects.forEach(function (s) {
      if (s) s.value = params.get(s.name) || "";
    });
    if (wijk) wijk.value = params.get("wijk") || "";
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    search(true);
  });
  input.addEventListener("focus", startWorker);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      search(false);
    }, 120);
  });
  selects.concat([wijk]).forEach(function (s) {
    if (s) s.addEventListener("change", function () {
      search(true);
    });
  });
  window.addEventListener("popstate", function () {
    fromUrl();
    search(false);
  });

  fromUrl();
  if (location.search) {
    search(false);
  } else if ("requestIdleCallback" in window) {
    window.requestIdleCallback(startWorker, { timeout: 4000 });
  }
})();
