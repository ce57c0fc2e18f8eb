// The cold first result on a slow phone (issue 16): the search page opened with a query in
// its address, on a host that serves brotli, in Chromium with its CPU slowed down 4× and a
// 1.6 Mbit/s link with 150 ms of latency; Wijkwijzer's search page beside a page that does
// the same with Pagefind, on the same built site, in one run.
//   BENCH_PORT=PORT node bench/slow-phone.mjs PUBLIC_DIR [RUNS] [QUERY]
// PUBLIC_DIR is a site built by `wijkwijzer build --base-url http://127.0.0.1:PORT` and
// indexed by `pagefind`. Each run is
// a fresh browser context (nothing cached); the time is from the start of the navigation
// to the first result on screen. scripts/bench-search runs it on the example region.

import { createServer } from "node:http";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { extname, join, normalize, resolve } from "node:path";
import { launch } from "../harness.mjs";

const dir = resolve(process.argv[2] || "");
const runs = Number(process.argv[3] || 5);
const query = process.argv[4] || "schulden";
const LATENCY_MS = 150;
const BYTES_PER_SECOND = 1_600_000 / 8;
const CPU_SLOWDOWN = 4;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

// The page Pagefind's side is measured with: its JS API, as its own UI uses it, showing
// the first results' titles. Written next to the site for the run, removed after.
const PAGEFIND_PAGE = "pagefind-bench.html";
writeFileSync(
  join(dir, PAGEFIND_PAGE),
  `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Pagefind</title><ol id="uit"></ol>
<script type="module">
const pf = await import("/pagefind/pagefind.js");
const q = new URLSearchParams(location.search).get("q");
const search = await pf.search(q);
const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
for (const d of data) document.getElementById("uit").appendChild(document.createElement("li")).textContent = d.meta.title;
</script>`
);

/** Every file once at brotli quality 11, as a host that compresses ahead would serve it. */
const packed = new Map();
function brotli(file) {
  if (!packed.has(file)) {
    const bytes = readFileSync(file);
    packed.set(
      file,
      brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      })
    );
  }
  return packed.get(file);
}

// Compressed ahead, as such a host does: compressing while a run waits would count too.
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && !/\.pf_/.test(file)) brotli(file);
}

// One link for every response: bytes leave at 1.6 Mbit/s in total, shared in turn by the
// responses under way, each after the link's latency.
const sending = [];
setInterval(() => {
  let budget = BYTES_PER_SECOND / 100;
  while (budget > 0 && sending.length) {
    const s = sending[0];
    const n = Math.min(1400, budget, s.body.length - s.at);
    s.res.write(s.body.subarray(s.at, s.at + n));
    s.at += n;
    budget -= n;
    sending.shift();
    if (s.at < s.body.length) sending.push(s);
    else s.res.end();
  }
}, 10).unref();

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = normalize(join(dir, path));
  if (file.startsWith(dir) && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  setTimeout(() => {
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] || "application/octet-stream";
    // Pagefind's index files are gzip inside already; everything else goes as brotli.
    const br = /\bbr\b/.test(req.headers["accept-encoding"] || "") && !/\.pf_/.test(file);
    const body = br ? brotli(file) : readFileSync(file);
    res.writeHead(200, { "content-type": type, ...(br ? { "content-encoding": "br" } : {}) });
    sending.push({ res, body, at: 0 });
  }, LATENCY_MS);
});
// The site's own addresses are absolute: build it for this port (BENCH_PORT).
await new Promise((ok) => server.listen(Number(process.env.BENCH_PORT || 0), "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Milliseconds from the start of the navigation to `selector` on screen, cold. */
async function coldFirst(path, selector) {
  const context = await browser.newContext();
  // The page notes the moment the first result is in the document (performance.now()
  // counts from the start of the navigation).
  await context.addInitScript((sel) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) {
        window.__first = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  // BENCH_TRACE=1 prints when each request starts and ends, to see the chain.
  const t0 = Date.now();
  if (process.env.BENCH_TRACE) {
    context.on("request", (r) => console.error(`${Date.now() - t0}ms start ${r.url().replace(origin, "")}`));
    context.on("requestfinished", (r) => console.error(`${Date.now() - t0}ms end   ${r.url().replace(origin, "")}`));
  }
  await page.goto(origin + path, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__first !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__first);
  await context.close();
  return ms;
}

const q = encodeURIComponent(query);
const rows = [
  ["Wijkwijzer, search page with ?q=", `/zoeken/?q=${q}`, "#zoekresultaten li"],
  ["Pagefind 1.6.0, the same search through its API", `/${PAGEFIND_PAGE}?q=${q}`, "#uit li"],
];
const results = [];
for (const [engine, path, selector] of rows) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await coldFirst(path, selector));
  results.push({ engine, median: median(times), times });
}
await browser.close();
server.close();
rmSync(join(dir, PAGEFIND_PAGE));

console.log(`\nCold first result for "${query}": CPU ${CPU_SLOWDOWN}× slower, 1.6 Mbit/s, ${LATENCY_MS} ms, brotli; ${runs} runs\n`);
console.log("| engine | median | runs (ms) |\n|---|---|---|");
for (const r of results) console.log(`| ${r.engine} | ${Math.round(r.median)} ms | ${r.times.map(Math.round).join(" ")} |`);
console.log(JSON.stringify(results));
