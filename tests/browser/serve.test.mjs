// The dev server in a real browser: an edit reloads the open page, a broken build is
// shown in the page, and fixing it brings the page back.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, copySite, startDevServer, guard, repoRoot } from "./harness.mjs";

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
    assert.match(await overlay.textContent(), /there is no file content\/bestaat-niet\.md/);

    writeFileSync(file, '+++\ntitle = "Over deze site"\n+++\nWeer goed.\n');
    await page.waitForSelector("text=Weer goed.", { timeout: 20000 });
    assert.equal(await page.$("#wijkwijzer-build-error"), null);
    assert.deepEqual(problems, []);
  } finally {
    server.stop();
  }
});
