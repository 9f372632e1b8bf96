// Editors sign in with a code from their mail, see their organisations on /beheer, and sign out.
// Every test uses its own demo account: the API allows 5 code requests per address per 15 minutes.
import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, mailSentTo, signInCodeOf, signInLinkOf, signInThroughApi, test } from "./fixtures";

async function askForCode(page: Page, email: string) {
  await page.getByLabel("E-mailadres").fill(email);
  return mailSentTo(email, () => page.getByRole("button", { name: "Stuur mij een code" }).click());
}

const codeField = (page: Page) => page.getByRole("textbox", { name: "Inlogcode" });

test("an editor signs in with the code from her mail, sees her organisation and signs out", async ({ page, context }) => {
  const email = "school@techniekloket.example";
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await expectNoA11yViolations(page);

  const mail = await askForCode(page, email);
  await expect(page.getByText(`Als er een account bij dit adres hoort, hebben we een code gestuurd naar ${email}; hij is 10 minuten geldig.`)).toBeVisible();
  await expect(codeField(page)).toBeFocused();
  await expect(codeField(page)).toHaveAttribute("inputmode", "numeric");
  await expect(codeField(page)).toHaveAttribute("autocomplete", "one-time-code");
  await expectNoA11yViolations(page);

  await codeField(page).fill(signInCodeOf(mail));
  await page.getByRole("button", { name: "Inloggen" }).click();

  await expect(page).toHaveURL("/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Je account" })).toContainText("Sanne Schakel");
  await expect(page.getByRole("region", { name: "Je account" })).toContainText(email);
  const organisations = page.getByRole("region", { name: "Je organisaties" });
  await expect(organisations.getByRole("listitem")).toHaveText([/^Het Ambachtshuis:\s+Beheerder\s+·\s+Aanbod/]);
  await expect(organisations.getByRole("link", { name: "Het Ambachtshuis", exact: true })).toHaveAttribute("href", "/beheer/organisaties/het-ambachtshuis");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  // Plain forms: the editors' pages ship no JavaScript.
  await expect(page.locator("script")).toHaveCount(0);
  await expectNoA11yViolations(page);

  const [cookie] = (await context.cookies()).filter((c) => c.name === "tl_sessie");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(cookie.expires).toBeGreaterThan(Date.now() / 1000 + 24 * 3600);

  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL("/inloggen?uitgelogd");
  await expect(page.getByRole("status")).toHaveText("Je bent uitgelogd.");
  expect((await context.cookies()).filter((c) => c.name === "tl_sessie")).toEqual([]);

  await page.goto("/beheer");
  await expect(page).toHaveURL("/inloggen");
});

test("a wrong code is shown beside the code field, and the right one still works", async ({ page }) => {
  const email = "bedrijf@techniekloket.example";
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  // The summary of the errors takes the focus, so the visitor hears at once what to fix.
  await expect(page.locator(":focus")).toContainText("Controleer het formulier");
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(/Vul je e-mailadres in\./);
  await expectNoA11yViolations(page);

  const mail = await askForCode(page, email);
  const wrong = signInCodeOf(mail) === "000000" ? "111111" : "000000";
  await codeField(page).fill(wrong);
  await page.getByRole("button", { name: "Inloggen" }).click();

  const message = "Deze code klopt niet, is verlopen of al gebruikt. Controleer de code of vraag een nieuwe aan.";
  await expect(codeField(page)).toHaveAccessibleDescription(new RegExp(message));
  await expect(codeField(page)).toHaveAttribute("aria-invalid", "true");
  await expect(codeField(page)).toHaveValue(wrong);
  await expect(page.getByRole("link", { name: message })).toHaveAttribute("href", "#code");
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoA11yViolations(page);

  await codeField(page).fill(signInCodeOf(mail));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL("/beheer");
  await expect(page.getByRole("region", { name: "Je organisaties" }).getByRole("listitem")).toHaveText([/^Warmtewerk Installaties:\s+Redacteur/]);
});

test("the mail's link fills in the code but signs in only when the button is pressed", async ({ page, context }) => {
  const email = "moderator@techniekloket.example";
  await page.goto("/beheer");
  await expect(page).toHaveURL("/inloggen");
  const mail = await askForCode(page, email);

  // A mail scanner opens the link too: that must not sign in, nor spend the code.
  const scanner = await context.request.get(signInLinkOf(mail));
  expect(scanner.status()).toBe(200);
  await page.goto(signInLinkOf(mail));
  await expect(codeField(page)).toHaveValue(signInCodeOf(mail));
  expect((await context.cookies()).filter((c) => c.name === "tl_sessie")).toEqual([]);

  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL("/beheer");
  await expect(page.getByRole("region", { name: "Regio's die je modereert" }).getByRole("listitem")).toHaveText(["Noordoost-Brabant"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an administrator signs in, and signing out everywhere ends her other sessions too", async ({ page, browser, baseURL }) => {
    const email = "admin@techniekloket.example";
    // Her session on another device.
    const otherDevice = await browser.newContext({ baseURL });
    await signInThroughApi(otherDevice, baseURL!, email);
    const otherPage = await otherDevice.newPage();
    await otherPage.goto("/beheer");
    await expect(otherPage).toHaveURL("/beheer");

    await page.goto("/inloggen");
    const mail = await askForCode(page, email);
    await codeField(page).fill(signInCodeOf(mail));
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL("/beheer");
    await expect(page.getByText("Platformbeheerder")).toBeVisible();

    await page.getByRole("button", { name: "Overal uitloggen" }).click();
    await expect(page).toHaveURL("/inloggen?uitgelogd");
    await otherPage.goto("/beheer");
    await expect(otherPage).toHaveURL("/inloggen");
    await otherDevice.close();
  });
});

test("an unknown session cookie is removed quietly: the visitor is anonymous", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "tl_sessie", value: "no-such-session", url: baseURL! }]);
  await page.goto("/agenda");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inloggen" })).toBeVisible();
  expect((await context.cookies()).filter((c) => c.name === "tl_sessie")).toEqual([]);
  await page.goto("/beheer/");
  await expect(page).toHaveURL(/\/inloggen/);
});
