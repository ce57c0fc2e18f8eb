// "Mijn lijstje": services a resident picks, carried in the address (?lijstje=<id>,<id>)
// from page to page, so nothing is stored unless the resident asks to keep it. Every
// service (data-dienst) gets a button; the list page (data-lijstje-pagina) shows the
// services from the builder's files, lijstje/<owner>.json (builder/src/directory/lijstje.rs).
(function () {
  "use strict";
  var KEPT = "wijkwijzer-lijstje";
  var T = {
    add: "Op mijn lijstje",
    link: "Mijn lijstje",
    remove: "Haal van mijn lijstje",
    empty: "Je lijstje is nog leeg. Kies bij een plek met hulp de knop “Op mijn lijstje”.",
    gone: "Deze plek staat niet meer op de site.",
    failed: "Het lijstje kon niet worden geladen. Probeer het later opnieuw.",
    call: "Bel ",
    open: "Open: ",
    more: "Meer: ",
    share: "Lijstje doorsturen of bewaren",
    print: "Printen",
    copy: "Kopieer de link",
    copied: "De link is gekopieerd.",
    sms: "Stuur als sms",
    mail: "Stuur als e-mail",
    subject: "Hulp die bij mij past",
    warn: "Let op: wie dit lijstje ziet, weet naar welke hulp je zoekt. Het adres van de link staat ook in de geschiedenis van je browser.",
    keep: "Bewaar op dit apparaat",
    kept: "Je lijstje is bewaard op dit apparaat, ook als je de browser sluit.",
    forget: "Wis het bewaarde lijstje",
    forgotten: "Het bewaarde lijstje is gewist.",
    linkLabel: "Link naar dit lijstje"
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

  // The list goes along on every link to another page of the site (not to its files).
  function carry() {
    Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (a) {
      var u = new URL(a.href, location.href);
      if (u.origin !== location.origin || /\.(json|xml|csv|txt|zip)$/.test(u.pathname)) return;
      if (u.pathname === location.pathname && u.hash) return;
      a.href = withList(a.href);
    });
  }

  var headerLink = null;
  // After a change by the resident (`changed`) a kept list is kept up to date; a shared
  // link that is only opened never overwrites it.
  function update(changed) {
    history.replaceState(history.state, "", withList(location.href));
    if (changed && kept() !== null && storage) storage.setItem(KEPT, ids.join(","));
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
    update(true);
  }

  // A button on every service in a list and on its own page.
  Array.prototype.forEach.call(document.querySelectorAll("[data-dienst]"), function (item) {
    var id = item.getAttribute("data-dienst");
    var title = item.querySelector("h1, h2, a");
    var button = el("button", T.add, "lijstje-knop");
    button.type = "button";
    button.setAttribute("aria-pressed", String(ids.indexOf(id) >= 0));
    // In a list, say which service: "Op mijn lijstje: Inloophuis De Kapel".
    if (title && title.tagName !== "H1") button.setAttribute("aria-label", T.add + ": " + title.textContent.trim());
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(on));
      toggle(id, on);
    });
    var after = item.querySelector("h1, h2") || item.firstElementChild;
    if (after && after.parentNode === item) item.insertBefore(button, after.nextSibling);
    else item.appendChild(button);
  });

  var listPage = document.querySelector("[data-lijstje-pagina]");
  if (listPage) showList(listPage);
  update(false);

  function showList(root) {
    root.textContent = "";
    var site = root.getAttribute("data-site");
    var owners = {};
    ids.forEach(function (id) {
      owners[id.split("/")[0]] = null;
    });
    var names = Object.keys(owners);
    Promise.all(
      names.map(function (o) {
        return fetch(site + "lijstje/" + o + ".json").then(function (r) {
          if (!r.ok) throw new Error(r.status);
          return r.json();
        });
      })
    ).then(
      function (files) {
        names.forEach(function (o, i) {
          owners[o] = files[i];
        });
        render(root, owners);
      },
      function () {
        root.textContent = "";
        root.appendChild(el("p", T.failed, "let-op"));
      }
    );
  }

  function render(root, owners) {
    root.textContent = "";
    if (!ids.length) {
      root.appendChild(el("p", T.empty));
      return;
    }
    var list = root.appendChild(el("ol", "", "lijstje"));
    ids.forEach(function (id) {
      var cut = id.indexOf("/");
      var d = (owners[id.slice(0, cut)] || {})[id.slice(cut + 1)];
      var li = list.appendChild(el("li", "", "lijstje-item"));
      if (!d) {
        li.appendChild(el("p", T.gone));
      } else {
        li.appendChild(el("h2", d.naam));
        li.appendChild(el("p", d.wat));
        if (d.let_op) li.appendChild(el("p", d.let_op, "melding"));
        var facts = li.appendChild(el("ul", "", "lijstje-feiten"));
        d.telefoon.forEach(function (t) {
          var item = facts.appendChild(el("li", T.call));
          var a = item.appendChild(el("a", t));
          a.href = "tel:" + t.replace(/[^\d+]/g, "");
        });
        d.adressen.forEach(function (a) {
          facts.appendChild(el("li", a));
        });
        d.tijden.forEach(function (t) {
          facts.appendChild(el("li", T.open + t));
        });
        var more = li.appendChild(el("p", T.more, "klein"));
        var link = more.appendChild(el("a", d.url));
        link.href = d.url;
      }
      var remove = li.appendChild(el("button", T.remove, "lijstje-knop lijstje-weg"));
      remove.type = "button";
      if (d) remove.setAttribute("aria-label", T.remove + ": " + d.naam);
      remove.addEventListener("click", function () {
        toggle(id, false);
        render(root, owners);
        var next = root.querySelector(".lijstje-weg") || root.querySelector("p");
        if (next) {
          next.setAttribute("tabindex", "-1");
          next.focus();
        }
      });
    });
    share(root);
  }

  function share(root) {
    var box = root.appendChild(el("section", "", "lijstje-delen"));
    box.setAttribute("aria-labelledby", "lijstje-delen");
    box.appendChild(el("h2", T.share)).id = "lijstje-delen";
    box.appendChild(el("p", T.warn));
    var text = T.subject + ": " + shareUrl();
    var actions = box.appendChild(el("p", "", "lijstje-acties"));
    var print = actions.appendChild(el("button", T.print));
    print.type = "button";
    print.addEventListener("click", function () {
      window.print();
    });
    var sms = actions.appendChild(el("a", T.sms));
    // "sms:?&body=" opens the message app with the text on both Android and iOS.
    sms.href = "sms:?&body=" + encodeURIComponent(text);
    var mail = actions.appendChild(el("a", T.mail));
    mail.href = "mailto:?subject=" + encodeURIComponent(T.subject) + "&body=" + encodeURIComponent(text);
    var label = box.appendChild(el("label", T.linkLabel));
    label.htmlFor = "lijstje-adres";
    var field = box.appendChild(el("input"));
    field.id = "lijstje-adres";
    field.readOnly = true;
    field.value = shareUrl();
    var copy = box.appendChild(el("button", T.copy));
    copy.type = "button";
    var status = box.appendChild(el("p", "", "lijstje-status"));
    status.setAttribute("role", "status");
    copy.addEventListener("click", function () {
      field.select();
      var done = function () {
        status.textContent = T.copied;
      };
      if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, done);
      else if (document.execCommand("copy")) done();
    });
    if (!storage) return;
    var keep = box.appendChild(el("button", T.keep));
    keep.type = "button";
    var forget = box.appendChild(el("button", T.forget));
    forget.type = "button";
    var show = function () {
      keep.hidden = kept() !== null;
      forget.hidden = kept() === null;
    };
    keep.addEventListener("click", function () {
      storage.setItem(KEPT, ids.join(","));
      status.textContent = T.kept;
      show();
      forget.focus();
    });
    forget.addEventListener("click", function () {
      storage.removeItem(KEPT);
      status.textContent = T.forgotten;
      show();
      keep.focus();
    });
    show();
  }
})();
