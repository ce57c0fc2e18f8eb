// Right to left: a site in a language written right to left (here Arabic, lang="ar")
// gets dir="rtl", and because the stylesheet uses logical properties the layout
// mirrors: what starts at the left in Dutch starts at the right, borders that mark a
// notice move to the other side, Snel weg changes corner, breadcrumb arrows turn. axe
// stays at zero.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations, build, exampleCopy, freePort, launch, serveStatic } from "./harness.mjs";

const sites = {};
let browser;

before(async () => {
  for (const lang of ["nl", "ar"]) {
    const root = exampleCopy();
    const config = join(root, "config.toml");
    writeFileSync(config, readFileSync(config, "utf8").replace('default_language = "nl"', `default_language = "${lang}"`));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    sites[lang] = { base, host: await serveStatic(build(root, base), port) };
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of Object.values(sites)) await s.host.close();
});

/** Where each element starts, measured from the start side of its container (px). */
async function layout(lang, path, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(sites[lang].base + path);
  const found = await page.evaluate(() => {
    const rtl = document.documentElement.dir === "rtl";
    const from = (el, box) => {
      const r = el.getBoundingClientRect();
      return Math.round(rtl ? box.right - r.right : r.left - box.left);
    };
    const wrap = document.querySelector("main").getBoundingClientRect();
    const view = { left: 0, right: document.documentElement.clientWidth };
    const first = (sel) => document.querySelector(sel);
    const style = (sel) => getComputedStyle(first(sel));
    return {
      dir: document.documentElement.dir,
      // The first breadcrumb shown (a small screen shows only the one back).
      crumb: from([...document.querySelectorAll(".kruimelpad li")].find((li) => li.offsetWidth > 0), wrap),
      title: from(first(".site-title"), wrap),
      h1: from(first("h1"), wrap),
      firstTerm: first(".kenmerken dt") ? from(first(".kenmerken dt"), wrap) : null,
      value: first(".kenmerken dd") ? from(first(".kenmerken dd"), wrap) : null,
      snelWeg: first(".snel-weg") ? from(first(".snel-weg"), view) : null,
      notice: first(".melding") ? [style(".melding").borderLeftWidth, style(".melding").borderRightWidth] : null,
      arrow: first(".kruimelpad li + li") ? getComputedStyle(first(".kruimelpad li + li"), "::before").content : null,
    };
  });
  const violations = lang === "ar" ? await axeViolations(page) : [];
  await context.close();
  return { found, violations };
}

for (const width of [1280, 320]) {
  test(`at ${width} px a right-to-left page mirrors the left-to-right one`, async () => {
    for (const path of ["/gemeenten/lindewaard/praatgroep-veilig-verder/", "/gemeenten/heidebroek/inloop-de-heidehoeve/"]) {
      const nl = await layout("nl", path, width);
      const ar = await layout("ar", path, width);
      assert.equal(nl.found.dir, "", path);
      assert.equal(ar.found.dir, "rtl", path);
      for (const key of ["crumb", "title", "h1", "firstTerm", "value", "snelWeg"]) {
        assert.ok(Math.abs(nl.found[key] - ar.found[key]) <= 1, `${path} ${key}: ${nl.found[key]} from the left in Dutch, ${ar.found[key]} from the right in Arabic`);
      }
      if (nl.found.notice) {
        assert.deepEqual(nl.found.notice, ["6px", "0px"], path);
        assert.deepEqual(ar.found.notice, ["0px", "6px"], path);
      }
      if (width === 1280) {
        assert.equal(nl.found.arrow, '"›"', path);
        assert.equal(ar.found.arrow, '"‹"', path);
      }
      assert.deepEqual(ar.violations, [], path);
    }
  });
}
