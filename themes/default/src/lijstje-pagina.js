// The page of "Mijn lijstje": the chosen services (from lijstje.js's files, only the
// ones it needs), ready to print, to send as a link, text message or e-mail, and to keep
// on the device if asked. The list itself is lijstje.js's (window.wijkwijzerLijstje).
(function () {
  "use strict";
  // Filled in by the build from the theme's catalogue (i18n/*.toml).
  var T = {
    remove: "{{remove_from_list}}",
    empty: "{{list_empty}}",
    gone: "{{list_gone}}",
    failed: "{{list_failed}}",
    call: "{{call}} ",
    open: "{{open_hours}} ",
    more: "{{more_at}} ",
    share: "{{list_share}}",
    print: "{{print}}",
    copy: "{{copy_link}}",
    copied: "{{link_copied}}",
    sms: "{{send_sms}}",
    mail: "{{send_mail}}",
    subject: "{{list_subject}}",
    warn: "{{list_warning}}",
    keep: "{{keep_on_device}}",
    kept: "{{kept_on_device}}",
    forget: "{{forget_kept}}",
    forgotten: "{{kept_forgotten}}",
    linkLabel: "{{list_link}}"
  };
  var L = window.wijkwijzerLijstje;
  var script = document.currentScript;
  // The offline worker's cache for a kept list (builder/src/offline.rs), when it is on.
  var cacheName = script && script.getAttribute("data-bewaar");
  var root = document.querySelector("[data-lijstje-pagina]");
  if (!L || !root) return;
  var el = function (parent, tag, text, cls) {
    var e = parent.appendChild(document.createElement(tag));
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };

  root.textContent = "";
  var found = {};
  L.entries(L.ids()).then(
    function (entries) {
      found = entries;
      render();
      // A kept list that is opened again refreshes what is kept of it, once.
      if (L.kept() !== null && L.kept() === L.ids().join(",")) keepOffline(true);
    },
    function () {
      el(root, "p", T.failed, "let-op");
    }
  );

  function render() {
    root.textContent = "";
    var ids = L.ids();
    if (!ids.length) {
      // The kept list itself was emptied (a shared list never writes it): nothing is
      // left to keep, so what was kept goes too.
      if (L.kept() === "") {
        L.forget();
        keepOffline(false);
      }
      el(root, "p", T.empty);
      return;
    }
    var list = el(root, "ol", "", "lijstje");
    ids.forEach(function (id, n) {
      var d = found[id];
      var li = el(list, "li", "", "lijstje-item");
      if (!d) {
        el(li, "p", T.gone);
      } else {
        el(li, "h2", d.naam);
        el(li, "p", d.wat);
        if (d.let_op) {
          var note = el(li, "p", d.let_op, "melding");
          if (d.let_op_tot) note.setAttribute("data-tot", d.let_op_tot);
        }
        var facts = el(li, "ul", "", "lijstje-feiten");
        d.telefoon.forEach(function (t) {
          el(el(facts, "li", T.call), "a", t).href = "tel:" + t.replace(/[^\d+]/g, "");
        });
        d.adressen.forEach(function (a) {
          el(facts, "li", a);
        });
        d.tijden.forEach(function (t) {
          el(facts, "li", T.open + t);
        });
        el(el(li, "p", T.more, "klein"), "a", d.url).href = d.url;
      }
      var remove = el(li, "button", T.remove, "lijstje-knop lijstje-weg");
      remove.type = "button";
      if (d) remove.setAttribute("aria-label", T.remove + ": " + d.naam);
      remove.addEventListener("click", function () {
        L.toggle(id, false);
        render();
        // Focus stays where it was: on the remove button that took this one's place (or
        // the one before it), or on the message that the list is empty.
        var left = root.querySelectorAll(".lijstje-weg");
        var next = left[Math.min(n, left.length - 1)];
        if (!next) {
          next = root.querySelector("p");
          if (next) next.setAttribute("tabindex", "-1");
        }
        if (next) next.focus();
      });
    });
    share();
    // The list goes along on the links just made; what has ended is hidden.
    L.added(root);
    if (window.wijkwijzerKlok) window.wijkwijzerKlok(root);
  }

  // A kept list also opens without internet: this page, its scripts and styles, and the
  // files of its services go into the worker's cache; wiping the list empties it. Only
  // when the resident asks, never for a list that is only looked at.
  function keepOffline(on) {
    if (!cacheName || !window.caches) return;
    if (!on) {
      caches.delete(cacheName).catch(function () {});
      return;
    }
    var files = [L.page];
    var add = function (file) {
      if (files.indexOf(file) < 0 && new URL(file, location.href).origin === location.origin) files.push(file);
    };
    Array.prototype.forEach.call(document.querySelectorAll("script[src], link[rel=stylesheet]"), function (e) {
      add(e.src || e.href);
    });
    L.ids().forEach(function (id) {
      add(L.page + id.split("/")[0] + ".json");
    });
    // File by file: one that is missing (an old link) does not stop the rest.
    caches
      .open(cacheName)
      .then(function (c) {
        return Promise.all(
          files.map(function (file) {
            return fetch(file)
              .then(function (r) {
                if (r.ok) return c.put(file, r);
              })
              .catch(function () {});
          })
        );
      })
      .catch(function () {});
  }

  function share() {
    var box = el(root, "section", "", "lijstje-delen");
    box.setAttribute("aria-labelledby", "lijstje-delen");
    el(box, "h2", T.share).id = "lijstje-delen";
    el(box, "p", T.warn);
    var text = T.subject + ": " + L.shareUrl();
    var actions = el(box, "p", "", "lijstje-acties");
    var print = el(actions, "button", T.print);
    print.type = "button";
    print.addEventListener("click", function () {
      window.print();
    });
    // "sms:?&body=" opens the message app with the text on both Android and iOS.
    el(actions, "a", T.sms).href = "sms:?&body=" + encodeURIComponent(text);
    el(actions, "a", T.mail).href = "mailto:?subject=" + encodeURIComponent(T.subject) + "&body=" + encodeURIComponent(text);
    el(box, "label", T.linkLabel).htmlFor = "lijstje-adres";
    var field = el(box, "input");
    field.id = "lijstje-adres";
    field.readOnly = true;
    field.value = L.shareUrl();
    var copy = el(box, "button", T.copy);
    copy.type = "button";
    var status = el(box, "p", "", "lijstje-status");
    status.setAttribute("role", "status");
    copy.addEventListener("click", function () {
      field.select();
      var done = function () {
        status.textContent = T.copied;
      };
      if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, done);
      else if (document.execCommand("copy")) done();
    });
    if (!L.canKeep) return;
    var keep = el(box, "button", T.keep);
    keep.type = "button";
    var forget = el(box, "button", T.forget);
    forget.type = "button";
    var show = function () {
      keep.hidden = L.kept() !== null;
      forget.hidden = L.kept() === null;
    };
    keep.addEventListener("click", function () {
      L.keep();
      keepOffline(true);
      status.textContent = T.kept;
      show();
      forget.focus();
    });
    forget.addEventListener("click", function () {
      L.forget();
      keepOffline(false);
      status.textContent = T.forgotten;
      show();
      keep.focus();
    });
    show();
  }
})();
