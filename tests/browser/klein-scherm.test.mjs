// A small screen shows the answer first: on a 320×640 phone the page's own heading
// starts in the top quarter (the menu is a disclosure that works without JavaScript,
// the help lines one line with 112 and 113 one tap away, the breadcrumb one link back).
// Screenshots at 320, 390 and 1280 px go to target/screenshots/ for people to look at.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { axeViolations, exampleSite, repoRoot } from "./harness.mjs";

const shots = join(repoRoot, "target", "screenshots");

const PAGES = {
  home: "/",
  wijk: "/gemeenten/heidebroek/wijk/dorpskern/",
  dienst: "/gemeenten/heidebroek/inloophuis-de-kapel/",
};

let site;

before(async () => {
  site = await exampleSite();
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await site?.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`the heading starts in the top quarter of a 320×640 screen (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
    for (const width of [320, 390]) {
      const context = await site.browser.newContext({ viewport: { width, height: 640 }, javaScriptEnabled });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(PAGES)) {
        await page.goto(site.base + path);
        const top = await page.locator("h1").evaluate((h) => h.getBoundingClientRect().top);
        assert.ok(top <= 160, `${name} at ${width} px: h1 starts at ${Math.round(top)} px`);
        // 112 and 113 are on the first screen, each one tap away and read out by name.
        for (const [number, label] of [["112", /Alarmnummer: 112/], ["113", /Zelfmoordpreventie: 113/]]) {
          const link = page.locator(`.direct-hulp a[href="tel:${number}"]`);
          const box = await link.boundingBox();
          assert.ok(box && box.y + box.height <= 640 && box.height >= 24, `${name} at ${width}: ${number} ${JSON.stringify(box)}`);
          assert.match(await link.evaluate((a) => a.textContent), label);
        }
        if (javaScriptEnabled) await page.screenshot({ path: join(shots, `${name}-${width}.png`) });
      }
      await context.close();
    }
  });
}

test("the menu is a disclosure on a phone, open on a wide screen, without JavaScript too", async () => {
  const phone = await site.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
  const page = await phone.newPage();
  await page.goto(site.base + PAGES.dienst);
  const zoeken = page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Zoeken" });
  assert.equal(await zoeken.isVisible(), false);
  // Keyboard: Tab to "Menu", Enter opens it.
  const summary = page.locator(".hoofdmenu summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  assert.equal(await zoeken.isVisible(), true);
  await phone.close();

  const wide = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const desk = await wide.newPage();
  for (const [name, path] of Object.entries(PAGES)) {
    await desk.goto(site.base + path);
    assert.equal(await desk.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Zoeken" }).isVisible(), true, name);
    assert.equal(await desk.locator(".hoofdmenu summary").isVisible(), false, name);
    await desk.screenshot({ path: join(shots, `${name}-1280.png`) });
  }
  await wide.close();
});

test("axe finds nothing on a phone-sized page with the menu open", async () => {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const page = await context.newPage();
  for (const path of Object.values(PAGES)) {
    await page.goto(site.base + path);
    await page.locator(".hoofdmenu summary").click();
    assert.deepEqual(await axeViolations(page), [], path);
  }
  await context.close();
});
