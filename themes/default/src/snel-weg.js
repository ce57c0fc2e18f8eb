// Snel weg: the link leaves for a neutral site. With JavaScript it also replaces this
// page in the browser's history (Back does not return here), and pressing Escape twice
// within a second leaves too: once is what people press to close things, twice is
// meant. The page's text says what this does not hide.
(function () {
  "use strict";
  var link = document.querySelector("[data-snel-weg]");
  if (!link) return;
  var leave = function (e) {
    if (e) e.preventDefault();
    window.location.replace(link.href);
  };
  link.addEventListener("click", leave);
  var last = 0;
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var now = Date.now();
    if (now - last < 1000) leave(e);
    last = now;
  });
})();
