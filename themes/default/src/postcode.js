// Postcode finder: looks up the first four digits of a postcode in the site's own
// table (postcodes.json) and goes to that wijk's page. Nothing leaves the browser.
// Without JavaScript the form goes to /postcode/, which lists every postcode.
(function () {
  "use strict";

  function pc4(value) {
    var digits = String(value || "").replace(/\D/g, "");
    return digits.length >= 4 ? digits.slice(0, 4) : "";
  }

  var table = null;
  function load(url) {
    if (!table) {
      table = fetch(url, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error("postcodes.json: " + r.status);
        return r.json();
      });
    }
    return table;
  }

  function find(form, value) {
    var message = form.querySelector(".postcode-melding");
    var code = pc4(value);
    if (!code) {
      // Words filled in by the build from the theme's catalogue (i18n/*.toml).
      message.textContent = "{{postcode_digits}}";
      return;
    }
    message.textContent = "{{searching}}";
    load(form.getAttribute("data-postcodes"))
      .then(function (map) {
        if (Object.prototype.hasOwnProperty.call(map, code)) {
          // "Mijn lijstje" goes along (lijstje.js), as on every link.
          var L = window.wijkwijzerLijstje;
          window.location.assign(L ? L.withList(map[code]) : map[code]);
        } else {
          message.textContent = "{{postcode_elsewhere}}".replace("{code}", code);
        }
      })
      .catch(function () {
        // The plain page lists every postcode: let the form go there.
        form.submit();
      });
  }

  document.querySelectorAll("form.postcode-zoeker").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      find(form, form.elements.postcode.value);
    });
    // Arriving at /postcode/?postcode=… (from a form elsewhere): look it up at once.
    var asked = new URLSearchParams(window.location.search).get("postcode");
    if (asked && window.location.pathname.replace(/\/$/, "").endsWith("/postcode")) {
      form.elements.postcode.value = asked;
      find(form, asked);
    }
  });
})();
