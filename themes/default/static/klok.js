// What on a page depends on the day and the hour in the Netherlands, whatever time
// zone the device is in. Without this script the page claims nothing it cannot know.
//
// 1. A notice or a temporary closure ends on a day (data-tot: the last day it holds).
//    The next build removes it; until then this hides it from the day after.
// 2. "Nu open · tot 17:00" (data-open). The builder worked out when a service is open
//    in the coming weeks, in Dutch wall-clock minutes from midnight of the build day;
//    this script only compares the clock. The format is the builder's (open_now.rs):
//    data-klok = "<days> <from>/<offset> …": how many days the schedules cover, and
//      from which moment (ms, UTC) the Netherlands are <offset> minutes ahead of UTC;
//    data-open = "<gap>+<length> <gap>?<length> …": open (+), or a public holiday the
//      hours say nothing about on which they would open (?) or not (~), each <gap>
//      minutes after the previous one ended.
(function () {
  "use strict";
  var WORDS = {
    open: "Nu open",
    closed: "Gesloten",
    holiday: "Feestdag: bel eerst",
    until: "tot ",
    reopens: "weer open ",
    at: " om ",
    today: "vandaag",
    tomorrow: "morgen",
    crisis: "Nu hulp nodig? ",
    crisisLink: "Bel een hulplijn",
    days: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
    months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
  };

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

  var script = document.currentScript;
  var klok = script && script.getAttribute("data-klok");
  if (!klok) return;
  var tokens = klok.split(" ");
  var horizon = Number(tokens[0]) * 1440;
  var offsets = tokens.slice(1).map(function (t) {
    var p = t.split("/");
    return { from: Number(p[0]), minutes: Number(p[1]) };
  });
  if (!offsets.length) return;
  var now = Date.now();
  var offset = offsets[0].minutes;
  offsets.forEach(function (o) {
    if (now >= o.from) offset = o.minutes;
  });
  // Dutch wall-clock minutes since the first midnight.
  var minute = Math.floor((now - offsets[0].from) / 60000) + offset - offsets[0].minutes;
  // Before the build, or past what it knows: say nothing rather than guess.
  if (minute < 0 || minute >= horizon) return;
  // Wall-clock minute m as a Date whose UTC fields read as the Dutch date and time.
  var wallStart = offsets[0].from + offsets[0].minutes * 60000;
  function wall(m) {
    return new Date(wallStart + m * 60000);
  }
  function hhmm(m) {
    var d = wall(m);
    return ("0" + d.getUTCHours()).slice(-2) + ":" + ("0" + d.getUTCMinutes()).slice(-2);
  }
  // "vandaag", "morgen", a weekday this week, or a date further off.
  function day(m) {
    var days = Math.floor(m / 1440) - Math.floor(minute / 1440);
    var d = wall(m);
    if (days === 0) return WORDS.today;
    if (days === 1) return WORDS.tomorrow;
    if (days < 7) return WORDS.days[d.getUTCDay()];
    return WORDS.days[d.getUTCDay()] + " " + d.getUTCDate() + " " + WORDS.months[d.getUTCMonth()];
  }

  function intervals(code) {
    var out = [];
    var end = 0;
    code.split(" ").forEach(function (t) {
      var m = /^(\d+)([+?~])(\d+)$/.exec(t);
      if (!m) return;
      var start = end + Number(m[1]);
      end = start + Number(m[3]);
      out.push({ start: start, end: end, kind: m[2] });
    });
    return out;
  }

  // [headline, detail, closed?] for a schedule at this minute.
  function state(list) {
    for (var i = 0; i < list.length; i++) {
      var iv = list[i];
      if (iv.end <= minute) continue;
      if (iv.start <= minute) {
        if (iv.kind !== "+") return [WORDS.holiday, "", true];
        if (iv.end >= horizon) return [WORDS.open, "", false];
        var sameDay = Math.floor((iv.end - 1) / 1440) === Math.floor(minute / 1440);
        return [WORDS.open, WORDS.until + (sameDay ? "" : day(iv.end) + " ") + hhmm(iv.end), false];
      }
      // Closed now. An opening ahead is announced, but not beyond a holiday on which
      // the service might or might not open.
      if (iv.kind === "~") continue;
      if (iv.kind === "?") return [WORDS.closed, "", true];
      return [WORDS.closed, WORDS.reopens + day(iv.start) + WORDS.at + hhmm(iv.start), true];
    }
    return [WORDS.closed, "", true];
  }

  document.querySelectorAll("[data-open]").forEach(function (el) {
    var s = state(intervals(el.getAttribute("data-open")));
    var strong = document.createElement("strong");
    strong.textContent = s[0];
    el.textContent = "";
    el.appendChild(strong);
    if (s[1]) el.appendChild(document.createTextNode(" · " + s[1]));
    if (s[2] && el.hasAttribute("data-crisis") && document.getElementById("hulplijnen")) {
      var link = document.createElement("a");
      link.href = "#hulplijnen";
      link.textContent = WORDS.crisisLink;
      el.appendChild(document.createTextNode(". " + WORDS.crisis));
      el.appendChild(link);
    }
    el.classList.add(s[2] ? "is-dicht" : "is-open");
    el.hidden = false;
  });
})();
