// Offline help (the service worker, builder/src/offline.rs): with the network gone the
// crisis page and the offline page still open, a page never visited shows the offline
// page, and nothing but the three files kept in advance is ever in the cache. A new build
// replaces the worker and its keep; a site that turns it off removes it. "Offline" here
// is real: the test's web server is stopped, with its open connections.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { axeViolations, build, exampleCopy, freePort, launch, serveStatic } from "./harness.mjs";

let port, base, root, host, browser;

before(async () => {
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await stop();
});

/** Build `root` (a fresh copy of the example unless `again`) and serve it. */
async function serve(again = false) {
  await stop();
  if (!again) root = exampleCopy();
  host = await serveStatic(build(root, base), port);
}

async function stop() {
  if (!host) return;
  host.server.closeAllConnections();
  await host.close();
  host = null;
}

/** Every cache of the origin with the addresses in it. */
function cached(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      out[name] = keys.map((r) => r.url).sort();
    }
    return out;
  });
}

/** Until `check(state)` holds for the page's worker registrations and caches (at most 10 s).
 *  Counting a cache's entries means opening it, and opening a cache the worker has just
 *  removed makes it anew (empty): so while caches come and go, wait with
 *  `{ count: false }` (names only), and count once they are settled. */
async function until(page, check, { count = true } = {}) {
  const deadline = Date.now() + 10000;
  for (;;) {
    const state = await page.evaluate(async (count) => {
      const names = await caches.keys();
      return {
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        caches: await Promise.all(
          names.map(async (n) => [n, count && (await caches.has(n)) ? (await (await caches.open(n)).keys()).length : null])
        ),
      };
    }, count);
    if (check(state)) return state;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(state)}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** The worker is active, controls the page and has kept its three files. */
async function installed(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  return (await until(page, (s) => s.caches.length === 1 && s.caches[0][1] === 3)).caches[0][0];
}

const h1 = (page) => page.locator("h1").textContent();

test("without a network the crisis and offline pages open, other pages say so, nothing else is kept", async () => {
  await serve();
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(base + "/");
  await installed(page);

  // Browse like a resident: services, a wijk, a need, a search, a list.
  for (const path of [
    "/gemeenten/heidebroek/",
    "/gemeenten/heidebroek/wijk/dorpskern/",
    "/gemeenten/lindewaard/praatgroep-veilig-verder/",
    "/behoeften/geldzaken/",
    "/zoeken/?q=schulden",
    "/lijstje/?lijstje=heidebroek/inloophuis-de-kapel",
  ]) {
    await page.goto(base + path);
  }
  await page.locator(".lijstje-item h2").first().waitFor({ timeout: 10000 });
  const expected = ["/nu-hulp/", "/offline/", "/wijkwijzer.css"].map((p) => base + p);
  const keep = await cached(page);
  assert.deepEqual(Object.values(keep), [expected], JSON.stringify(keep));

  await stop();
  await page.goto(base + "/nu-hulp/");
  assert.equal(await h1(page), "Ik heb nu hulp nodig");
  // The stylesheet came from the keep too: the help bar has its colour.
  const bar = await page.locator(".direct-hulp").evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(bar, "rgba(0, 0, 0, 0)");
  assert.match(await page.locator("#hulplijnen + ul").textContent(), /113/);
  // With a list in the address too.
  await page.goto(base + "/nu-hulp/?lijstje=heidebroek/inloophuis-de-kapel");
  assert.equal(await h1(page), "Ik heb nu hulp nodig");

  await page.goto(base + "/offline/");
  assert.equal(await h1(page), "Geen internet");
  assert.deepEqual(await axeViolations(page), []);
  // A page never visited, and one visited: neither was stored.
  for (const path of ["/gemeenten/heidebroek/inloophuis-de-kapel/", "/gemeenten/lindewaard/praatgroep-veilig-verder/"]) {
    await page.goto(base + path);
    assert.equal(await h1(page), "Geen internet", path);
    assert.equal(page.url(), base + path, "the address stays, so Reload works when the network is back");
  }
  await page.getByRole("link", { name: "Ik heb nu hulp nodig" }).click();
  assert.equal(await h1(page), "Ik heb nu hulp nodig");
  assert.deepEqual(await cached(page), keep);
  await context.close();
});

test("a network that hangs instead of failing shows the offline page after 8 s", async () => {
  await serve();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + "/");
  await installed(page);
  // The host now takes every connection and never answers, as a used-up data bundle can.
  await stop();
  const hanging = createServer(() => {});
  await new Promise((ok) => hanging.listen(port, "127.0.0.1", ok));
  try {
    const started = Date.now();
    await page.goto(base + "/gemeenten/heidebroek/inloophuis-de-kapel/", { timeout: 20000 });
    assert.equal(await h1(page), "Geen internet");
    const waited = Date.now() - started;
    assert.ok(waited >= 7500 && waited < 12000, `waited ${waited} ms`);
    await page.goto(base + "/nu-hulp/", { timeout: 20000 });
    assert.equal(await h1(page), "Ik heb nu hulp nodig");
  } finally {
    hanging.closeAllConnections();
    await new Promise((ok) => hanging.close(ok));
  }
  await context.close();
});

