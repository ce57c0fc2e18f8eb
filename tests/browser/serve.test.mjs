// The dev server in a real browser: an edit reloads the open page, a broken build is
// shown in the page, and fixing it brings the page back.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, copySite, exampleCopy, startDevServer, guard, repoRoot } from "./harness.mjs";

const browser = await launch();
after(() => browser.close());

test("live reload and build errors in the browser", async () => {
  const root = copySite(join(repoRoot, "tests/fixtures/mini"));
  const server = await startDevServer(root);
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    const page = await browser.newPage();
    const problems = guard(page, origin);
    await page.goto(`${origin}/over/`);
    assert.equal(await page.textContent("h1"), "Over deze site");

    const file = join(root, "content/over.md");
    writeFileSync(file, '+++\ntitle = "Over deze site"\n+++\nNieuwe tekst na een wijziging.\n');
    await page.waitForSelector("text=Nieuwe tekst na een wijziging.", { timeout: 20000 });

    writeFileSync(file, '+++\ntitle = "Over deze site"\n+++\nKapotte [link](@/bestaat-niet.md).\n');
    const overlay = await page.waitForSelector("#wijkwijzer-build-error", { timeout: 20000 });
    assert.equal(await overlay.getAttribute("role"), "alert");
    assert.match(await overlay.textContent(), /content\/over\.md:4:\d+/);
    assert.match(await overlay.textContent(), /het bestand content\/bestaat-niet\.md bestaat niet/);

    writeFileSync(file, '+++\ntitle = "Over deze site"\n+++\nWeer goed.\n');
    await page.waitForSelector("text=Weer goed.", { timeout: 20000 });
    assert.equal(await page.$("#wijkwijzer-build-error"), null);
    assert.deepEqual(problems, []);
  } finally {
    server.stop();
  }
});

test("an edit of a service's text is found by the search at once (quick path)", async () => {
  const root = exampleCopy();
  const server = await startDevServer(root);
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    // A fresh page for each search: the dev server reloads open pages after an edit,
    // which would race with a navigation of our own.
    const guards = [];
    const search = async () => {
      let page = await browser.newPage();
      guards.push(guard(page, origin));
      // KNOWN FLAKE, not understood (session 8): now and then this first navigation to
      // the dev server gets no answer at all within 30 s, alone or in a full run, while
      // curl and a probe of the same page answer in under 0.3 s. What this test is about
      // is the answer after the edit, so a navigation that hangs is tried once more on a
      // fresh page; the closing note of session 8 asks for the cause.
      const url = `${origin}/zoeken/?q=zonnebloemzaad&gemeente=heidebroek`;
      try {
        await page.goto(url, { waitUntil: "domcontentloaded", timeout: 10000 });
      } catch {
        await page.close();
        guards.pop();
        page = await browser.newPage();
        guards.push(guard(page, origin));
        await page.goto(url, { waitUntil: "domcontentloaded", timeout: 10000 });
      }
      await page.locator("#zoekstatus", { hasText: /gevonden/ }).waitFor({ timeout: 20000 });
      const hrefs = await page.locator("#zoekresultaten a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      await page.close();
      return hrefs;
    };
    assert.deepEqual(await search(), [], "the word is not on the site yet");

    const file = join(root, "content/gemeenten/heidebroek/inloop-de-heidehoeve.md");
    writeFileSync(file, readFileSync(file, "utf8") + "\nWe delen zonnebloemzaad uit voor de tuin.\n");
    const deadline = Date.now() + 20000;
    while (!/1 pagina bijgewerkt/.test(server.log()) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    assert.match(server.log(), /1 pagina bijgewerkt/, "the edit took the quick path");

    const found = await search();
    assert.ok(found.some((u) => u.includes("/gemeenten/heidebroek/inloop-de-heidehoeve/")), found.join("\n"));
    assert.deepEqual(guards.flat(), []);
  } finally {
    server.stop();
  }
});
