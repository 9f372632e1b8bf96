// Signing up for an event on the site, without an account: a teacher signs up a class, gets the
// mail with the event as .ics and the manage link, changes the group and cancels; a full event puts
// the next sign-up on the waiting list with its place, and that person erases their data.
import { apiQuery, expect, expectNoA11yViolations, mailSentTo, test, type Mail } from "./fixtures";

interface Availability {
  isOpen: boolean;
  remaining: number | null;
  waitingCount: number;
}

interface AgendaEvent {
  id: string;
  slug: string;
  title: string;
  signupAvailability: Availability | null;
}

/** The upcoming events that take sign-ups on the platform, with what is left. */
async function platformEvents(): Promise<AgendaEvent[]> {
  const { events } = await apiQuery<{ events: { edges: { node: AgendaEvent }[] } }>(
    `{ events(first: 100) { edges { node { id slug title signupAvailability { isOpen remaining waitingCount } } } } }`,
  );
  return events.edges.map((edge) => edge.node).filter((event) => event.signupAvailability?.isOpen);
}

/** MailDev keeps each mail's attachments. */
const attachmentsOf = (mail: Mail) => (mail as Mail & { attachments?: { fileName?: string; contentType?: string }[] }).attachments ?? [];

/** The path of the manage link in a sign-up mail. */
const managePathOf = (mail: Mail) => new URL(/https?:\/\/\S+\/aanmelding\/[a-z0-9]+/.exec(mail.text)![0]).pathname;

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("a teacher signs up a class of 24, changes it to 26 and cancels", async ({ page }) => {
  test.setTimeout(60_000);
  const event = (await platformEvents()).find((candidate) => {
    const remaining = candidate.signupAvailability!.remaining;
    return remaining === null || remaining >= 26;
  });
  expect(event, "the demo agenda has an open event with 26 places left").toBeTruthy();
  const teacher = `meester.${unique()}@bs-de-linde.example`;

  await page.goto(`/agenda/${event!.slug}`);
  const signup = page.getByRole("region", { name: "Aanmelden" });
  await expect(signup.getByRole("button", { name: "Aanmelden" })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Aantal personen").fill("24");
  await page.getByLabel("Groep of klas (niet verplicht)").fill("groep 7b");
  await page.getByLabel("School of organisatie (niet verplicht)").fill("Basisschool De Linde");
  await page.getByLabel("Je naam").fill("Peter van Dijk");
  await page.getByLabel("E-mailadres").fill(teacher);
  const received = await mailSentTo(teacher, async () => {
    // Without the privacy statement accepted it is refused beside the box, with what was typed kept.
    await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
    await expect(page.locator("#privacy-fout")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Controleer het formulier" })).toBeVisible();
    await expect(page.getByLabel("Je naam")).toHaveValue("Peter van Dijk");
    await expectNoA11yViolations(page);
    await page.getByLabel("Ik ga akkoord met de privacyverklaring").check();
    await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
    await expect(page).toHaveURL(/\/aanmelding\/[a-z0-9]+$/);
    await expect(page.getByText("Je bent aangemeld")).toBeVisible();
  });
  expect(attachmentsOf(received).some((file) => file.fileName?.endsWith(".ics") || file.contentType?.startsWith("text/calendar"))).toBe(true);

  // The link from the mail opens the same sign-up.
  const response = await page.goto(managePathOf(received));
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  expect(response?.headers()["referrer-policy"]).toBe("same-origin");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(event!.title);
  await expect(page.getByText("groep 7b, 24 personen")).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("textbox", { name: "Aantal personen" }).fill("26");
  await page.getByRole("button", { name: "Aantal wijzigen" }).click();
  await expect(page.getByRole("status")).toContainText("Je aanmelding is gewijzigd");
  await expect(page.getByText("groep 7b, 26 personen")).toBeVisible();

  // Cancelling asks for the tick first.
  await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
  await expect(page.getByRole("heading", { name: "Controleer het formulier" })).toBeVisible();
  await expect(page.getByText("Je bent aangemeld")).toBeVisible();
  await page.getByLabel("Ja, annuleer mijn aanmelding").check();
  await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
  await expect(page.getByRole("status")).toContainText("Je aanmelding is geannuleerd");
  await expect(page.getByText("Status: Geannuleerd")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("without JavaScript, a full event puts the next sign-up on the waiting list, and its data can be erased", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  let event = (await platformEvents()).find((candidate) => candidate.signupAvailability!.remaining === 0);
  if (!event) {
    // No full event in the demo data: fill the open one with the fewest places through the API.
    const candidates = (await platformEvents()).filter((candidate) => (candidate.signupAvailability!.remaining ?? 0) > 0);
    event = candidates.sort((a, b) => a.signupAvailability!.remaining! - b.signupAvailability!.remaining!)[0];
    expect(event, "the demo agenda has an open event with a capacity").toBeTruthy();
    await apiQuery(
      `mutation ($input: SignUpForEventInput!) { signUpForEvent(input: $input) { __typename } }`,
      { input: { eventId: event.id, name: "Vul Op", email: `vol.${unique()}@school.example`, groupSize: event.signupAvailability!.remaining, acceptedPrivacyStatement: true } },
    );
  }
  const waiting = (await platformEvents()).find((candidate) => candidate.id === event!.id)!.signupAvailability!.waitingCount;
  const parent = `ouder.${unique()}@thuis.example`;

  await page.goto(`/agenda/${event.slug}`);
  await expect(page.getByText(/^Vol: je komt op de wachtlijst/)).toBeVisible();
  await page.getByLabel("Aantal personen").fill("3");
  await page.getByLabel("Je naam").fill("Sanne Bos");
  await page.getByLabel("E-mailadres").fill(parent);
  await page.getByLabel("Ik ga akkoord met de privacyverklaring").check();
  await page.getByRole("button", { name: "Aanmelden voor de wachtlijst" }).click();
  // axe needs JavaScript in the page; the same page is checked with it in the test above.
  await expect(page.getByText(`Je staat op de wachtlijst, plaats ${waiting + 1}.`)).toBeVisible();
  const managePath = new URL(page.url()).pathname;

  await page.getByLabel("Ja, wis mijn gegevens").check();
  await page.getByRole("button", { name: "Mijn gegevens wissen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Je gegevens zijn gewist" })).toBeVisible();
  await page.goto(managePath);
  await expect(page.getByRole("heading", { level: 1, name: "Aanmelding niet gevonden" })).toBeVisible();
  await context.close();
});
