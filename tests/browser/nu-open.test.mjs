// "Nu open · tot 17:00": the builder works out the coming weeks' opening times in Dutch
// wall-clock time and the page only compares the clock (themes/default/src/klok.js). Built on Monday
// 1 March 2027 (SOURCE_DATE_EPOCH); the page clock is set with Playwright's clock
// control. In the six weeks the build covers lie the change to summer time (the night to
// 28 March), Easter (28 and 29 March, public holidays) and two first Saturdays.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axeViolations, clockSite, dienstPage, launch } from "./harness.mjs";


let site, browser, base;

before(async () => {
  const services = {
    "werkdagen.md": dienstPage("Inloop Werkdagen", `openingstijden = "Mo-Fr 09:00-17:00"`),
    "feestdag-dicht.md": dienstPage("Inloop Feestdag Dicht", `openingstijden = "Mo-Fr 08:30-17:00; PH off"`),
    "zaterdag.md": dienstPage("Repair Café", `openingstijden = "Sa[1] 10:00-14:00"`),
    "crisis.md": dienstPage("Crisisteam Overdag", `openingstijden = "Mo-Fr 09:00-17:00"`, '["nu-hulp"]'),
    "verbouwing.md": dienstPage(
      "Inloop Verbouwing",
      `status = "tijdelijk-gesloten"\ngesloten_tot = 2027-03-10\nopeningstijden = "Mo-Fr 09:00-17:00"`,
    ),
    "een-plek.md": dienstPage(
      "Inloop Een Plek",
      `[[extra.dienst.locaties]]\nnaam = "Wijkcentrum"\nadres = "Dorpsweg 3"\npostcode = "7001 AC"\nplaats = "Dorp"\nopeningstijden = "Tu 10:00-15:00"`,
    ),
    "nacht.md": dienstPage("Nachtopvang", `openingstijden = "Mo-Su 21:00-09:00; PH 21:00-09:00"`),
    "altijd.md": dienstPage("Crisislijn Altijd", `openingstijden = "24/7"`, '["nu-hulp"]'),
    "avond.md": dienstPage("Avondinloop", `openingstijden = "Mo-Fr 18:00-24:00"`),
    "afspraak.md": dienstPage("Spreekuur Op Afspraak", `openingstijden = "Mo 10:00-12:00 unknown"`),
    "locatie.md": dienstPage(
      "Inloop Twee Plekken",
      `[[extra.dienst.locaties]]\nnaam = "Buurthuis Oost"\nadres = "Kerkstraat 1"\npostcode = "7001 AA"\nplaats = "Dorp"\nopeningstijden = "Tu 13:00-15:00"\n[[extra.dienst.locaties]]\nnaam = "Bibliotheek"\nadres = "Markt 2"\npostcode = "7001 AB"\nplaats = "Dorp"\nopeningstijden = "Th 10:00-12:00"`,
    ),
  };
  // Monday 1 March 2027.
  site = await clockSite("nu-open", services, 1803859200);
  base = site.base;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The open-now lines on `path` at `now` (UTC), on a device in `timezoneId`. */
async function lines(path, now, { timezoneId = "Europe/Amsterdam", javaScriptEnabled = true, axe = false } = {}) {
  const context = await browser.newContext({ timezoneId, javaScriptEnabled, bypassCSP: axe });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  if (javaScriptEnabled) await page.clock.setFixedTime(new Date(now));
  await page.goto(base + path);
  await page.waitForLoadState("load");
  const found = await page.locator(".nu-open:visible").allInnerTexts();
  let violations = [];
  if (axe) violations = await axeViolations(page);
  await context.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(violations, []);
  return found.map((t) => t.replace(/\s+/g, " ").trim());
}

const one = async (path, now, options) => {
  const found = await lines(path, now, options);
  assert.equal(found.length, 1, `${path} at ${now}: ${JSON.stringify(found)}`);
  return found[0];
};

test("open and closed around closing time, in Dutch time", async () => {
  // Tuesday 2 March 2027, 16:59 and 17:00 in Amsterdam (UTC+1).
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-02T15:59:00Z"), "Nu open · tot 17:00");
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-02T16:00:00Z"), "Gesloten · weer open morgen om 09:00");
  // Friday evening: the next opening is on Monday.
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-05T19:00:00Z"), "Gesloten · weer open maandag om 09:00");
  // Early in the morning: later today.
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-03T06:00:00Z"), "Gesloten · weer open vandaag om 09:00");
});

test("across the change to summer time", async () => {
  // Tuesday 30 March 2027 is summer time (UTC+2): 09:00 there is 07:00 UTC. A page that
  // kept winter time would still say closed.
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-30T06:59:00Z"), "Gesloten · weer open vandaag om 09:00");
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-30T07:00:00Z"), "Nu open · tot 17:00");
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-30T14:59:00Z"), "Nu open · tot 17:00");
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-30T15:00:00Z"), "Gesloten · weer open morgen om 09:00");
});

test("on a public holiday the hours do not mention, nothing is claimed", async () => {
  // Easter Monday, 29 March 2027, noon.
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-29T10:00:00Z"), "Feestdag: bel eerst");
  // The Friday before: the next weekday is the holiday, so no "open again on Monday".
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-26T17:00:00Z"), "Gesloten");
  // Hours that say "PH off" are followed: closed, open again on Tuesday.
  assert.equal(await one("/gemeenten/dorp/feestdag-dicht/", "2027-03-29T10:00:00Z"), "Gesloten · weer open morgen om 08:30");
});

test("through the night, and always", async () => {
  // Tuesday 22:00: open until 09:00 the next morning.
  assert.equal(await one("/gemeenten/dorp/nacht/", "2027-03-02T21:00:00Z"), "Nu open · tot morgen 09:00");
  assert.equal(await one("/gemeenten/dorp/nacht/", "2027-03-03T07:59:00Z"), "Nu open · tot 09:00");
  assert.equal(await one("/gemeenten/dorp/nacht/", "2027-03-03T08:00:00Z"), "Gesloten · weer open vandaag om 21:00");
  // Closing at midnight is "24:00" of the same day.
  assert.equal(await one("/gemeenten/dorp/avond/", "2027-03-02T19:00:00Z"), "Nu open · tot 24:00");
  // 24/7 covers holidays too: open on Easter Monday, no "call first".
  assert.equal(await one("/gemeenten/dorp/altijd/", "2027-03-29T10:00:00Z"), "Nu open");
  assert.equal(await one("/gemeenten/dorp/altijd/", "2027-03-02T03:00:00Z"), "Nu open");
});

test("the first Saturday of the month", async () => {
  assert.equal(await one("/gemeenten/dorp/zaterdag/", "2027-03-06T10:00:00Z"), "Nu open · tot 14:00");
  assert.equal(await one("/gemeenten/dorp/zaterdag/", "2027-03-06T13:00:00Z"), "Gesloten · weer open zaterdag 3 april om 10:00");
  assert.equal(await one("/gemeenten/dorp/zaterdag/", "2027-03-13T10:00:00Z"), "Gesloten · weer open zaterdag 3 april om 10:00");
  // 3 April is summer time: 10:00 there is 08:00 UTC.
  assert.equal(await one("/gemeenten/dorp/zaterdag/", "2027-04-03T08:00:00Z"), "Nu open · tot 14:00");
});

test("a device in another time zone sees the Dutch hours", async () => {
  // 16 March: New York is already on summer time, Amsterdam not yet (5 hours apart,
  // not 6). 16:59 in Amsterdam is 11:59 in New York.
  const ny = { timezoneId: "America/New_York" };
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-16T15:59:00Z", ny), "Nu open · tot 17:00");
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-16T16:00:00Z", ny), "Gesloten · weer open morgen om 09:00");
  // Tokyo is already Wednesday morning (05:00); in Amsterdam it is Tuesday evening.
  const tokyo = { timezoneId: "Asia/Tokyo" };
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-03-02T20:00:00Z", tokyo), "Gesloten · weer open morgen om 09:00");
});

test("without JavaScript the page shows the schedule and claims nothing", async () => {
  const off = { javaScriptEnabled: false };
  assert.deepEqual(await lines("/gemeenten/dorp/werkdagen/", "2027-03-02T10:00:00Z", off), []);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + "/gemeenten/dorp/werkdagen/");
  const text = await page.locator("main").innerText();
  await context.close();
  assert.match(text, /Maandag tot en met vrijdag 09:00–17:00/);
  assert.doesNotMatch(text, /Nu open|Gesloten/);
});

test("every list says it too, and axe finds nothing on the pages that show it", async () => {
  const lists = ["/gemeenten/dorp/", "/gemeenten/dorp/wijk/oost/", "/gemeenten/dorp/behoefte/praten/", "/behoeften/praten/"];
  for (const path of lists) {
    const found = await lines(path, "2027-03-02T10:00:00Z", { axe: true });
    assert.ok(found.includes("Nu open · tot 17:00"), `${path}: ${JSON.stringify(found)}`);
    assert.ok(found.includes("Nu open · tot 15:00"), `${path}: the one location of a service without hours of its own`);
  }
  await lines("/gemeenten/dorp/werkdagen/", "2027-03-02T10:00:00Z", { axe: true });
  await lines("/gemeenten/dorp/crisis/", "2027-03-02T20:00:00Z", { axe: true });
});

test("a service for people in crisis points to the help lines when closed", async () => {
  const closed = await one("/gemeenten/dorp/crisis/", "2027-03-02T20:00:00Z");
  assert.equal(closed, "Gesloten · weer open morgen om 09:00. Nu hulp nodig? Bel een hulplijn");
  assert.equal(await one("/gemeenten/dorp/crisis/", "2027-03-02T10:00:00Z"), "Nu open · tot 17:00");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date("2027-03-02T20:00:00Z"));
  await page.goto(base + "/gemeenten/dorp/crisis/");
  await page.getByRole("link", { name: "Bel een hulplijn" }).click();
  assert.ok(page.url().endsWith("#hulplijnen"));
  assert.ok(await page.locator("#hulplijnen").isVisible());
  await context.close();
});

