// "Mijn lijstje" on the example region: pick services from a list and from a service
// page, carry the list in the address, open a shared link in a fresh browser, print it,
// and keep it on the device only when asked (and remove it again).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axeViolations, exampleSite, guard } from "./harness.mjs";


let site;

before(async () => {
  site = await exampleSite();
});

after(async () => {
  await site?.close();
});

const storageOf = (page) =>
  page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));

/** Pick one service on a wijk page and one on a service page; returns the list page. */
async function pickTwo(context) {
  const page = await context.newPage();
  const problems = guard(page, site.base);
  await page.goto(site.base + "/gemeenten/heidebroek/wijk/dorpskern/");
  const kapel = page.getByRole("button", { name: "Op mijn lijstje: Inloophuis De Kapel" });
  await kapel.click();
  assert.equal(await kapel.getAttribute("aria-pressed"), "true");
  assert.match(page.url(), /lijstje=heidebroek%2Finloophuis-de-kapel/);
  // The list goes along to the next page through an ordinary link.
  await page.getByRole("link", { name: "Crisisdienst GGZ Voorbeeldregio" }).first().click();
  await page.waitForURL(/crisisdienst-ggz/);
  const onPage = page.getByRole("button", { name: "Op mijn lijstje" });
  assert.equal(await onPage.getAttribute("aria-pressed"), "false");
  await onPage.click();
  assert.equal(await onPage.getAttribute("aria-pressed"), "true");
  await page.getByRole("link", { name: "Mijn lijstje (2)" }).click();
  await page.waitForURL(/\/lijstje\//);
  await page.locator(".lijstje-item h2").nth(1).waitFor();
  assert.deepEqual(problems, []);
  return page;
}

test("pick from a list and from a service page, and see both on the list page", async () => {
  // axe is injected by the test; the site's own CSP would (rightly) refuse it.
  const context = await site.browser.newContext({ bypassCSP: true });
  const page = await pickTwo(context);
  const names = await page.locator(".lijstje-item h2").allInnerTexts();
  assert.deepEqual(names, ["Inloophuis De Kapel", "Crisisdienst GGZ Voorbeeldregio"]);
  const first = await page.locator(".lijstje-item").first().innerText();
  assert.match(first, /Bel 0599/);
  assert.match(first, /Open: /);
  assert.match(first, /Kerkstraat|straat|weg|plein/i);
  // It fetched only the files of the two owners it needs, not every municipality's.
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.startsWith("/lijstje/")),
  );
  assert.deepEqual(fetched.sort(), ["/lijstje/heidebroek.json", "/lijstje/regio.json"]);
  // Nothing was stored: the list is only in the address.
  assert.deepEqual(await storageOf(page), { local: {}, session: {}, cookie: "" });
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("a shared link opens the same list in a fresh browser", async () => {
  const context = await site.browser.newContext();
  const page = await pickTwo(context);
  const link = await page.locator("#lijstje-adres").inputValue();
  assert.equal(link, `${site.base}/lijstje/?lijstje=heidebroek/inloophuis-de-kapel,regio/crisisdienst-ggz`);
  const sms = await page.getByRole("link", { name: "Stuur als sms" }).getAttribute("href");
  assert.ok(sms.startsWith("sms:?&body="), sms);
  assert.ok(decodeURIComponent(sms).includes(link));
  const mail = await page.getByRole("link", { name: "Stuur als e-mail" }).getAttribute("href");
  assert.ok(mail.startsWith("mailto:?subject=") && decodeURIComponent(mail).includes(link), mail);
  assert.match(await page.locator(".lijstje-delen").innerText(), /wie dit lijstje ziet, weet naar welke hulp je zoekt/);
  await context.close();

  const fresh = await site.browser.newContext();
  const other = await fresh.newPage();
  const problems = guard(other, site.base);
  await other.goto(link);
  await other.locator(".lijstje-item h2").nth(1).waitFor();
  assert.deepEqual(await other.locator(".lijstje-item h2").allInnerTexts(), ["Inloophuis De Kapel", "Crisisdienst GGZ Voorbeeldregio"]);
  assert.deepEqual(problems, []);
  await fresh.close();
});

test("printed, the list shows every chosen service and no navigation", async () => {
  const context = await site.browser.newContext();
  const page = await pickTwo(context);
  await page.emulateMedia({ media: "print" });
  for (const name of ["Inloophuis De Kapel", "Crisisdienst GGZ Voorbeeldregio"]) {
    assert.ok(await page.getByRole("heading", { name }).isVisible(), name);
  }
  for (const chrome of [".site-header nav", ".direct-hulp", ".site-footer", ".lijstje-delen", ".lijstje-knop", ".lijstje-link"]) {
    const shown = await page.locator(chrome).evaluateAll((els) => els.some((e) => e.checkVisibility()));
    assert.equal(shown, false, chrome);
  }
  assert.ok(await page.getByText(`Meer hulp vind je op ${site.base}/`).isVisible());
  // One A4 page for two services.
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1);
  await context.close();
});

