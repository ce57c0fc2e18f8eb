// The postcode finder in a real browser: with JavaScript it goes straight to the wijk
// page, looking the postcode up in the site's own table; without JavaScript the form
// lands on the list of all postcodes, which links to the same wijk page.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { exampleSite, guard } from "./harness.mjs";

const { base, browser, close } = await exampleSite();
after(close);

test("with JavaScript: a postcode leads to its wijk page", async () => {
  const page = await browser.newPage();
  const problems = guard(page, base);
  await page.goto(base + "/");
  await page.getByLabel("Je postcode").first().fill("9903 AB");
  await page.getByRole("button", { name: "Zoek hulp" }).first().click();
  await page.waitForURL(base + "/gemeenten/heidebroek/wijk/de-heide/");
  assert.equal(await page.textContent("h1"), "Hulp in De Heide");
  assert.deepEqual(problems, []);
  await page.close();
});

test("with JavaScript: an unknown postcode is said, politely, in a live region", async () => {
  const page = await browser.newPage();
  await page.goto(base + "/gemeenten/");
  await page.getByLabel("Je postcode").fill("1234");
  await page.keyboard.press("Enter");
  const status = page.locator(".postcode-melding");
  await status.filter({ hasText: "hoort niet bij deze regio" }).waitFor();
  assert.equal(await status.getAttribute("role"), "status");
  assert.equal(page.url(), base + "/gemeenten/");
  await page.close();
});

test("without JavaScript: the form lands on the postcode list, which links to the wijk", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = guard(page, base);
  await page.goto(base + "/");
  await page.getByLabel("Je postcode").first().fill("9903");
  await page.getByRole("button", { name: "Zoek hulp" }).first().click();
  await page.waitForURL(base + "/postcode/?postcode=9903");
  const link = page.locator("#pc-9903 a").first();
  assert.equal(await link.textContent(), "De Heide");
  await link.click();
  await page.waitForURL(base + "/gemeenten/heidebroek/wijk/de-heide/");
  assert.deepEqual(problems, []);
  await context.close();
});

test("arriving at /postcode/?postcode= with JavaScript goes on to the wijk", async () => {
  const page = await browser.newPage();
  await page.goto(base + "/postcode/?postcode=9903");
  await page.waitForURL(base + "/gemeenten/heidebroek/wijk/de-heide/");
  await page.close();
});
