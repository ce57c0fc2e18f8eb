// Search in a real browser: type, filter, follow a result, come back with the back
// button to the same query and filters; keyboard only; no console errors; and without
// JavaScript the page offers the browse pages instead.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations, build, exampleCopy, exampleSite, freePort, guard, serveStatic } from "./harness.mjs";

const { base, browser, close } = await exampleSite();
after(close);

test("type, filter, follow a result and come back", async () => {
  const page = await browser.newPage();
  const problems = guard(page, base);
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
  await page.goto(base + "/zoeken/");
  await page.getByLabel("Waar zoek je hulp bij?").fill("schulden");
  const first = page.locator("#zoekresultaten ol li a").first();
  await first.waitFor({ timeout: 20000 });
  // The services answer first; the status says how many once every part has answered.
  await page.waitForFunction(() => /resultaten gevonden/.test(document.querySelector("#zoekstatus").textContent), null, { timeout: 20000 });
  assert.equal(await page.locator("#zoekstatus").getAttribute("role"), "status");
  assert.ok((await page.locator("#zoekresultaten mark").count()) > 0, "matched words are marked");
  assert.equal(new URL(page.url()).searchParams.get("q"), "schulden", "the query is in the URL");
  // The page's preload starts the engine's download and zoeken.js compiles that same
  // download: the worker does not fetch it a second time.
  assert.equal(wasm.length, 1, wasm.join("\n"));

  await page.getByLabel("Gemeente").selectOption("heidebroek");
  await page.waitForURL(/gemeente=heidebroek/);
  await page.waitForFunction(() => {
    const hrefs = [...document.querySelectorAll("#zoekresultaten ol li h2 a")].map((a) => a.getAttribute("href"));
    return hrefs.length > 0 && hrefs.every((u) => !/lindewaard|oeverzand|rietmond/.test(u));
  });
  const urls = await page.locator("#zoekresultaten ol li h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(urls.length > 0);
  assert.ok(urls.every((u) => !u.includes("/lindewaard/") && !u.includes("/oeverzand/") && !u.includes("/rietmond/")), urls.join("\n"));
  assert.ok(urls.slice(0, 3).some((u) => u.includes("schuldhulp-heidebroek")), urls.join("\n"));

  const target = urls[0];
  await page.locator("#zoekresultaten ol li h2 a").first().click();
  await page.waitForURL(base + target);
  await page.goBack();
  await page.waitForURL(/zoeken\/\?q=schulden&gemeente=heidebroek/);
  await page.locator("#zoekresultaten li").first().waitFor();
  assert.equal(await page.getByLabel("Waar zoek je hulp bij?").inputValue(), "schulden");
  assert.equal(await page.getByLabel("Gemeente").inputValue(), "heidebroek");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a shared link with a query shows its results; nothing found is said", async () => {
  const page = await browser.newPage();
  const problems = guard(page, base);
  await page.goto(base + "/zoeken/?q=dakloos");
  await page.locator("#zoekresultaten li").first().waitFor({ timeout: 20000 });
  const text = await page.locator("#zoekresultaten").textContent();
  assert.match(text, /opvang/i);
  await page.getByLabel("Waar zoek je hulp bij?").fill("qwxzv ☕ \"(title:");
  await page.locator("#zoekstatus", { hasText: "Niets gevonden." }).waitFor();
  assert.ok(await page.locator("#zoek-zonder-js").isVisible(), "browse pages offered when nothing is found");
  assert.deepEqual(problems, []);
  await page.close();
});

test("services answer first, the info pages follow, nothing found is never said on the way", async () => {
  const page = await browser.newPage();
  const problems = guard(page, base);
  // Every text the status line shows, in order, from the first paint on.
  await page.addInitScript(() => {
    window.statusTexts = [];
    document.addEventListener("DOMContentLoaded", () => {
      const status = document.getElementById("zoekstatus");
      new MutationObserver(() => window.statusTexts.push(status.textContent)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  });
  // The info pages' part arrives late, as on a slow line with a large site.
  await page.context().route(/\/zoeken\/index\/info\.[0-9a-f]+\.wwz$/, async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.continue();
  });
  await page.goto(base + "/zoeken/?q=privacy");
  await page.locator('#zoekresultaten a[href$="/privacy/"]').waitFor({ timeout: 20000 });
  await page.locator("#zoekstatus", { hasText: /gevonden/ }).waitFor();
  const texts = await page.evaluate(() => window.statusTexts);
  assert.ok(texts.includes("Even zoeken…"), texts.join(" | "));
  assert.ok(!texts.includes("Niets gevonden."), texts.join(" | "));
  // Once everything is in, a new question gets one answer, the complete one.
  await page.evaluate(() => (window.statusTexts = []));
  await page.getByLabel("Waar zoek je hulp bij?").fill("toegankelijkheid");
  await page.locator('#zoekresultaten a[href$="/toegankelijkheid/"]').waitFor({ timeout: 20000 });
  await page.locator("#zoekstatus", { hasText: /gevonden/ }).waitFor();
  const later = await page.evaluate(() => window.statusTexts);
  assert.ok(!later.includes("Even zoeken…"), later.join(" | "));
  assert.deepEqual(problems, []);
  await page.close();
});

test("a site too large to search whole asks for a municipality and fetches only its part", async () => {
  // The example region is small; any index counts as too large with this limit, as a
  // national site's does by itself (`alles_zoeken`, SEARCH_ALL_BUDGET).
  const site = exampleCopy();
  appendFileSync(join(site, "config.toml"), "\n[extra.wijkwijzer]\nzoeken_alles_tot = 1\n");
  const port = await freePort();
  const big = `http://127.0.0.1:${port}`;
  const out = build(site, big);
  assert.equal(JSON.parse(readFileSync(join(out, "zoeken/manifest.json"), "utf8")).alles_zoeken, false);
  const host = await serveStatic(out, port);
  const page = await browser.newPage();
  const problems = guard(page, big);
  const parts = [];
  page.on("request", (r) => /\/zoeken\/index\//.test(r.url()) && parts.push(r.url().replace(/^.*\/index\//, "")));
  await page.goto(big + "/zoeken/?q=schulden");
  await page.locator("#zoekstatus", { hasText: "Kies je gemeente" }).waitFor({ timeout: 20000 });
  assert.ok(parts.length > 0 && parts.every((p) => /^(regio|info)\./.test(p)), parts.join(" "));
  assert.ok((await page.locator("#zoekresultaten li").count()) > 0, "the region's services are found");

  await page.getByLabel("Gemeente").selectOption("heidebroek");
  await page.locator('#zoekresultaten a[href*="schuldhulp-heidebroek"]').waitFor({ timeout: 20000 });
  assert.ok(!(await page.locator("#zoekstatus").textContent()).includes("Kies je gemeente"));
  assert.deepEqual(parts.filter((p) => p.startsWith("gemeente-")).map((p) => p.split(".")[0]), ["gemeente-heidebroek"]);
  assert.deepEqual(problems, []);
  await page.close();
  await host.close();
});

test("keyboard only: search and open a result", async () => {
  const page = await browser.newPage();
  await page.goto(base + "/zoeken/");
  await page.locator("#zoekterm").focus();
  await page.keyboard.type("inloop");
  await page.keyboard.press("Enter");
  await page.locator("#zoekresultaten li").first().waitFor({ timeout: 20000 });
  // Tab from the search box through the form to the first result.
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement && document.activeElement.closest("#zoekresultaten") !== null);
  }
  assert.ok(reached, "a result is reachable by Tab");
  const href = await page.evaluate(() => document.activeElement.getAttribute("href"));
  await page.keyboard.press("Enter");
  await page.waitForURL(base + href);
  await page.close();
});

test("without JavaScript the search page leads to the browse pages", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + "/zoeken/?q=schulden");
  assert.ok(await page.locator("#zoek-zonder-js").isVisible());
  await page.getByRole("link", { name: "Geld en schulden" }).first().click();
  await page.waitForURL(base + "/behoeften/geldzaken/");
  await context.close();
});

