// The example region as a resident's browser sees it: every kind of page loads with no
// console error, no request to another origin and no cookie, under its CSP; and the
// keyboard reaches the content first.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleSite, guard } from "./harness.mjs";

const { base, out, browser, close } = await exampleSite();
after(close);
// Planted defects, in copies outside the site's own pages: the checks below must fail on them.
const privacy = readFileSync(join(out, "privacy/index.html"), "utf8");
writeFileSync(join(out, "geplant-font.html"), privacy.replace("</head>", '<link rel="stylesheet" href="https://fonts.example/font.css"></head>'));
writeFileSync(join(out, "geplant-script.html"), privacy.replace("</main>", "<script>document.title = 'x'</script></main>"));

const PAGES = {
  home: "/",
  section: "/beschermd-thuis/",
  page: "/beschermd-thuis/wat-is-het/",
  taxonomy_list: "/behoeften/",
  taxonomy_term: "/behoeften/geldzaken/",
  service: "/gemeenten/heidebroek/inloop-de-heidehoeve/",
  municipality: "/gemeenten/heidebroek/",
  wijk: "/gemeenten/heidebroek/wijk/de-heide/",
  municipality_need: "/gemeenten/heidebroek/behoefte/praten/",
  postcodes: "/postcode/",
  search: "/zoeken/",
  "404": "/bestaat-niet/",
};

for (const [kind, path] of Object.entries(PAGES)) {
  test(`${kind} page loads cleanly`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = guard(page, base, { expectMissing: kind === "404" ? [base + path] : [] });
    const csp = [];
    page.on("console", (m) => m.text().includes("Content Security Policy") && csp.push(m.text()));
    const response = await page.goto(base + path);
    assert.equal(response.status(), kind === "404" ? 404 : 200);
    assert.ok((await page.title()).length > 0);
    assert.equal(await page.locator("h1").count(), 1, "one h1");
    assert.match(await page.getAttribute("meta[http-equiv=Content-Security-Policy]", "content"), /default-src 'self'/);
    // The stylesheet loaded (same origin) and applied.
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")).backgroundColor);
    assert.notEqual(bg, "rgba(0, 0, 0, 0)");
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(csp, []);
    await context.close();
  });
}

test("keyboard: the first tab stop skips to the content", async () => {
  const page = await browser.newPage();
  await page.goto(base + PAGES.page);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Ga direct naar de inhoud");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => location.hash), "#inhoud");
  await page.close();
});

test("a help line is on every page as a tel: link", async () => {
  const page = await browser.newPage();
  for (const path of Object.values(PAGES)) {
    await page.goto(base + path);
    assert.ok(await page.locator('a[href="tel:113"]').count() > 0, path);
  }
  await page.close();
});

test("the checks fail on planted defects: an external font, an inline script", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, base);
  await page.goto(base + "/geplant-font.html");
  assert.ok(problems.some((p) => p.includes("request to another origin: https://fonts.example/")), problems.join("\n"));

  const page2 = await context.newPage();
  const problems2 = guard(page2, base);
  await page2.goto(base + "/geplant-script.html");
  assert.notEqual(await page2.title(), "x", "the CSP the pages carry stops inline scripts");
  assert.ok(problems2.some((p) => p.includes("Content Security Policy")), problems2.join("\n"));
  await context.close();
});

test("keyboard only: browse from the home page to a service", async () => {
  const page = await browser.newPage();
  await page.goto(base + "/");
  // Tab until the menu link to the municipalities has focus, then follow it.
  async function tabTo(predicate, max = 40) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(predicate)) return true;
    }
    return false;
  }
  assert.ok(await tabTo(() => document.activeElement.textContent.trim() === "Hulp in je gemeente"));
  await page.keyboard.press("Enter");
  await page.waitForURL(base + "/gemeenten/");
  assert.ok(await tabTo(() => document.activeElement.closest("main") && document.activeElement.textContent.trim() === "Heidebroek"));
  await page.keyboard.press("Enter");
  await page.waitForURL(base + "/gemeenten/heidebroek/");
  assert.ok(await tabTo(() => document.activeElement.closest("main") && document.activeElement.textContent.trim() === "De Heide", 80));
  await page.keyboard.press("Enter");
  await page.waitForURL(base + "/gemeenten/heidebroek/wijk/de-heide/");
  assert.ok(await tabTo(() => document.activeElement.closest(".dienst") !== null, 60));
  const href = await page.evaluate(() => document.activeElement.getAttribute("href"));
  await page.keyboard.press("Enter");
  await page.waitForURL(href);
  // The focused element is always visible: the theme draws a focus ring.
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  await page.close();
});
