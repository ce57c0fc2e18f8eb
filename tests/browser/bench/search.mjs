// Search benchmark in headless Chromium: Wijkwijzer's engine against Pagefind on the same
// built site, in one run. Usage (scripts/bench-search does all of it):
//   node bench/search.mjs PUBLIC_DIR [ROUNDS]
// PUBLIC_DIR is a site built by `wijkwijzer build` and indexed by `pagefind`.
// Bytes are what the server sent, each file counted at its brotli size (quality 11);
// latency is measured in the page, from asking to having a list of results to show.

import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { resolve } from "node:path";
import { launch, serveStatic } from "../harness.mjs";

const dir = resolve(process.argv[2] || "");
const rounds = Number(process.argv[3] || 5);
const LIMIT = 10;
// Words residents use (shared with the native benchmark); the last word is searched as a
// prefix, as while typing.
const QUERIES = readFileSync(new URL("../../search_bench_queries.txt", import.meta.url), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));

const brotliSizes = new Map();
function brotli(file) {
  if (!brotliSizes.has(file)) {
    const bytes = readFileSync(file);
    const packed = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
    brotliSizes.set(file, packed.length);
  }
  return brotliSizes.get(file);
}

let served = [];
const server = await serveStatic(dir, 0, { onFile: (f) => served.push(f) });
const origin = `http://127.0.0.1:${server.port}`;
/** Brotli bytes of the files served since the last call whose path contains `part`,
 *  and of those whose path contains `later` too. */
function takeBytes(part, later = null) {
  const files = served.filter((f) => f.includes(part));
  served = [];
  const sum = (list) => list.reduce((n, f) => n + brotli(f), 0);
  return later === null ? sum(files) : [sum(files), sum(files.filter((f) => f.includes(later)))];
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (v) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil(v.length * 0.95) - 1)];

const browser = await launch();

/** Wijkwijzer: the worker the search page uses, asked directly from a page without scripts.
 *  `whole`: search every part even where the builder judged them too large together. */
async function wijkwijzer(gemeente, { whole = false } = {}) {
  const context = await browser.newContext();
  if (whole) {
    await context.route(/\/zoeken\/manifest\.json$/, async (route) => {
      const response = await route.fetch();
      const manifest = await response.json();
      await route.fulfill({ response, json: { ...manifest, alles_zoeken: true } });
    });
  }
  const page = await context.newPage();
  await page.goto(origin + "/robots.txt");
  takeBytes("");
  await page.evaluate(() => {
    window.ww = new Worker("/zoeken/worker.js");
    let id = 0;
    window.ask = (request) =>
      new Promise((ok, fail) => {
        const mine = ++id;
        const started = performance.now();
        let first = null;
        let partial = false;
        window.ww.onmessage = (e) => {
          if (e.data.id !== mine) return;
          if (e.data.type === "error") return fail(new Error(e.data.message));
          if (first === null) first = performance.now() - started;
          if (e.data.partial) partial = true;
          else ok({ first, partial, complete: performance.now() - started, total: e.data.answer.total });
        };
        window.ww.postMessage({ type: "search", id: mine, request });
      });
  });
  const request = (query) => ({ query, limit: 10, ...(gemeente ? { gemeente } : {}) });
  const first = await page.evaluate((r) => window.ask(r), request(QUERIES[0]));
  // The worker answers from the services first, then again with the info pages (which
  // it fetches at the same time): the first answer needs everything but the info part.
  const [completeBytes, infoBytes] = takeBytes("/zoeken/", "/index/info.");
  const firstBytes = first.partial ? completeBytes - infoBytes : completeBytes;
  const zoekenJs = brotli(resolve(dir, "zoeken/zoeken.js"));
  const perQuery = [];
  const latency = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES.slice(round === 0 ? 1 : 0)) {
      const r = await page.evaluate((req) => window.ask(req), request(q));
      if (round === 0) perQuery.push(takeBytes("/zoeken/"));
      else latency.push(r.complete);
    }
  }
  await context.close();
  return {
    engine: gemeente
      ? `Wijkwijzer, one municipality (${gemeente})`
      : whole
        ? "Wijkwijzer, every part (the whole country)"
        : "Wijkwijzer, no municipality chosen",
    firstBytes: firstBytes + zoekenJs,
    completeBytes: completeBytes + zoekenJs,
    firstMs: first.first,
    completeMs: first.complete,
    perQuery,
    latency,
  };
}

/** Pagefind through its JS API, as its UI uses it: search, then the data of the top results. */
async function pagefind() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + "/robots.txt");
  takeBytes("");
  await page.evaluate(async () => {
    window.pf = await import("/pagefind/pagefind.js");
    await window.pf.init();
    window.ask = async (query, limit) => {
      const started = performance.now();
      const search = await window.pf.search(query);
      const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
      return { complete: performance.now() - started, hits: data.length, total: search.results.length };
    };
  });
  const first = await page.evaluate(([q, l]) => window.ask(q, l), [QUERIES[0], LIMIT]);
  const firstBytes = takeBytes("/pagefind/");
  const perQuery = [];
  const latency = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES.slice(round === 0 ? 1 : 0)) {
      const r = await page.evaluate(([query, l]) => window.ask(query, l), [q, LIMIT]);
      if (round === 0) perQuery.push(takeBytes("/pagefind/"));
      else latency.push(r.complete);
    }
  }
  await context.close();
  return {
    engine: "Pagefind 1.6.0, the whole site",
    firstBytes,
    completeBytes: firstBytes,
    firstMs: first.complete,
    completeMs: first.complete,
    perQuery,
    latency,
  };
}

const gemeente = process.env.BENCH_GEMEENTE || "gemeente-042";
const results = [];
try {
  results.push(await wijkwijzer(gemeente));
  results.push(await wijkwijzer(null));
  results.push(await wijkwijzer(null, { whole: true }));
  results.push(await pagefind());
} finally {
  await browser.close();
  await server.close();
}

const kb = (b) => (b / 1000).toFixed(1);
console.log(`\n${QUERIES.length} queries, ${rounds - 1} warm rounds, top ${LIMIT} results with their data\n`);
console.log("| engine | bytes for the first result (brotli) | … with all parts it searches | first result (cold, localhost) | bytes per further query (median / max) | warm query median | warm query p95 |");
console.log("|---|---|---|---|---|---|---|");
for (const r of results) {
  console.log(
    `| ${r.engine} | ${kb(r.firstBytes)} KB | ${kb(r.completeBytes)} KB | ${r.firstMs.toFixed(0)} ms | ${kb(median(r.perQuery))} / ${kb(Math.max(...r.perQuery))} KB | ${median(r.latency).toFixed(2)} ms | ${p95(r.latency).toFixed(2)} ms |`
  );
}
console.log("\n" + JSON.stringify(results.map((r) => ({ ...r, perQuery: undefined, latency: undefined, latencyMedian: median(r.latency), latencyP95: p95(r.latency) }))));
