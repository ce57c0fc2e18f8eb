// "Mijn lijstje": services a resident picks, carried in the address (?lijstje=<id>,<id>)
// from page to page, so nothing is stored unless the resident asks to keep it. Every
// service (data-dienst) gets a button. The list page (lijstje-pagina.js) and search
// results use window.wijkwijzerLijstje, with lijstje-bestanden.js. Ids and files: builder/src/directory/lijstje.rs.
(function () {
  "use strict";
  var KEPT = "wijkwijzer-lijstje";
  var T = {
    add: "{{add_to_list}}",
    link: "{{my_list}}"
  };
  var script = document.currentScript;
  var page = script && script.getAttribute("data-lijstje");
  if (!page || !window.URL || !window.history.replaceState) return;

  var storage = null;
  try {
    storage = window.localStorage;
  } catch (e) {
    storage = null;
  }
  var kept = function () {
    return storage ? storage.getItem(KEPT) : null;
  };
  var param = new URLSearchParams(location.search).get("lijstje");
  var ids = split(param !== null ? param : kept() || "");
  // Only a list that came from this device is kept up to date there: a shared link,
  // opened and changed, never overwrites what the resident kept.
  var fromKept = param === null || param === kept();

  function split(text) {
    var seen = {};
    return text.split(",").filter(function (id) {
      var ok = /^[\w-]+(\/[\w-]+)+$/.test(id) && !seen[id];
      seen[id] = true;
      return ok;
    });
  }
  function withList(href) {
    var u = new URL(href, location.href);
    if (ids.length) u.searchParams.set("lijstje", ids.join(","));
    else u.searchParams.delete("lijstje");
    return u.href;
  }
  // The address to share: readable, with the ids as they are.
  function shareUrl() {
    return page + (ids.length ? "?lijstje=" + ids.join(",") : "");
  }
  var el = function (tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };

  // The list goes along on every link to another page of the site (not to its files),
  // and in every form that asks for a page (the postcode finder without JavaScript).
  function carry() {
    Array.prototype.forEach.call(document.querySelectorAll("form"), function (f) {
      if ((f.getAttribute("method") || "get").toLowerCase() !== "get") return;
      var input = f.querySelector("input[name=lijstje]");
      if (!input && ids.length) {
        input = f.appendChild(el("input"));
        input.type = "hidden";
        input.name = "lijstje";
      }
      if (input) input.value = ids.join(",");
      if (input && !ids.length) f.removeChild(input);
    });
    Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (a) {
      var u = new URL(a.href, location.href);
      if (u.origin !== location.origin || /\.(json|xml|csv|txt|zip)$/.test(u.pathname)) return;
      if (u.pathname === location.pathname && u.hash) return;
      var href = withList(a.href);
      if (href !== a.href) a.href = href;
    });
  }

  var headerLink = null;
  // After a change by the resident (`changed`) a kept list is kept up to date; a shared
  // link that is only opened never overwrites it.
  function update(changed) {
    history.replaceState(history.state, "", withList(location.href));
    if (changed && fromKept && kept() !== null && storage) storage.setItem(KEPT, ids.join(","));
    carry();
    if (!headerLink) {
      var header = document.querySelector(".site-header .wrap");
      if (!header) return;
      headerLink = header.appendChild(el("a", "", "lijstje-link"));
    }
    headerLink.href = shareUrl();
    headerLink.textContent = T.link + " (" + ids.length + ")";
    headerLink.hidden = !ids.length;
  }

  function toggle(id, on) {
    ids = ids.filter(function (x) {
      return x !== id;
    });
    if (on) ids.push(id);
    // The same service may be on the page twice (under two needs): every button says it.
    Array.prototype.forEach.call(document.querySelectorAll(".lijstje-knop[aria-pressed]"), function (b) {
      if (b.getAttribute("data-id") === id) b.setAttribute("aria-pressed", String(on));
    });
    update(true);
  }

  // A button on every service in a list and on its own page.
  function buttons(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-dienst]"), button);
  }
  function button(item) {
    var id = item.getAttribute("data-dienst");
    var title = item.querySelector("h1, h2, a");
    var button = el("button", T.add, "lijstje-knop");
    button.type = "button";
    button.setAttribute("aria-pressed", String(ids.indexOf(id) >= 0));
    button.setAttribute("data-id", id);
    // In a list, say which service: "Op mijn lijstje: Inloophuis De Kapel".
    if (title && title.tagName !== "H1") button.setAttribute("aria-label", T.add + ": " + title.textContent.trim());
    button.addEventListener("click", function () {
      toggle(id, button.getAttribute("aria-pressed") !== "true");
    });
    var after = item.querySelector("h1, h2") || item.firstElementChild;
    if (after && after.parentNode === item) item.insertBefore(button, after.nextSibling);
    else item.appendChild(button);
  }

  buttons(document);
  update(false);

  window.wijkwijzerLijstje = {
    ids: function () {
      return ids.slice();
    },
    toggle: toggle,
    shareUrl: shareUrl,
    withList: withList,
    // The list page's address; lijstje-bestanden.js adds entries().
    page: page,
    // For content added later: its buttons, and the list on its links.
    added: function (root) {
      buttons(root);
      carry();
    },
    // Keeping on the device, only when the resident asks.
    kept: kept,
    keep: function () {
      if (storage) storage.setItem(KEPT, ids.join(","));
      fromKept = true;
    },
    forget: function () {
      if (storage) storage.removeItem(KEPT);
    },
    canKeep: !!storage
  };
})();
