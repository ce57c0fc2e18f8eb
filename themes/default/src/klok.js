// What depends on the day and the hour in the Netherlands, on any device clock:
// data-tot hides what ended (by the Dutch date); data-open says "Nu open · tot 17:00"
// from the schedule the builder wrote. Formats: builder/src/directory/open_now.rs.
// Content added later (search results) calls window.wijkwijzerKlok(root). Its words are
// {{key}}s of the theme's catalogue (i18n/*.toml), filled in by the build.
(function () {
  "use strict";
  var all = function (root, sel, f) {
    Array.prototype.forEach.call(root.querySelectorAll(sel), f);
  };

  var script = document.currentScript;
  var tokens = ((script && script.getAttribute("data-klok")) || "").split(" ");
  var horizon = tokens[0] * 1440;
  var zones = tokens.slice(1).map(function (t) {
    return t.split("/").map(Number);
  });
  var known = zones.length > 0;
  if (!known) zones = [[0, 0]];
  var now = Date.now();
  var offset = zones[0][1];
  zones.forEach(function (z) {
    if (now >= z[0]) offset = z[1];
  });
  // Dutch wall-clock minutes since the first midnight of the schedules.
  var minute = Math.floor((now - zones[0][0]) / 60000) + offset - zones[0][1];
  // Before the build or past what it knows: say nothing rather than guess.
  var knows = known && minute >= 0 && minute < horizon;
  // Minute m as a Date whose UTC fields are the Dutch date and time.
  var wall = function (m) {
    return new Date(zones[0][0] + (zones[0][1] + m) * 60000);
  };
  // Today in the Netherlands, YYYY-MM-DD, from the builder's offsets: past the weeks they
  // cover the last one holds, at most an hour off around midnight.
  var today = known ? wall(minute).toISOString().slice(0, 10) : "";
  var hhmm = function (m) {
    var d = wall(m);
    return ("0" + d.getUTCHours()).slice(-2) + ":" + ("0" + d.getUTCMinutes()).slice(-2);
  };
  // "vandaag", "morgen", "dinsdag", or "zaterdag 3 april" further off, in the page's
  // language ("Saturday 3 April" in British English, as the `date` filter writes dates).
  var day = function (m) {
    var days = Math.floor(m / 1440) - Math.floor(minute / 1440);
    if (days < 2) return days ? "{{tomorrow}}" : "{{today}}";
    var o = { timeZone: "UTC", weekday: "long" };
    if (days > 6) {
      o.day = "numeric";
      o.month = "long";
    }
    return wall(m).toLocaleDateString("{{date_locale}}", o);
  };

  // The stretches of a schedule, in minutes from the first midnight; stretches that
  // touch at midnight become one (open through the night).
  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  function stretches(code) {
    var parts = code.split(";");
    var patterns = [""].concat(parts[0].split(","));
    var out = [];
    (parts[1] || "").split("").forEach(function (c, d) {
      (patterns[DIGITS.indexOf(c)] || "").split(" ").forEach(function (t) {
        var m = /^(\d+)([+?~])(\d+)$/.exec(t);
        if (!m) return;
        var start = d * 1440 + +m[1];
        var last = out[out.length - 1];
        if (last && last.end === start && last.kind === m[2]) last.end += +m[3];
        else out.push({ start: start, end: start + +m[3], kind: m[2] });
      });
    });
    return out;
  }

  // [headline, detail, closed] at this minute.
  function state(list) {
    for (var i = 0; i < list.length; i++) {
      var iv = list[i];
      if (iv.end <= minute) continue;
      if (iv.start <= minute) {
        if (iv.kind !== "+") return ["{{holiday_call_first}}", "", 1];
        if (iv.end >= horizon) return ["{{open_now}}", "", 0];
        // Closing at midnight is "tot 24:00" of that day, not 00:00 of the next.
        var last = iv.end % 1440 ? iv.end : iv.end - 1;
        var time = iv.end % 1440 ? hhmm(iv.end) : "24:00";
        var sameDay = Math.floor(last / 1440) === Math.floor(minute / 1440);
        return ["{{open_now}}", "{{open_until}}".replace("{time}", (sameDay ? "" : day(last) + " ") + time), 0];
      }
      // Closed now. Announce the next opening, but not past a holiday on which the
      // service might open or not (?).
      if (iv.kind === "?") break;
      if (iv.kind === "+") return ["{{closed_now}}", "{{open_again}}".replace("{day}", day(iv.start)).replace("{time}", hhmm(iv.start)), 1];
    }
    return ["{{closed_now}}", "", 1];
  }

  function apply(root) {
    all(root, "[data-tot]", function (el) {
      if (today && el.getAttribute("data-tot") < today) el.hidden = true;
    });
    if (knows) all(root, "[data-open]", show);
  }
  window.wijkwijzerKlok = apply;
  apply(document);

  function show(el) {
    var s = state(stretches(el.getAttribute("data-open")));
    var strong = document.createElement("strong");
    strong.textContent = s[0];
    el.textContent = "";
    el.appendChild(strong);
    if (s[1]) el.appendChild(document.createTextNode(" · " + s[1]));
    if (s[2] && el.hasAttribute("data-crisis") && document.getElementById("hulplijnen")) {
      var a = document.createElement("a");
      a.href = "#hulplijnen";
      a.textContent = "{{call_a_help_line}}";
      el.appendChild(document.createTextNode(". {{need_help_now}} "));
      el.appendChild(a);
    }
    el.className += s[2] ? " is-dicht" : " is-open";
    el.hidden = false;
  }
})();