test("a new build replaces the worker's keep, and a site that turns it off removes it", async () => {
  await serve();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + "/");
  const first = await installed(page);

  // The editors change the crisis page; the next visit gets the new worker and keep.
  const crisis = join(root, "content/nu-hulp.md");
  writeFileSync(crisis, readFileSync(crisis, "utf8") + "\nDeze zin is nieuw in deze versie.\n");
  await serve(true);
  await page.goto(base + "/gemeenten/heidebroek/");
  await until(page, (s) => s.caches.length === 1 && s.caches[0][0] !== first, { count: false });
  await until(page, (s) => s.caches.length === 1 && s.caches[0][1] === 3);
  await stop();
  await page.goto(base + "/nu-hulp/");
  assert.match(await page.locator("main").textContent(), /Deze zin is nieuw in deze versie/);

  // Turned off: the pages no longer register it, and the worker that the browser fetches
  // on the next visit removes itself and everything it kept.
  const config = join(root, "config.toml");
  writeFileSync(config, readFileSync(config, "utf8").replace(/\[extra\.wijkwijzer\.offline\]\naan = true/, "[extra.wijkwijzer.offline]\naan = false"));
  await serve(true);
  await page.goto(base + "/");
  assert.equal(await page.locator("script[data-offline]").count(), 0);
  await until(page, (s) => s.workers === 0 && s.caches.length === 0, { count: false });
  await stop();
  const failed = await page.goto(base + "/nu-hulp/").then(
    () => null,
    (e) => e.message
  );
  assert.match(failed ?? "", /ERR_CONNECTION_REFUSED/, "with the worker gone, offline is the browser's own error");
  await context.close();
});

test("a list the resident keeps opens without internet too, and wiping it removes it", async () => {
  await serve();
  const context = await browser.newContext();
  const page = await context.newPage();
  // One id from an old link whose file is gone: the rest is kept all the same.
  await page.goto(base + "/lijstje/?lijstje=heidebroek/inloophuis-de-kapel,regio/crisisdienst-ggz,oud/weg");
  await installed(page);
  // Only looked at: nothing of it is kept.
  assert.equal(Object.keys(await cached(page)).length, 1);
  await page.getByRole("button", { name: "Bewaar op dit apparaat" }).click();
  const files = ["/lijstje/", "/lijstje/heidebroek.json", "/lijstje/regio.json", "/lijstje-pagina.css", "/lijstje-pagina.js"];
  // The page stores its files one by one as they arrive: wait for all of them.
  await until(page, (s) => s.caches.length === 2 && s.caches.some(([name, n]) => name.endsWith(" lijstje") && n === files.length + 2));
  const keep = await cached(page);
  const list = Object.keys(keep).find((name) => name.endsWith(" lijstje"));
  assert.deepEqual(keep[list], [...files, "/wijkwijzer.css", "/wijkwijzer.js"].map((p) => base + p).sort());

  await stop();
  await page.goto(base + "/lijstje/");
  await page.locator(".lijstje-item h2").first().waitFor();
  assert.deepEqual(await page.locator(".lijstje-item h2").allTextContents(), ["Inloophuis De Kapel", "Crisisdienst GGZ Voorbeeldregio"]);
  assert.equal(await page.locator(".lijstje-item").count(), 3, "the gone one says so");

  await serve(true);
  await page.goto(base + "/lijstje/");
  await page.getByRole("button", { name: "Wis het bewaarde lijstje" }).click();
  await until(page, (s) => s.caches.length === 1, { count: false });
  await stop();
  await page.goto(base + "/lijstje/");
  assert.equal(await h1(page), "Geen internet");
  await context.close();
});
