// Offline help: registers the site's worker (the builder's sw.js) a little after the page
// has loaded, so the first visit is not slower: its first downloads would share a slow
// line with what the page itself still fetches (the search page's engine and index).
// Without it every page works as before.
(function () {
  "use strict";
  var script = document.currentScript;
  var worker = script && script.getAttribute("data-offline");
  if (!worker || !navigator.serviceWorker) return;
  window.addEventListener("load", function () {
    setTimeout(function () {
      navigator.serviceWorker.register(worker).catch(function () {});
    }, 2000);
  });
})();
