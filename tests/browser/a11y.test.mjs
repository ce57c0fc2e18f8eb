// Accessibility: axe-core in Chromium on one page of every template type, for the
// WCAG 2.0, 2.1 and 2.2 A and AA rules: zero violations. The check is shown to fail on
// a planted defect (an image without alt text), so it cannot pass by accident.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATE_PAGES, axeViolations, exampleSite } from "./harness.mjs";


const { base, out, browser, close } = await exampleSite();
after(close);
// The planted defect lives in a copy of a page, outside the real site's pages.
writeFileSync(join(out, "geplant.html"), readFileSync(join(out, "privacy/index.html"), "utf8").replace("<main", '<img src="/favicon.svg"><main'));

const PAGES = {
  ...TEMPLATE_PAGES,
  section: "/beschermd-thuis/",
  page: "/beschermd-thuis/wat-is-het/",
  home_english: "/en/",
  page_english: "/en/nu-hulp/",
  page_english_2: "/en/zorgen-om-iemand/",
};

async function violations(path, waitFor) {
  // axe is injected by the test; the site's own CSP would (rightly) refuse it.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(base + path);
  if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 20000 });
  const result = await axeViolations(page);
  await context.close();
  return result;
}

for (const [kind, path] of Object.entries(PAGES)) {
  test(`${kind}: no WCAG A/AA violations`, async () => {
    const wait = kind === "search_results" ? "#zoekresultaten li" : null;
    assert.deepEqual(await violations(path, wait), []);
  });
}

test("the check fails on a planted image without alt text", async () => {
  const found = await violations("/geplant.html");
  assert.ok(found.some((v) => v.startsWith("image-alt")), found.join("\n"));
});
