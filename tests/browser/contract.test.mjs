// One search contract: the worker asks the engine which index parts a search needs
// (manifest::parts_for), and `wijkwijzer search` uses the same function. Here both
// answer the same requests on a site small enough to search whole and on one that is
// not; and the worker's message protocol (search-wasm/js/protocol.d.ts) type-checks
// against the JavaScript that speaks it.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build, exampleCopy, freePort, guard, launch, repoRoot, serveStatic, wijkwijzerBin } from "./harness.mjs";

const browser = await launch();
after(() => browser.close());

/** The part names `wijkwijzer search` opens for this request. */
function nativeParts(out, gemeente) {
  const args = ["search", "schulden", "--output-dir", out, "--explain", "--limit", "1"];
  if (gemeente) args.push("--gemeente", gemeente);
  const r = spawnSync(wijkwijzerBin(), args, { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const line = r.stdout.split("\n").find((l) => l.startsWith("parts: "));
  assert.ok(line, r.stdout);
  return line.slice("parts: ".length).split(", ").sort();
}

/** The part names a fresh browser fetches to answer this request completely. */
async function browserParts(base, out, gemeente) {
  const manifest = JSON.parse(readFileSync(join(out, "zoeken/manifest.json"), "utf8"));
  const byFile = Object.fromEntries(Object.entries(manifest.parts).map(([name, file]) => [file.replace(/^.*\//, ""), name]));
  const page = await browser.newPage();
  const problems = guard(page, base);
  const fetched = [];
  page.on("request", (r) => {
    if (/\/zoeken\/index\//.test(r.url())) fetched.push(byFile[r.url().replace(/^.*\//, "")] || r.url());
  });
  await page.goto(base + "/zoeken/?q=schulden" + (gemeente ? "&gemeente=" + gemeente : ""));
  await page.locator("#zoekstatus", { hasText: /gevonden/ }).waitFor({ timeout: 20000 });
  assert.deepEqual(problems, []);
  await page.close();
  return fetched.sort();
}

async function compare(root, expectWhole) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const out = build(root, base);
  const manifest = JSON.parse(readFileSync(join(out, "zoeken/manifest.json"), "utf8"));
  assert.equal(manifest.alles_zoeken, expectWhole);
  const host = await serveStatic(out, port);
  try {
    for (const gemeente of [null, "heidebroek"]) {
      const native = nativeParts(out, gemeente);
      const inBrowser = await browserParts(base, out, gemeente);
      assert.deepEqual(inBrowser, native, `gemeente ${gemeente}`);
      if (gemeente) assert.deepEqual(native, ["gemeente-heidebroek", "info", "regio"]);
      else if (expectWhole) assert.deepEqual(native, Object.keys(manifest.parts).sort());
      else assert.deepEqual(native, ["info", "regio"]);
    }
  } finally {
    await host.close();
  }
}

test("native search and the browser fetch the same parts on a site small enough to search whole", async () => {
  await compare(repoRoot, true);
});

test("native search and the browser fetch the same parts on a site too large to search whole", async () => {
  const site = exampleCopy();
  // Any site larger than this many bytes of index counts as too large.
  appendFileSync(join(site, "config.toml"), "\n[extra.wijkwijzer]\nzoeken_alles_tot = 1\n");
  await compare(site, false);
});

test("the worker's messages type-check against search-wasm/js/protocol.d.ts", () => {
  const tsc = join(repoRoot, "tests/browser/node_modules/typescript/bin/tsc");
  for (const config of ["tsconfig.worker.json", "tsconfig.page.json"]) {
    const r = spawnSync(process.execPath, [tsc, "-p", join(repoRoot, "tests/browser", config)], { encoding: "utf8" });
    assert.equal(r.status, 0, `${config}:\n${r.stdout}${r.stderr}`);
  }
});
