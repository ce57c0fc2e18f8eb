// Dev server only: reload the page when the site is rebuilt, and show build errors.
// Never written to the built site.
(function () {
  "use strict";
  var me = document.currentScript;
  var version = Number(me && me.getAttribute("data-version")) || 0;
  var box = null;

  function showError(text) {
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("role", "alert");
      box.id = "wijkwijzer-build-error";
      box.style.cssText = "position:fixed;inset:0;overflow:auto;z-index:99999;background:#fff;color:#000;padding:1rem;border:6px solid #b00;font:14px/1.4 monospace";
      document.body.appendChild(box);
    }
    box.innerHTML = "";
    var h = document.createElement("h1");
    h.textContent = "De site kon niet worden gebouwd";
    var pre = document.createElement("pre");
    pre.style.whiteSpace = "pre-wrap";
    pre.textContent = text;
    box.appendChild(h);
    box.appendChild(pre);
  }

  function poll(since) {
    fetch("/__wijkwijzer/wait?since=" + since, { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.error) {
          showError(s.error);
        } else if (s.version !== version) {
          location.reload();
          return;
        }
        poll(s.version);
      })
      .catch(function () { setTimeout(function () { poll(since); }, 1000); });
  }
  // First ask without waiting, to show an error that is already there.
  fetch("/__wijkwijzer/wait?since=0", { cache: "no-store" })
    .then(function (r) { return r.json(); })
    .then(function (s) {
      if (s.error) { showError(s.error); }
      else if (s.version !== version) { location.reload(); return; }
      poll(s.version);
    })
    .catch(function () { poll(version); });
})();
