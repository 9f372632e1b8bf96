// The platform admin adds a region, a municipality and a moderator; the region's moderator adds an
// organisation and its first editor. Both new people hear of it by mail.
import { expect, expectNoA11yViolations, mailSentTo, test, useSharedSession } from "./fixtures";

test("the admin adds a region, a municipality and a moderator, who gets a mail", async ({ page, context, baseURL }) => {
  await useSharedSession(context, baseURL!, "admin@techniekloket.example");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Regio's en moderatoren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Regio's en moderatoren" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Noordoost-Brabant/ })).toContainText("Maarten Moderator");
  await expectNoA11yViolations(page);

  const stamp = Date.now();
  const name = `Regio Test ${stamp}`;
  await page.getByRole("textbox", { name: "Naam" }).fill(name);
  await page.getByRole("textbox", { name: /Beschrijving/ }).fill("Een regionaal netwerk om te testen.");
  await page.getByRole("button", { name: "Regio toevoegen" }).click();
  await expect(page).toHaveURL(`/beheer/regios/regio-test-${stamp}`);
  await expect(page.getByRole("heading", { level: 1, name: `Regio ${name}` })).toBeVisible();

  // A CBS code the API cannot take is shown beside its field, with what was typed kept.
  await page.locator("#gemeente-name").fill("Zaltbommel");
  const cbsCode = page.getByRole("textbox", { name: "CBS-code" });
  await cbsCode.fill("0297");
  await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
  await expect(cbsCode).toHaveAttribute("aria-invalid", "true");
  await expect(cbsCode).toHaveValue("0297");
  await expect(page.getByRole("link", { name: /CBS-code/ })).toHaveAttribute("href", "#gemeente-cbsCode");
  await cbsCode.fill(`GM${String(stamp).slice(-4)}`);
  await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
  await expect(page.getByRole("status")).toHaveText("Zaltbommel hoort nu bij de regio.");
  await expect(page.getByRole("listitem").filter({ hasText: "Zaltbommel" })).toBeVisible();

  const address = `moderator-${stamp}@programma.example`;
  const mail = await mailSentTo(address, async () => {
    await page.locator("#moderator-name").fill("Mila Moderator");
    await page.getByRole("textbox", { name: "E-mailadres" }).fill(address);
    await page.getByRole("button", { name: "Moderator toevoegen" }).click();
    await expect(page.getByRole("row", { name: /Mila Moderator/ })).toBeVisible();
  });
  expect(mail.subject).toBe(`Je bent moderator van ${name} op Techniek Loket`);
  expect(mail.text).toContain("/inloggen");
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Verwijderen Mila Moderator" }).click();
  await expect(page.getByRole("status")).toHaveText(`${address} is geen moderator meer.`);
  await expect(page.getByRole("row", { name: /Mila Moderator/ })).toHaveCount(0);
});

// /beheer ships no JavaScript (csr = false), so these forms are the plain forms of a browser without it.
test.describe("the region's moderator", () => {
  test("the moderator adds an organisation, then its first editor, who gets a mail", async ({ page, context, baseURL }) => {
    await useSharedSession(context, baseURL!, "moderator@techniekloket.example");
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Organisatie toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisatie toevoegen in Noordoost-Brabant" })).toBeVisible();
    await expectNoA11yViolations(page);

    const stamp = Date.now();
    const name = `Installatietechniek Test ${stamp}`;
    // A refused form keeps what was typed and shows the problem beside its field.
    await page.getByRole("textbox", { name: "Naam" }).fill(name);
    const postcode = page.getByRole("textbox", { name: "Postcode" });
    await postcode.fill("53411");
    await page.getByRole("button", { name: "Organisatie toevoegen" }).click();
    await expect(postcode).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("textbox", { name: "Naam" })).toHaveValue(name);
    await expect(page).toHaveTitle(/^Fout: /);
    await expectNoA11yViolations(page);

    await page.getByRole("combobox", { name: "Soort organisatie" }).selectOption("COMPANY");
    await page.getByRole("combobox", { name: "Gemeente" }).selectOption({ label: "Oss" });
    await page.getByRole("textbox", { name: "Straat en huisnummer" }).fill("Kerkstraat 12");
    await postcode.fill("5341 AB");
    await page.getByRole("textbox", { name: "Plaats" }).fill("Oss");
    await page.getByRole("button", { name: "Organisatie toevoegen" }).click();
    await expect(page).toHaveURL(`/beheer/organisaties/installatietechniek-test-${stamp}`);
    await expect(page.getByRole("heading", { level: 1, name: `Profiel van ${name}` })).toBeVisible();

    const address = `redacteur-${stamp}@installatie.example`;
    const mail = await mailSentTo(address, async () => {
      await page.locator("#redacteur-name").fill("Rik Redacteur");
      await page.locator("#redacteur-email").fill(address);
      await page.getByRole("button", { name: "Redacteur toevoegen" }).click();
      await expect(page.getByRole("status")).toHaveText(`Rik Redacteur is redacteur van ${name}.`);
    });
    expect(mail.subject).toBe(`Je kunt nu ${name} bijhouden op Techniek Loket`);
  });
});
