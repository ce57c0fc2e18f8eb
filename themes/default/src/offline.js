// Offline help: registers the site's worker (the builder's sw.js) once the page has
// loaded, so the first visit is not slower. Without it every page works as before.
(function () {
  "use strict";
  var script = document.currentScript;
  var worker = script && script.getAttribute("data-offline");
  if (!worker || !navigator.serviceWorker) return;
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(worker).catch(function () {});
  });
})();
