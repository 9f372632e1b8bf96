// The school's editor keeps her organisation's profile, offering and editors current in /beheer.
// One shared session (useSharedSession), and the tests run in order: they change the same
// organisation, and a save between another test's load and save would be a real version conflict.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, expectNoA11yViolations, test, useSharedSession } from "./fixtures";

const email = "school@techniekloket.example";
const editPath = "/beheer/organisaties/het-ambachtshuis";
const publicPath = "/organisaties/het-ambachtshuis";

test.describe.configure({ mode: "serial" });

test.beforeEach(async ({ context, baseURL }) => {
  await useSharedSession(context, baseURL!, email);
});

const description = (page: Page) => page.getByRole("textbox", { name: "Over de organisatie" });
const saveProfile = (page: Page) => page.getByRole("button", { name: "Profiel opslaan" }).click();

test("the editor changes the description and sees it on the public page, through its Bewerken link", async ({ page, browser, baseURL }) => {
  const response = await page.goto(publicPath);
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  await page.getByRole("link", { name: /^Bewerken/ }).click();
  await expect(page).toHaveURL(editPath);
  await expect(page.getByRole("heading", { level: 1, name: "Profiel van Het Ambachtshuis" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Het Ambachtshuis" })).toHaveAttribute("aria-current", "page");
  await expectNoA11yViolations(page);

  const text = `Bij ons ontdek je techniek. (${Date.now()})`;
  await description(page).fill(text);
  await saveProfile(page);
  await expect(page.getByRole("status")).toHaveText("Het profiel is opgeslagen.");
  await expect(description(page)).toHaveValue(text);

  await page.goto(publicPath);
  await expect(page.getByText(text)).toBeVisible();

  // Anonymous visitors get the page as it always was: no link, no private cache header.
  const anonymous = await browser.newContext({ baseURL });
  const anonymousPage = await anonymous.newPage();
  const anonymousResponse = await anonymousPage.goto(publicPath);
  expect(anonymousResponse?.headers()["cache-control"]).toBeUndefined();
  await expect(anonymousPage.getByRole("link", { name: /^Bewerken/ })).toHaveCount(0);
  await anonymous.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a postcode the API refuses is shown beside its field, with what was typed kept", async ({ page }) => {
    await page.goto(editPath);
    const postcode = page.getByRole("textbox", { name: "Postcode" });
    const typedDescription = `Nog niet opgeslagen ${Date.now()}`;
    await description(page).fill(typedDescription);
    await postcode.fill("53411");
    await saveProfile(page);

    const message = "Vul een postcode in zoals 5341 AB.";
    await expect(postcode).toHaveAccessibleDescription(new RegExp(message));
    await expect(postcode).toHaveAttribute("aria-invalid", "true");
    await expect(postcode).toHaveValue("53411");
    await expect(description(page)).toHaveValue(typedDescription);
    await expect(page.getByRole("link", { name: message })).toHaveAttribute("href", "#postalCode");
    await expect(page.locator(":focus")).toContainText("Controleer het formulier");
    await expect(page).toHaveTitle(/^Fout: /);
    // axe runs as a script in the page, so the error state is checked for it in the conflict test.
  });
});

test("two editors save the same profile: the second is told, and keeps what she typed", async ({ page, browser, baseURL }) => {
  const other: BrowserContext = await browser.newContext({ baseURL });
  await useSharedSession(other, baseURL!, email);
  const otherPage = await other.newPage();
  await page.goto(editPath);
  await otherPage.goto(editPath);

  await description(otherPage).fill(`Eerst opgeslagen ${Date.now()}`);
  await saveProfile(otherPage);
  await expect(otherPage.getByRole("status")).toHaveText("Het profiel is opgeslagen.");

  const mine = `Later opgeslagen ${Date.now()}`;
  await description(page).fill(mine);
  await saveProfile(page);
  await expect(page.getByText(/^Iemand anders heeft dit profiel intussen gewijzigd/)).toBeVisible();
  await expect(description(page)).toHaveValue(mine);
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Laad het profiel opnieuw" }).click();
  await expect(description(page)).toHaveValue(/^Eerst opgeslagen/);
  await other.close();
});

test("the editor adds an offering, switches it off (gone from the public page) and on again", async ({ page }) => {
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Aanbod van Het Ambachtshuis" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanbod van Het Ambachtshuis" })).toBeVisible();
  await page.getByRole("link", { name: "Aanbod toevoegen" }).click();
  await expectNoA11yViolations(page);

  const title = `Gastles lassen ${Date.now()}`;
  await page.getByRole("textbox", { name: "Titel" }).fill(title);
  await page.getByRole("combobox", { name: "Soort aanbod" }).selectOption({ label: "Gastles" });
  await page.getByRole("textbox", { name: "Korte omschrijving" }).fill("Een vakman laat zien hoe lassen werkt.");
  await page.getByRole("group", { name: "Basisonderwijs" }).getByRole("checkbox", { name: "Groep 8" }).check();
  await page.getByRole("textbox", { name: "Kosten in euro (optioneel)" }).fill("12,50");
  await page.getByRole("button", { name: "Aanbod toevoegen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Het aanbod is toegevoegd en staat op de site.");
  await expect(page.getByRole("textbox", { name: "Kosten in euro (optioneel)" })).toHaveValue("12,50");
  await expect(page.getByRole("group", { name: "Basisonderwijs" }).getByRole("checkbox", { name: "Groep 8" })).toBeChecked();
  const offeringPath = new URL(page.url()).pathname;
  await page.goto(publicPath);
  await expect(page.getByText(title)).toBeVisible();

  await page.goto(offeringPath);
  await page.getByRole("button", { name: "Aanbod uitzetten" }).click();
  await expect(page.getByRole("status")).toHaveText("Het aanbod is uitgezet: het staat niet meer op de site.");
  await page.goto(publicPath);
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto("/beheer/aanbod?organisatie=het-ambachtshuis");
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("Uitgezet");

  await page.goto(offeringPath);
  await page.getByRole("button", { name: "Aanbod weer aanzetten" }).click();
  await expect(page.getByRole("status")).toHaveText("Het aanbod staat weer aan en is te zien op de site.");
  await page.goto(publicPath);
  await expect(page.getByText(title)).toBeVisible();
});

test("the school's admin adds an editor and removes her again", async ({ page }) => {
  await page.goto(editPath);
  const editors = page.getByRole("region", { name: "Redacteuren" });
  await expect(editors.getByRole("row").filter({ hasText: email })).toContainText("Beheerder");

  const newEditor = `nieuw.${Date.now()}@ambachtshuis.example`;
  await editors.getByRole("textbox", { name: "Naam" }).fill("Noor Nieuw");
  await editors.getByRole("textbox", { name: "E-mailadres" }).fill(newEditor);
  await editors.getByRole("combobox", { name: "Rol" }).selectOption("EDITOR");
  await editors.getByRole("button", { name: "Redacteur toevoegen" }).click();
  await expect(page.getByRole("status")).toHaveText("Noor Nieuw is redacteur van Het Ambachtshuis.");
  await expect(editors.getByRole("row").filter({ hasText: newEditor })).toContainText("Redacteur");
  await expectNoA11yViolations(page);

  await editors.getByRole("row").filter({ hasText: newEditor }).getByRole("button", { name: "Verwijderen Noor Nieuw" }).click();
  await expect(page.getByRole("status")).toHaveText(`${newEditor} is geen redacteur meer van Het Ambachtshuis.`);
  await expect(editors.getByRole("row").filter({ hasText: newEditor })).toHaveCount(0);
});
