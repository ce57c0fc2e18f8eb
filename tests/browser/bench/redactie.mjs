// What the web editor at /admin/ downloads, in headless Chromium against the example
// region and Decap's local backend: until the login page shows, and until the form for a
// new service is ready. Every file is counted as it is on disk and at its brotli size
// (quality 11, as `comprimeer = true` writes it); the home page in the same run is the
// baseline. Usage: node tests/browser/bench/redactie.mjs [ROUNDS]

import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { build, exampleCopy, freePort, launch, repoRoot, serveStatic } from "../harness.mjs";

const rounds = Number(process.argv[2] || 3);
// Time for what a page fetches after it shows (the search engine when idle, Decap's
// chunks for the form's widgets).
const SETTLE = 2000;

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(file);
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    sizes.set(file, { raw: statSync(file).size, br: Math.min(br, bytes.length) });
  }
  return sizes.get(file);
}

const repo = exampleCopy();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const out = build(repo, base);
let served = [];
const host = await serveStatic(out, port, { onFile: (f) => served.push(f) });
const decap = spawn(process.execPath, [join(repoRoot, "tests/browser/node_modules/decap-server/dist/index.js")], {
  env: { ...process.env, GIT_REPO_DIRECTORY: repo, PORT: "8081", BIND_HOST: "127.0.0.1" },
  stdio: "ignore",
});
// Stopped however the benchmark ends.
process.on("exit", () => decap.kill());
await new Promise((ok) => setTimeout(ok, 1500));

function take() {
  const files = [...new Set(served)];
  served = [];
  return files.reduce((sum, f) => ({ files: sum.files + 1, raw: sum.raw + size(f).raw, br: sum.br + size(f).br }), { files: 0, raw: 0, br: 0 });
}

const results = { home: [], login: [], form: [] };
const browser = await launch();
for (let round = 0; round < rounds; round++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  served = [];
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.waitForTimeout(SETTLE);
  results.home.push(take());
  await page.goto(`${base}/admin/`);
  await page.getByRole("button", { name: "Inloggen" }).waitFor();
  await page.waitForTimeout(SETTLE);
  results.login.push(take());
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.goto(`${base}/admin/#/collections/diensten-heidebroek/new`);
  await page.getByLabel("Naam van de dienst", { exact: true }).waitFor();
  await page.waitForTimeout(SETTLE);
  const form = take();
  const login = results.login.at(-1);
  results.form.push({ files: login.files + form.files, raw: login.raw + form.raw, br: login.br + form.br });
  await context.close();
}
await browser.close();
decap.kill();
await host.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1024).toFixed(1);
const home = median(results.home.map((r) => r.br));
console.log(`| what | files | on disk | brotli (q11) | brotli ÷ home page |`);
console.log(`|---|---|---|---|---|`);
for (const [name, label] of [["home", "home page (baseline)"], ["login", "/admin/ until the login page shows"], ["form", "/admin/ until the form for a new service is ready"]]) {
  const rs = results[name];
  console.log(`| ${label} | ${median(rs.map((r) => r.files))} | ${kb(median(rs.map((r) => r.raw)))} KB | ${kb(median(rs.map((r) => r.br)))} KB | ${(median(rs.map((r) => r.br)) / home).toFixed(1)}× |`);
}
