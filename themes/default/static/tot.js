// A notice or a temporary closure ends on a day (data-tot: the last day it holds). The
// next build removes it; a page built before then hides it from the day after, by the
// calendar in the Netherlands, whatever time zone the device is in.
(function () {
  "use strict";
  var parts = {};
  new Intl.DateTimeFormat("en", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(new Date())
    .forEach(function (p) {
      parts[p.type] = p.value;
    });
  var today = parts.year + "-" + parts.month + "-" + parts.day;
  document.querySelectorAll("[data-tot]").forEach(function (el) {
    if (el.getAttribute("data-tot") < today) el.hidden = true;
  });
})();
