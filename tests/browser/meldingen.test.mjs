// A notice (`melding_tot`) and a temporary closure (`gesloten_tot`) end on their last day
// by the Dutch calendar: a page built before then hides them from the first minute of the
// next day in Europe/Amsterdam, whatever the device's time zone, also across the change to
// summer time; without JavaScript the page shows what the build knew. The page clock is
// set with Playwright's clock control; the build's day is injected (SOURCE_DATE_EPOCH).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { clockSite, dienstPage, launch } from "./harness.mjs";

let site, browser, base;

before(async () => {
  // Built on 2026-12-01: both still hold.
  site = await clockSite(
    "meldingen",
    {
      "kerst.md": dienstPage("Inloop Kerst", `melding = "Dicht in de kerstvakantie."\nmelding_tot = 2027-01-01`),
      "verbouwing.md": dienstPage("Inloop Verbouwing", `status = "tijdelijk-gesloten"\ngesloten_tot = 2027-03-27`),
    },
    1796083200,
  );
  base = site.base;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Is `text` visible on `path` at `now`, on a device in `timezoneId`? */
async function shows(path, text, now, { timezoneId = "Europe/Amsterdam", javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ timezoneId, javaScriptEnabled });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  if (javaScriptEnabled) await page.clock.setFixedTime(new Date(now));
  await page.goto(base + path);
  await page.waitForLoadState("load");
  const visible = await page.getByText(text).first().isVisible();
  await context.close();
  assert.deepEqual(problems, []);
  return visible;
}

const pages = ["/gemeenten/dorp/kerst/", "/gemeenten/dorp/", "/gemeenten/dorp/wijk/oost/", "/gemeenten/dorp/behoefte/praten/"];

test("a notice shows through its last day in the Netherlands and not a minute longer", async () => {
  for (const path of pages) {
    // 1 January 2027, 23:59 in Amsterdam (UTC+1): the last day.
    assert.equal(await shows(path, "Dicht in de kerstvakantie.", "2027-01-01T22:59:00Z"), true, path);
    // 2 January, 00:00 in Amsterdam.
    assert.equal(await shows(path, "Dicht in de kerstvakantie.", "2027-01-01T23:00:00Z"), false, path);
  }
  // A phone set to New York, where it is still 1 January 18:00: the Dutch day counts.
  assert.equal(await shows(pages[0], "Dicht in de kerstvakantie.", "2027-01-01T23:00:00Z", { timezoneId: "America/New_York" }), false);
  // And one in Auckland, already 2 January 11:59, while it is 1 January in Amsterdam.
  assert.equal(await shows(pages[0], "Dicht in de kerstvakantie.", "2027-01-01T22:59:00Z", { timezoneId: "Pacific/Auckland" }), true);
  // Without JavaScript the page says what the build knew, until the next build.
  assert.equal(await shows(pages[0], "Dicht in de kerstvakantie.", "2027-06-01T12:00:00Z", { javaScriptEnabled: false }), true);
});

test("a closure ends on its last day across the change to summer time", async () => {
  const path = "/gemeenten/dorp/verbouwing/";
  // 27 March 2027 is the last day; summer time starts in the night to 28 March.
  assert.equal(await shows(path, "Tijdelijk gesloten", "2027-03-27T22:59:00Z"), true);
  assert.equal(await shows(path, "Tijdelijk gesloten", "2027-03-27T23:00:00Z"), false);
  assert.equal(await shows("/gemeenten/dorp/wijk/oost/", "Tijdelijk gesloten", "2027-03-28T10:00:00Z"), false);
  assert.equal(await shows("/gemeenten/dorp/wijk/oost/", "Tijdelijk gesloten", "2027-03-20T10:00:00Z"), true);
});
