// "Snel weg" (quick exit) on the example region's pages about relations and safety: the
// first Tab stop, always on screen without covering what has focus, a real link without
// JavaScript, and with it a leave that replaces the page in history, also by pressing
// Escape twice. The neutral site is answered by the test itself: nothing leaves the machine.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axeViolations, exampleSite } from "./harness.mjs";

const NEUTRAL = "https://www.google.nl/";
const PAGES = [
  "/behoeften/relaties-veiligheid/",
  "/gemeenten/lindewaard/behoefte/relaties-veiligheid/",
  "/gemeenten/lindewaard/praatgroep-veilig-verder/",
];

let site;

before(async () => {
  site = await exampleSite();
});

after(async () => {
  await site?.close();
});

async function context(options = {}) {
  const c = await site.browser.newContext({ viewport: { width: 320, height: 640 }, ...options });
  await c.route(NEUTRAL + "**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>Zoeken</title><p>Neutraal</p>" }));
  return c;
}

test("on pages about relations and safety only, first in the Tab order, explained in plain Dutch", async () => {
  const c = await context();
  const page = await c.newPage();
  for (const path of PAGES) {
    await page.goto(site.base + path);
    const link = page.getByRole("link", { name: "Snel weg" });
    assert.equal(await link.getAttribute("href"), NEUTRAL, path);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Snel weg", path);
    const description = await link.evaluate((a) => document.getElementById(a.getAttribute("aria-describedby")).textContent);
    assert.match(description, /andere site/);
    assert.match(description, /onthoudt wel dat je hier was/);
  }
  for (const path of ["/", "/gemeenten/heidebroek/inloophuis-de-kapel/", "/behoeften/geldzaken/"]) {
    await page.goto(site.base + path);
    assert.equal(await page.getByRole("link", { name: "Snel weg" }).count(), 0, path);
  }
  await c.close();
});

test("without JavaScript it is a plain link to the neutral site", async () => {
  const c = await context({ javaScriptEnabled: false });
  const page = await c.newPage();
  await page.goto(site.base + PAGES[2]);
  await page.getByRole("link", { name: "Snel weg" }).click();
  await page.waitForURL(NEUTRAL);
  await c.close();
});

test("with JavaScript it replaces the page in history, by click and by Escape twice", async () => {
  const c = await context();
  const page = await c.newPage();
  await page.goto(site.base + "/");
  await page.goto(site.base + PAGES[2]);
  await page.getByRole("link", { name: "Snel weg" }).click();
  await page.waitForURL(NEUTRAL);
  await page.goBack();
  assert.equal(new URL(page.url()).pathname, "/", "Back skips the page that was left");

  await page.goto(site.base + PAGES[0]);
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).pathname, PAGES[0], "one Escape stays");
  await page.waitForTimeout(1200);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForURL(NEUTRAL);
  await c.close();
});

test("it never covers what has focus on a 320 px screen, and axe finds nothing", async () => {
  const c = await context({ bypassCSP: true });
  const page = await c.newPage();
  for (const path of PAGES) {
    await page.goto(site.base + path);
    const stops = await page.evaluate(() => document.querySelectorAll("a[href], button, input, select, summary").length);
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press("Tab");
      const overlap = await page.evaluate(() => {
        const f = document.activeElement;
        const b = document.querySelector(".snel-weg");
        if (!f || f === b || f === document.body) return 0;
        const r = f.getBoundingClientRect();
        const s = b.getBoundingClientRect();
        const w = Math.max(0, Math.min(r.right, s.right) - Math.max(r.left, s.left));
        const h = Math.max(0, Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top));
        return w * h;
      });
      assert.equal(overlap, 0, `${path}: Tab stop ${i} is under the button`);
    }
    assert.deepEqual(await axeViolations(page), [], path);
  }
  await c.close();
});
