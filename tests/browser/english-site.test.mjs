// A site whose default language is English: the example region with
// `default_language = "en"` (its Dutch texts stay as they are). Every template and every
// page script speaks English from the theme's catalogue, and axe finds nothing on any
// template type.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATE_PAGES, axeViolations, build, exampleCopy, freePort, guard, launch, serveStatic } from "./harness.mjs";

let base, host, browser, root;

before(async () => {
  root = exampleCopy();
  const config = join(root, "config.toml");
  const text = readFileSync(config, "utf8");
  // No second language: English is the site's own.
  const start = text.indexOf("[languages.en]");
  const end = text.indexOf("[extra]\n", start);
  writeFileSync(config, (text.slice(0, start) + text.slice(end)).replace('default_language = "nl"', 'default_language = "en"'));
  for (const page of ["_index.en.md", "nu-hulp.en.md", "zorgen-om-iemand.en.md"]) rmSync(join(root, "content", page));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  host = await serveStatic(build(root, base), port);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});


for (const [kind, path] of Object.entries(TEMPLATE_PAGES)) {
  test(`${kind} in English: no WCAG A/AA violations`, async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base + path);
    if (kind === "search_results") await page.locator("#zoekresultaten li").first().waitFor();
    if (kind === "list") await page.locator(".lijstje-item h2").first().waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test("the pages' scripts speak English: open now, the list, search and the postcode finder", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, base);
  await page.goto(base + "/gemeenten/heidebroek/inloop-de-heidehoeve/");
  assert.equal(await page.locator("h2", { hasText: "Contact" }).count(), 1);
  await page.getByRole("button", { name: "Add to my list" }).click();
  await page.locator(".nu-open:not([hidden])").first().waitFor();
  assert.match(await page.locator(".nu-open").first().innerText(), /^(Open now|Closed|Public holiday: call first)/);
  await page.getByRole("link", { name: "My list (1)" }).click();
  await page.locator(".lijstje-item h2").first().waitFor();
  assert.ok(await page.getByRole("button", { name: "Print" }).isVisible());
  assert.ok(await page.getByRole("link", { name: "Send as text message" }).isVisible());

  await page.goto(base + "/zoeken/?q=schulden");
  await page.locator("#zoekresultaten li").first().waitFor();
  // The services answer first ("Searching…"), the info pages follow.
  await page.locator("#zoekstatus", { hasText: /results? found/ }).waitFor();
  assert.match(await page.locator("#zoekstatus").innerText(), /^\d+ results? found\./);

  await page.goto(base + "/");
  await page.getByLabel("Your postcode").fill("1234");
  await page.getByRole("button", { name: "Find help" }).click();
  await page.getByText("Postcode 1234 is not in this region.").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