test("kept on the device only when asked, and the remove button removes it", async () => {
  const context = await site.browser.newContext();
  const page = await pickTwo(context);
  await page.getByRole("button", { name: "Bewaar op dit apparaat" }).click();
  assert.deepEqual((await storageOf(page)).local, { "wijkwijzer-lijstje": "heidebroek/inloophuis-de-kapel,regio/crisisdienst-ggz" });
  assert.match(await page.getByRole("status").innerText(), /bewaard op dit apparaat/);
  // A new visit without the list in the address finds the kept list.
  const later = await context.newPage();
  await later.goto(site.base + "/lijstje/");
  await later.locator(".lijstje-item h2").nth(1).waitFor();
  // Removing a service from the list updates what is kept; focus moves to the remove
  // button that took its place.
  await later.getByRole("button", { name: "Haal van mijn lijstje: Inloophuis De Kapel" }).click();
  assert.deepEqual((await storageOf(later)).local, { "wijkwijzer-lijstje": "regio/crisisdienst-ggz" });
  assert.equal(
    await later.evaluate(() => document.activeElement.getAttribute("aria-label")),
    "Haal van mijn lijstje: Crisisdienst GGZ Voorbeeldregio",
  );
  const forget = later.getByRole("button", { name: "Wis het bewaarde lijstje" });
  assert.ok(await forget.isVisible());
  await forget.click();
  assert.deepEqual(await storageOf(later), { local: {}, session: {}, cookie: "" });
  assert.ok(await later.getByRole("button", { name: "Bewaar op dit apparaat" }).isVisible());
  await context.close();
});

test("a shared link does not overwrite a kept list; without JavaScript the pages say so", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.base + "/lijstje/?lijstje=regio/crisisdienst-ggz");
  await page.locator(".lijstje-item h2").waitFor();
  await page.getByRole("button", { name: "Bewaar op dit apparaat" }).click();
  await page.goto(site.base + "/lijstje/?lijstje=heidebroek/inloophuis-de-kapel");
  await page.locator(".lijstje-item h2").waitFor();
  assert.deepEqual((await storageOf(page)).local, { "wijkwijzer-lijstje": "regio/crisisdienst-ggz" });
  // Even changed, the shared list stays out of what this device kept.
  await page.getByRole("button", { name: "Haal van mijn lijstje: Inloophuis De Kapel" }).click();
  assert.deepEqual((await storageOf(page)).local, { "wijkwijzer-lijstje": "regio/crisisdienst-ggz" });
  await context.close();

  const off = await site.browser.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto(site.base + "/lijstje/?lijstje=regio/crisisdienst-ggz");
  assert.match(await plain.locator("main").innerText(), /werkt alleen met JavaScript/);
  await plain.goto(site.base + "/gemeenten/heidebroek/wijk/dorpskern/");
  assert.equal(await plain.getByRole("button", { name: /Op mijn lijstje/ }).count(), 0);
  await off.close();
});

test("the list survives an unknown address, the postcode finder and a service listed twice", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const missing = `${site.base}/lijstje/bestaat-niet.json`;
  const problems = guard(page, site.base, { expectMissing: [missing] });
  await page.goto(site.base + "/lijstje/?lijstje=bestaat-niet/weg,regio/crisisdienst-ggz,regio/constructor");
  await page.locator(".lijstje-item h2").waitFor();
  assert.deepEqual(await page.locator(".lijstje-item h2").allInnerTexts(), ["Crisisdienst GGZ Voorbeeldregio"]);
  assert.equal(await page.getByText("Deze plek staat niet meer op de site.").count(), 2);
  // The postcode finder takes the list along to the wijk page.
  await page.goto(site.base + "/?lijstje=regio/crisisdienst-ggz");
  await page.getByLabel("Je postcode").fill("9901");
  await page.getByRole("button", { name: "Zoek hulp" }).click();
  await page.waitForURL(/wijk\/dorpskern/);
  assert.match(page.url(), /lijstje=regio%2Fcrisisdienst-ggz/);
  assert.ok(await page.getByRole("link", { name: "Mijn lijstje (1)" }).isVisible());
  // On the municipality page a service is listed under each of its needs: one click,
  // every button of it says so.
  await page.goto(site.base + "/gemeenten/heidebroek/");
  const buttons = page.getByRole("button", { name: "Op mijn lijstje: Inloophuis De Kapel" });
  assert.ok((await buttons.count()) > 1);
  await buttons.first().click();
  const pressed = await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-pressed")));
  assert.ok(pressed.every((p) => p === "true"), pressed.join());
  assert.deepEqual(problems, []);
  await context.close();
});

test("on an English page the list's words are English, from the theme's catalogue", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const problems = guard(page, site.base);
  await page.goto(site.base + "/en/?lijstje=regio/crisisdienst-ggz");
  const link = page.getByRole("link", { name: "My list (1)" });
  assert.ok(await link.isVisible());
  assert.equal(await page.getByRole("link", { name: /Mijn lijstje/ }).count(), 0);
  assert.match(await link.getAttribute("href"), /\/lijstje\/\?lijstje=regio(%2F|\/)crisisdienst-ggz$/);
  assert.deepEqual(problems, []);
  await context.close();
});
