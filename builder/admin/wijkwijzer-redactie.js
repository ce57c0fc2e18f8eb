// What Wijkwijzer adds to Decap CMS on /admin/ (embedded in the binary, written by
// `wijkwijzer build`): the site's own stylesheet in the preview, and a last tidy-up of
// what the form saves so that the file keeps to the content contract.
(function () {
  "use strict";
  const script = document.currentScript;
  const CMS = window.CMS;
  if (!CMS || !script) return;

  CMS.registerPreviewStyle(script.dataset.stylesheet);

  // A service's preview in the layout of its page on the site, with the labels residents
  // read rather than the slugs the file holds.
  const h = window.h;
  const items = (v) => (v && typeof v.toArray === "function" ? v.toArray() : v ? [v] : []);
  const fieldIn = (fields, name) => items(fields).find((f) => f.get("name") === name);
  function DienstPreview({ entry, collection, widgetFor }) {
    const data = entry.get("data");
    const dienst = data.getIn(["extra", "dienst"]);
    const get = (name) => (dienst ? dienst.get(name) : undefined);
    const extra = fieldIn(collection.get("fields"), "extra");
    const dienstField = extra && fieldIn(extra.get("fields"), "dienst");
    const dienstFields = dienstField ? dienstField.get("fields") : null;
    const label = (name, value) => {
      const option = items(fieldIn(dienstFields, name)?.get("options")).find((o) => o.get("value") === value);
      return option ? option.get("label") : value;
    };
    const labels = (name) => items(get(name)).map((v) => label(name, v)).join(", ");
    const fact = (term, value) => (value ? [h("dt", { key: `${term}-t` }, term), h("dd", { key: `${term}-d` }, value)] : []);
    return h(
      "article",
      { className: "dienst-pagina" },
      h("h1", {}, data.get("title")),
      get("status") === "tijdelijk-gesloten" ? h("p", { className: "let-op" }, h("strong", {}, "Tijdelijk gesloten")) : null,
      get("melding") ? h("p", { className: "melding" }, h("strong", {}, "Let op: "), get("melding")) : null,
      h("p", { className: "inleiding" }, data.get("description")),
      h(
        "dl",
        { className: "kenmerken" },
        ...fact("Soort hulp", label("soort", get("soort"))),
        ...fact("Van", get("organisatie")),
        ...fact("Voor wie", labels("doelgroep") || "Iedereen"),
        ...fact("Hoe kom je erin?", label("toegang", get("toegang"))),
        ...fact("Kosten", label("kosten", get("kosten"))),
        ...fact("Waar", labels("wijken")),
        ...fact("Wanneer", get("openingstijden")),
      ),
      h("h2", {}, "Contact"),
      h(
        "ul",
        { className: "contact" },
        ...items(get("telefoon")).map((t) => h("li", { key: t }, `Bel ${t}`)),
        get("email") ? h("li", {}, `Mail ${get("email")}`) : null,
        get("website") ? h("li", {}, `Website: ${get("website")}`) : null,
      ),
      h("h2", {}, "Meer informatie"),
      widgetFor("body"),
    );
  }
  for (const name of JSON.parse(script.dataset.diensten || "[]")) CMS.registerPreviewTemplate(name, DienstPreview);

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
