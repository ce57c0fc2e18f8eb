// What Wijkwijzer adds to Decap CMS on /admin/ (embedded in the binary, written by
// `wijkwijzer build`): the site's own stylesheet in the preview, and a last tidy-up of
// what the form saves so that the file keeps to the content contract.
(function () {
  "use strict";
  const script = document.currentScript;
  const CMS = window.CMS;
  if (!CMS || !script) return;

  CMS.registerPreviewStyle(script.dataset.stylesheet);

  // Fields the contract keeps as TOML dates (`gecontroleerd = 2026-03-01`). Decap's
  // date picker gives text, which its TOML writer would quote; a value that Decap's
  // writer takes for a date object it writes as it is, without quotes.
  const DATE_FIELDS = JSON.parse(script.dataset.dates || "[]").map((path) => path.split("."));
  const asDate = (text) => ({ $isDayjsObject: true, _f: "YYYY-MM-DD", format: () => text });
  const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

  // A field the editor emptied is left out rather than written as "" or []: the
  // contract reads a missing optional field as "not known", an empty one as a mistake.
  const isCollection = (v) => v !== null && typeof v === "object" && typeof v.filter === "function";
  const isEmpty = (v) => v === "" || v === null || v === undefined || (isCollection(v) && v.size === 0);
  const prune = (v) => (isCollection(v) ? v.map(prune).filter((x) => !isEmpty(x)) : v);

  CMS.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      let data = entry.get("data");
      if (data.has("extra")) data = data.set("extra", prune(data.get("extra")));
      for (const path of DATE_FIELDS) {
        const value = data.getIn(path);
        if (typeof value === "string" && ISO_DAY.test(value)) data = data.setIn(path, asDate(value));
      }
      return data;
    },
  });
})();