test("a temporary closure is never 'open', and opens again after its last day", async () => {
  const path = "/gemeenten/dorp/verbouwing/";
  assert.equal(await one(path, "2027-03-02T10:00:00Z"), "Gesloten · weer open donderdag 11 maart om 09:00");
  assert.equal(await one(path, "2027-03-10T10:00:00Z"), "Gesloten · weer open morgen om 09:00");
  assert.equal(await one(path, "2027-03-11T10:00:00Z"), "Nu open · tot 17:00");
});

test("per location, and nothing where the hours are vague or the build is too old", async () => {
  const both = await lines("/gemeenten/dorp/locatie/", "2027-03-02T13:00:00Z");
  assert.deepEqual(both, ["Nu open · tot 15:00", "Gesloten · weer open donderdag om 10:00"]);
  assert.deepEqual(await lines("/gemeenten/dorp/afspraak/", "2027-03-01T09:30:00Z"), []);
  // Six weeks after the build it no longer knows: silence, not a stale claim (on the
  // last day it knows it still speaks).
  assert.equal(await one("/gemeenten/dorp/werkdagen/", "2027-04-09T10:00:00Z"), "Nu open · tot 17:00");
  assert.deepEqual(await lines("/gemeenten/dorp/werkdagen/", "2027-04-13T10:00:00Z"), []);
  assert.deepEqual(await lines("/gemeenten/dorp/werkdagen/", "2027-02-28T10:00:00Z"), []);
});

test("search results say it too, with the notice and the list button", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.clock.setFixedTime(new Date("2027-03-02T10:00:00Z"));
  await page.goto(base + "/zoeken/?q=inloop");
  await page.locator("#zoekresultaten .nu-open:visible").first().waitFor();
  const item = (title) => page.locator(".zoekresultaat", { has: page.getByRole("link", { name: title, exact: true }) });
  assert.equal((await item("Inloop Werkdagen").locator(".nu-open").innerText()).trim(), "Nu open · tot 17:00");
  const closed = item("Inloop Verbouwing");
  assert.match(await closed.locator(".melding").innerText(), /Let op: Tijdelijk gesloten, tot en met 10 maart 2027/);
  assert.equal((await closed.locator(".nu-open").innerText()).trim(), "Gesloten · weer open donderdag 11 maart om 09:00");
  const button = page.getByRole("button", { name: "Op mijn lijstje: Inloop Werkdagen" });
  await button.click();
  assert.equal(await button.getAttribute("aria-pressed"), "true");
  assert.match(page.url(), /q=inloop/);
  assert.match(page.url(), /lijstje=dorp%2Fwerkdagen/);
  assert.deepEqual(problems, []);
  await context.close();
});
