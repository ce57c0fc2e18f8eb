// The browser test harness: builds or serves a site with the real `wijkwijzer` binary
// and drives Debian's headless Chromium through playwright-core. Every browser test
// in the project goes through here.

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync, createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

export const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");

export function wijkwijzerBin() {
  return process.env.WIJKWIJZER_BIN || join(repoRoot, "target/debug/wijkwijzer");
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

/** A copy of a site folder in a temp dir, so a test may edit it. */
export function copySite(from) {
  const dir = mkdtempSync(join(tmpdir(), "wijkwijzer-site-"));
  cpSync(from, dir, { recursive: true, filter: (src) => !src.includes("/public") });
  return dir;
}

/** A copy of the example region (config.toml and content/) that a test may edit. */
export function exampleCopy() {
  const dir = mkdtempSync(join(tmpdir(), "wijkwijzer-site-"));
  cpSync(join(repoRoot, "config.toml"), join(dir, "config.toml"));
  cpSync(join(repoRoot, "content"), join(dir, "content"), { recursive: true });
  return dir;
}

/** Build `root` for `baseUrl` into a temp folder; returns the folder. */
export function build(root, baseUrl) {
  const out = mkdtempSync(join(tmpdir(), "wijkwijzer-out-"));
  const r = spawnSync(wijkwijzerBin(), ["build", "--root", root, "--output-dir", join(out, "site"), "--base-url", baseUrl], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  return join(out, "site");
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".txt": "text/plain",
  ".yml": "text/yaml",
};

/**
 * A small directory site for clock tests: one municipality "Dorp" with wijk "oost",
 * the needs `praten` and `nu-hulp`, one help line, and the given services
 * (`{ "name.md": dienstPage(...) }` under content/gemeenten/dorp/). Built with the
 * build's "now" fixed (SOURCE_DATE_EPOCH, seconds) and served; `close()` stops it.
 */
export async function clockSite(prefix, services, sourceDateEpoch) {
  const root = mkdtempSync(join(tmpdir(), `wijkwijzer-${prefix}-`));
  const files = {
    "config.toml": `base_url = "https://voorbeeld.nl"
title = "Test"
taxonomies = [{ name = "behoeften" }]
[extra]
[[extra.behoeften]]
slug = "praten"
label = "Iemand om mee te praten"
[[extra.behoeften]]
slug = "nu-hulp"
label = "Ik heb nu hulp nodig"
[[extra.soorten]]
slug = "inloop"
label = "Inloop"
[[extra.hulplijnen]]
naam = "113 Zelfmoordpreventie"
nummer = "113"
wanneer = "Denk je aan zelfdoding? Bel 113."
bron = "https://www.113.nl/"
gecontroleerd = 2026-11-01
`,
    "content/gemeenten/dorp/_index.md": `+++\ntitle = "Dorp"\n[extra.gemeente]\ncode = "GM9001"\n[[extra.gemeente.wijken]]\nslug = "oost"\nnaam = "Oost"\npostcodes = ["7001"]\n+++\n`,
  };
  for (const [name, text] of Object.entries(services)) files[`content/gemeenten/dorp/${name}`] = text;
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, ".."), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  const out = join(root, "public");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const r = spawnSync(wijkwijzerBin(), ["build", "--root", root, "--output-dir", out, "--base-url", base], {
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: String(sourceDateEpoch) },
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  const host = await serveStatic(out, port);
  return { base, close: () => host.close() };
}

/** A service page in wijk "oost" of clockSite's "Dorp"; `extra` goes into [extra.dienst]. */
export function dienstPage(title, extra = "", behoeften = '["praten"]') {
  return `+++
title = "${title}"
description = "Koffie en een praatje."
[taxonomies]
behoeften = ${behoeften}
[extra.dienst]
soort = "inloop"
organisatie = "Stichting"
wijken = ["oost"]
toegang = "vrij"
kosten = "gratis"
telefoon = ["0575 123 456"]
gecontroleerd = 2026-11-01
${extra}
+++
Tekst.
`;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules every page is held to. */
/** One page of every template type of the example region, for checks that go over all
 *  of them (axe in Dutch and English). */
export const TEMPLATE_PAGES = {
  home: "/",
  service: "/gemeenten/heidebroek/inloop-de-heidehoeve/",
  municipality: "/gemeenten/heidebroek/",
  wijk: "/gemeenten/heidebroek/wijk/de-heide/",
  need: "/gemeenten/heidebroek/behoefte/praten/",
  taxonomy_list: "/behoeften/",
  taxonomy_term: "/behoeften/geldzaken/",
  postcodes: "/postcode/",
  search_results: "/zoeken/?q=schulden",
  not_found: "/bestaat-niet/",
  offline: "/offline/",
  list: "/lijstje/?lijstje=heidebroek/inloophuis-de-kapel",
};

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * axe-core's violations of WCAG_TAGS on the page as it is now, one line each. The
 * page's context needs `bypassCSP: true`: the site's own CSP (rightly) refuses axe.
 */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, WCAG_TAGS);
}

/** Serve a built folder on 127.0.0.1 (any free port), like a plain static host.
 *  `onFile` hears of every file served (the search benchmark counts bytes with it). */
export async function serveStatic(dir, port = 0, { onFile } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      createReadStream(join(dir, "404.html")).pipe(res);
      return;
    }
    if (onFile) onFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  return { server, port: server.address().port, close: () => new Promise((ok) => server.close(ok)) };
}

/** A port that is free right now. */
export async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, "127.0.0.1", ok));
  const port = s.address().port;
  await new Promise((ok) => s.close(ok));
  return port;
}

/** Start `wijkwijzer serve` and wait until it answers. */
export async function startDevServer(root) {
  const port = await freePort();
  const child = spawn(wijkwijzerBin(), ["serve", "--root", root, "--port", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.status < 500) break;
    } catch {
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  return { port, log: () => log, stop: () => child.kill() };
}

/**
 * Watch a page for what must never happen: console errors, uncaught exceptions,
 * requests to another origin, cookies.
 */
export function guard(page, origin, { expectMissing = [] } = {}) {
  const problems = [];
  page.on("console", (m) => {
    // A failed load is reported below with its address, which says more.
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(`console error: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !expectMissing.includes(r.url())) problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:")) problems.push(`request to another origin: ${url}`);
  });
  return problems;
}

/**
 * The example region built for a free local port, served, with a browser: what most
 * browser tests start from. `close()` stops both.
 */
export async function exampleSite() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const out = build(repoRoot, base);
  const host = await serveStatic(out, port);
  const browser = await launch();
  return {
    base,
    out,
    browser,
    close: async () => {
      await browser.close();
      await host.close();
    },
  };
}
