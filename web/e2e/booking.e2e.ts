// A teacher asks a company for a guest lesson, without an account; the company's editor accepts it
// with a date in /beheer; the request's own page and the mails say so, and the session is an
// invitation-only event in the agenda with the group signed up.
import { apiQuery, expect, expectNoA11yViolations, mailSentTo, test, useSharedSession } from "./fixtures";

const COMPANY_EDITOR = "bedrijf@techniekloket.example";

/** A date three weeks ahead in Amsterdam (YYYY-MM-DD). */
const inThreeWeeks = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(Date.now() + 21 * 86_400_000);

test("a teacher requests a guest lesson and the company accepts it with a date", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const { offerings } = await apiQuery<{ offerings: { edges: { node: { slug: string; title: string; bookable: boolean; bookingUrl: string | null; maxGroupSize: number | null } }[] } }>(
    `{ offerings(first: 100, filter: { organisation: "warmtewerk-installaties" }) { edges { node { slug title bookable bookingUrl maxGroupSize } } } }`,
  );
  const offering = offerings.edges.map((edge) => edge.node).find((node) => node.bookable && !node.bookingUrl)!;
  expect(offering, "the demo company has a bookable offering").toBeTruthy();
  const teacher = `juf.${Date.now().toString(36)}@bs-de-klimop.example`;
  const groupSize = String(Math.min(24, offering.maxGroupSize ?? 24));

  // The teacher, on the offering's own page.
  await page.goto(`/aanbod/${offering.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: offering.title })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel("Wanneer komt het jullie uit?").fill("Dinsdagochtenden in de komende zes weken");
  await page.getByLabel("Aantal personen").fill(groupSize);
  await page.getByLabel("Groep of klas (niet verplicht)").fill("groep 8a");
  await page.getByLabel("School of organisatie").fill("Basisschool De Klimop");
  await page.getByLabel("Je naam").fill("Joke de Leeuw");
  await page.getByLabel("E-mailadres").fill(teacher);
  const receipt = await mailSentTo(teacher, async () => {
    // Without the privacy statement accepted it is refused beside the box, with what was typed kept.
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    await expect(page.locator("#privacy-fout")).toBeVisible();
    await expect(page.getByLabel("Je naam")).toHaveValue("Joke de Leeuw");
    await expectNoA11yViolations(page);
    await page.getByLabel("Ik ga akkoord met de privacyverklaring").check();
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("verstuurd");
  });
  const manageLink = /https?:\/\/\S+\/aanvraag\/[a-z0-9]+/.exec(receipt.text)![0];

  // The company's editor answers in /beheer: accepted, with a date.
  const company = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  await useSharedSession(company, baseURL!, COMPANY_EDITOR);
  const editor = await company.newPage();
  await editor.goto("/beheer/aanvragen");
  await expect(editor.getByRole("heading", { level: 1, name: "Aanvragen" })).toBeVisible();
  await expectNoA11yViolations(editor);
  await editor.getByRole("row", { name: /Basisschool De Klimop/ }).getByRole("link").first().click();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText(offering.title);
  await expectNoA11yViolations(editor);
  const accepted = await mailSentTo(teacher, async () => {
    await editor.locator("#accepteren-date").fill(inThreeWeeks);
    await editor.locator("#accepteren-startTime").fill("09:00");
    await editor.locator("#accepteren-endTime").fill("10:30");
    await editor.locator("#accepteren-message").fill("We ontvangen jullie bij de hoofdingang.");
    await editor.getByRole("button", { name: "Accepteren" }).click();
    await expect(editor.getByRole("status")).toContainText("Geaccepteerd");
  });
  expect(accepted.text).toContain("We ontvangen jullie bij de hoofdingang.");
  await company.close();

  // The teacher's own page says it is agreed and links to the session in the agenda.
  await page.goto(manageLink);
  await expect(page.getByText("Status:")).toContainText("Afgesproken");
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Bekijk de activiteit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(offering.title);
  await expect(page.getByText("Op uitnodiging", { exact: false }).first()).toBeVisible();
});