// Two letters off in seven: too far to search with, close enough to offer.
const TYPO = "deprsie";
const FIXED = "depressie";

test("nothing found offers a close word of the pages and the needs it finds; following it searches", async () => {
  // The site's own CSP refuses axe's script; this context lets it in.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const problems = guard(page, base);
  await page.goto(base + "/zoeken/?q=" + encodeURIComponent(TYPO));
  await page.locator("#zoekstatus", { hasText: "Niets gevonden." }).waitFor({ timeout: 20000 });
  const offer = page.locator("#zoekresultaten .zoeksuggestie");
  await offer.waitFor();
  assert.equal(await offer.textContent(), `Bedoelde je ${FIXED}?`);
  const needs = await page.locator("#zoekresultaten ul.kaarten a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(needs.length >= 1 && needs.every((h) => h.includes("/behoeften/")), needs.join("\n"));
  assert.deepEqual(await axeViolations(page), [], "the offer passes axe");
  await offer.getByRole("link", { name: FIXED }).click();
  await page.locator("#zoekresultaten ol li").first().waitFor({ timeout: 20000 });
  assert.equal(new URL(page.url()).searchParams.get("q"), FIXED);
  assert.equal(await page.getByLabel("Waar zoek je hulp bij?").inputValue(), FIXED);
  assert.equal(await page.locator("#zoekresultaten .zoeksuggestie").count(), 0, "no offer once something is found");
  assert.deepEqual(problems, []);
  await context.close();
});
