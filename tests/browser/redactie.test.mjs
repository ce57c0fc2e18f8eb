// The web editor at /admin/ (Decap CMS, issue 13), driven like an editor would: on a
// git copy of the example region, with Decap's own local backend (`decap-server`, in
// git mode so that the editorial workflow makes a branch per change and merges it on
// "publish"). What it saves must pass `wijkwijzer check --strict` and show up on the
// site; an edit must touch only its own file and be stable on a second save; and the
// editor page may talk to nobody but the site and the local backend.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { build, exampleCopy, freePort, launch, repoRoot, serveStatic, wijkwijzerBin } from "./harness.mjs";

// Decap's local backend listens here; the generated configuration names it.
const LOCAL_BACKEND = "http://localhost:8081";
const LOCAL_ORIGINS = [LOCAL_BACKEND, "http://127.0.0.1:8081"];
const SERVICE = "content/gemeenten/heidebroek/buurtkamer-de-linde.md";
const EXISTING = "content/gemeenten/heidebroek/inloophuis-de-kapel.md";
// Screenshots for the editor guide, written when asked for (scripts/redactie-screenshots).
const SHOTS = process.env.REDACTIE_SCREENSHOTS;

function git(repo, ...args) {
  const r = spawnSync("git", ["-C", repo, "-c", "user.name=Test", "-c", "user.email=test@example.nl", ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

async function startDecapServer(repo) {
  const entry = join(repoRoot, "tests/browser/node_modules/decap-server/dist/index.js");
  const child = spawn(process.execPath, [entry], {
    cwd: repo,
    env: { ...process.env, MODE: "git", GIT_REPO_DIRECTORY: repo, PORT: "8081", BIND_HOST: "127.0.0.1", LOG_LEVEL: process.env.DECAP_LOG || "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  let exited = false;
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  child.on("exit", () => (exited = true));
  const deadline = Date.now() + 20000;
  for (;;) {
    if (exited) throw new Error(`decap-server stopped: ${log}`);
    let info = null;
    try {
      const r = await fetch("http://127.0.0.1:8081/api/v1", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: "info" }),
      });
      if (r.ok) info = await r.json();
    } catch {
      // Not listening yet.
    }
    // Ours, and not another decap-server left on the port: it serves this copy, in git mode.
    if (info && info.repo === basename(repo) && info.type === "local_git") break;
    if (info) throw new Error(`another decap-server answers on port 8081 (${JSON.stringify(info)}); stop it first`);
    if (Date.now() > deadline) throw new Error(`decap-server did not start: ${log}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return { stop: () => child.kill(), log: () => log };
}

/** The form's field with this label (Decap links labels to their inputs). */
function input(page, label) {
  return page.getByLabel(label, { exact: true });
}

/** Pick `option` in the drop-down list labelled `label`. */
async function choose(page, label, option) {
  const id = await page.locator("label", { hasText: new RegExp(`^${label}`) }).first().getAttribute("for");
  await page.locator(`[id="${id}"]`).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Save, mark as ready for review, and publish: the editorial workflow's three steps.
 *  Done when the main branch of `repo` has moved on. */
async function saveAndPublish(page, repo, shot) {
  const before = git(repo, "rev-parse", "main");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await page.getByText("Status: Concept").waitFor();
  if (shot) await shot("opgeslagen");
  await page.getByText("Status: Concept").click();
  await page.getByText("Klaar", { exact: true }).click();
  await page.getByText("Status: Klaar").waitFor();
  await page.getByRole("button", { name: "Publiceer", exact: true }).click();
  await page.getByText("Publiceer nu", { exact: true }).click();
  const deadline = Date.now() + 20000;
  while (git(repo, "rev-parse", "main") === before) {
    if (Date.now() > deadline) throw new Error("publishing did not reach the main branch");
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

function check(repo) {
  return spawnSync(wijkwijzerBin(), ["check", "--strict", "--root", repo], { encoding: "utf8" });
}

test("the web editor adds and edits a service that check accepts, and talks to nobody else", async () => {
  const repo = exampleCopy();
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "Voorbeeldregio");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const host = await serveStatic(build(repo, base), port);
  const decap = await startDecapServer(repo);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    const problems = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // Decap asks "are you sure?" before publishing; the editor says yes.
    page.on("dialog", (d) => d.accept());
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    const shot = SHOTS ? (name) => page.screenshot({ path: join(SHOTS, `${name}.png`) }) : null;

    await page.goto(`${base}/admin/`);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByText("Inloophuis De Kapel").first().waitFor();
    if (shot) await shot("overzicht");

    // A new service, through the form.
    await page.goto(`${base}/admin/#/collections/diensten-heidebroek/new`);
    await input(page, "Naam van de dienst").fill("Buurtkamer De Linde");
    await input(page, "Korte beschrijving").fill("Een huiskamer in de wijk. Loop binnen voor koffie en een praatje.");
    await choose(page, "Waar helpt de dienst bij?", "Iemand om mee te praten");
    await choose(page, "Waar helpt de dienst bij?", "Mensen ontmoeten en meedoen");
    await choose(page, "Soort dienst", "Inloop");
    await input(page, "Organisatie").fill("Stichting De Linde");
    await choose(page, "Wijken", "De Heide");
    await choose(page, "Hoe kom je binnen?", "Zonder afspraak of aanmelding");
    await choose(page, "Wat kost het?", "Gratis");
    await page.getByRole("button", { name: "Voeg telefoonnummer toe" }).click();
    // A number Decap can already tell is wrong is refused before anything is saved.
    await input(page, "Telefoonnummer").fill("bel ons");
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await page.getByText("Alleen cijfers, spaties, streepjes en haakjes", { exact: false }).first().waitFor();
    assert.equal(git(repo, "branch", "--list", "cms/*").trim(), "", "nothing saved");
    // Decap turns down the save by rejecting a promise with nothing in it.
    assert.deepEqual(problems.splice(0), ["page error: undefined"]);
    await input(page, "Telefoonnummer").fill("");
    await input(page, "Telefoonnummer").fill("0599 110 199");
    await input(page, "Openingstijden (optioneel)").first().fill("Tu,Th 10:00-16:00");
    await input(page, "Nagekeken op").fill("2026-11-30");
    await page.locator("[data-slate-editor=true]").first().click();
    await page.keyboard.type("Loop binnen voor koffie. Er is altijd iemand die luistert.");
    // The preview: the site's stylesheet, and the labels residents read, not slugs.
    const preview = page.frameLocator("iframe").first();
    await preview.getByText("Zonder afspraak of aanmelding").waitFor();
    for (const text of ["Inloop", "De Heide", "Bel 0599 110 199"]) await preview.getByText(text, { exact: true }).waitFor();
    assert.equal(await preview.locator(`link[href="${base}/wijkwijzer.css"]`).count(), 1);
    if (shot) {
      await page.locator(".Toastify__toast").first().waitFor({ state: "detached", timeout: 15000 });
      await shot("nieuwe-dienst");
    }
    await saveAndPublish(page, repo, shot);

    const file = join(repo, SERVICE);
    assert.ok(existsSync(file), "the new service is on the main branch");
    const written = readFileSync(file, "utf8");
    assert.match(written, /^gecontroleerd = 2026-11-30$/m, "the date stays a TOML date");
    assert.match(written, /^behoeften = \["praten", "meedoen"\]$/m);
    assert.match(written, /^wijken = \["de-heide"\]$/m);
    assert.doesNotMatch(written, /= ""|= \[\]/, "no empty fields are written");
    const checked = check(repo);
    assert.equal(checked.status, 0, `check --strict on what the editor wrote:\n${checked.stderr}\n${written}`);

    const site = build(repo, base);
    for (const page of ["gemeenten/heidebroek/wijk/de-heide", "gemeenten/heidebroek/behoefte/praten", "gemeenten/heidebroek/behoefte/meedoen"]) {
      assert.match(readFileSync(join(site, page, "index.html"), "utf8"), /Buurtkamer De Linde/, page);
    }

    // An existing service: change its description twice. The first save may rewrite
    // the front matter in Decap's layout; the second must change only that line.
    const editDescription = async (addition) => {
      // As an editor coming back to it: the editor loaded afresh.
      await page.goto(`${base}/admin/#/collections/diensten-heidebroek/entries/inloophuis-de-kapel`);
      await page.reload();
      const description = input(page, "Korte beschrijving");
      // The form is there before the entry is: wait for its text.
      let text = "";
      for (const deadline = Date.now() + 20000; !text; ) {
        if (Date.now() > deadline) throw new Error("the entry did not load");
        text = await description.inputValue().catch(() => "");
        if (!text) await new Promise((ok) => setTimeout(ok, 100));
      }
      await page.getByText("Gepubliceerd", { exact: true }).waitFor();
      await description.fill(`${text} ${addition}`);
      await page.getByText("Niet-opgeslagen wijzigingen", { exact: false }).waitFor();
      await saveAndPublish(page, repo);
    };
    const before = git(repo, "rev-parse", "HEAD").trim();
    await editDescription("Ook op zaterdag.");
    assert.deepEqual(git(repo, "diff", "--name-only", before, "HEAD").trim().split("\n"), [EXISTING]);
    assert.equal(check(repo).status, 0, check(repo).stderr);
    const first = git(repo, "rev-parse", "HEAD").trim();
    await editDescription("Met lunch.");
    const diff = git(repo, "diff", "--unified=0", first, "HEAD", "--", EXISTING);
    const changed = diff.split("\n").filter((l) => /^[-+][^-+]/.test(l));
    assert.equal(changed.length, 2, `a second save changes one line:\n${diff}`);
    assert.match(changed[1], /^\+description = ".*Met lunch\."$/);
    assert.deepEqual(git(repo, "diff", "--name-only", first, "HEAD").trim().split("\n"), [EXISTING]);
    assert.equal(check(repo).status, 0, check(repo).stderr);

    const elsewhere = requests.filter((url) => !url.startsWith(`${base}/`) && !LOCAL_ORIGINS.some((o) => url.startsWith(`${o}/`)));
    assert.deepEqual(elsewhere, [], "requests beyond the site and the local backend");
    assert.ok(requests.some((url) => url.startsWith(LOCAL_BACKEND)), "the editor used the local backend");
    assert.deepEqual(problems, []);
  } catch (e) {
    console.log(decap.log());
    throw e;
  } finally {
    await browser.close();
    decap.stop();
    await host.close();
  }
});
