// The example region built with `comprimeer = true`, served by a real nginx with the
// server block from the README: the search works in the browser, and nginx sends the
// security headers, the right caching, and the brotli and gzip files the build wrote.

import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, exampleCopy, freePort, guard, launch, repoRoot } from "./harness.mjs";

let nginx, base, out, browser;

/** The first ```nginx block of the README, made to serve `root` on 127.0.0.1:`port`. */
function readmeBlock(root, port) {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const block = readme.match(/```nginx\n([\s\S]*?)```/);
  assert.ok(block, "the README has an nginx block");
  const text = block[1];
  assert.match(text, /listen 80;/);
  assert.match(text, /root \/var\/www\/wijkwijzer\/public;/);
  return text.replace("listen 80;", `listen 127.0.0.1:${port};`).replace("root /var/www/wijkwijzer/public;", `root ${root};`);
}

before(async () => {
  const site = exampleCopy();
  appendFileSync(join(site, "config.toml"), '\n[extra.wijkwijzer]\ncomprimeer = true\nbeveiligingscontact = "mailto:security@voorbeeld.nl"\n');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  out = build(site, base);
  const dir = mkdtempSync(join(tmpdir(), "wijkwijzer-nginx-"));
  // Debian's module, by its absolute path (a relative one would be read from -p).
  const brotli = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${dir}/${t};`).join("\n  ");
  const conf = `${existsSync(brotli) ? `load_module ${brotli};` : ""}
${process.getuid && process.getuid() === 0 ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
${readmeBlock(out, port)}
}
`;
  writeFileSync(join(dir, "nginx.conf"), conf);
  nginx = spawn("nginx", ["-p", dir, "-c", join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  nginx.stderr.on("data", (d) => (log += d));
  const deadline = Date.now() + 10000;
  for (;;) {
    try {
      if ((await fetch(base + "/")).ok) break;
    } catch {
      if (Date.now() > deadline) {
        const errors = existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : "";
        throw new Error(`nginx did not start:\n${log}\n${errors}`);
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (nginx) nginx.kill();
});

test("nginx with the README's block sends the headers and the compressed files", async () => {
  const home = await fetch(base + "/", { headers: { "accept-encoding": "br, gzip" } });
  const html = await home.text();
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1].replaceAll("&#x27;", "'").replaceAll("&#39;", "'");
  assert.equal(home.headers.get("content-security-policy"), `${meta}; frame-ancestors 'none'`, "the header is the page's policy");
  assert.equal(home.headers.get("strict-transport-security"), "max-age=31536000");
  assert.equal(home.headers.get("cache-control"), "public, max-age=300");
  assert.equal(home.headers.get("content-encoding"), "br", "the page itself comes as brotli");

  const wasm = await fetch(base + "/zoeken/wijkwijzer_search_bg.wasm", { headers: { "accept-encoding": "br" } });
  assert.equal(wasm.headers.get("content-encoding"), "br");
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  assert.match(wasm.headers.get("vary") || "", /Accept-Encoding/i, "caches keep the encodings apart");
  const gz = await fetch(base + "/zoeken/wijkwijzer_search_bg.wasm", { headers: { "accept-encoding": "gzip" } });
  assert.equal(gz.headers.get("content-encoding"), "gzip");
  assert.equal(Buffer.from(await gz.arrayBuffer()).length, readFileSync(join(out, "zoeken/wijkwijzer_search_bg.wasm")).length, "undone it is the same file");

  const manifest = JSON.parse(readFileSync(join(out, "zoeken/manifest.json"), "utf8"));
  const part = await fetch(base + "/" + manifest.parts.info);
  assert.equal(part.status, 200);
  assert.equal(part.headers.get("cache-control"), "public, max-age=31536000, immutable");

  const security = await fetch(base + "/.well-known/security.txt");
  assert.equal(security.status, 200);
  const text = await security.text();
  assert.match(text, /^Contact: mailto:security@voorbeeld\.nl$/m);
  assert.match(text, /^Expires: \d{4}-\d{2}-\d{2}T00:00:00Z$/m);
  assert.equal((await fetch(base + "/_headers")).status, 404);

  // The web editor gets the policy Decap needs, the same one the build writes into the
  // editor's own <meta> and _headers; resident pages keep theirs.
  const admin = await fetch(base + "/admin/");
  const adminMeta = (await admin.text()).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.equal(admin.headers.get("content-security-policy"), `${adminMeta}; frame-ancestors 'none'`);
  assert.ok(readFileSync(join(out, "_headers"), "utf8").includes(`/admin/*\n  Content-Security-Policy: ${adminMeta}; frame-ancestors 'none'\n`));
});

test("the search works through nginx", async () => {
  const page = await browser.newPage();
  const problems = guard(page, base);
  await page.goto(base + "/zoeken/?q=schulden&gemeente=heidebroek");
  await page.locator("#zoekresultaten a[href*='schuldhulp-heidebroek']").first().waitFor({ timeout: 20000 });
  assert.deepEqual(problems, []);
  await page.close();
});
