// A teacher asks the demo company for a guest lesson, without an account; the company's editor
// accepts it with a date in /beheer; the lesson is an invitation-only event in the agenda, and the
// teacher follows it all on the page her mails link to. These pages send the browser no JavaScript
// (csr = false): their forms are plain posts. (axe itself needs JavaScript, so it stays on.)
import type { Page } from "@playwright/test";
import { apiQuery, expect, expectNoA11yViolations, mailSentTo, test, useSharedSession } from "./fixtures";

const company = "warmtewerk-installaties";
const editor = "bedrijf@techniekloket.example";

test.describe.configure({ mode: "serial", timeout: 60_000 });

/** The company's guest lesson that is requested on this site (bookable, no booking address of its own). */
async function bookableLesson(): Promise<{ slug: string; title: string }> {
  const { organisation } = await apiQuery(`query($slug: String!) { organisation(slug: $slug) { offerings { slug title kind bookable bookingUrl } } }`, { slug: company });
  const lesson = organisation.offerings.find((offering: any) => offering.bookable && !offering.bookingUrl && offering.kind === "GUEST_LESSON");
  if (!lesson) throw new Error(`The demo company ${company} has no guest lesson to request here`);
  return lesson;
}

const manageLinkOf = (text: string) => {
  const path = /\/aanvraag\/[a-z0-9]+/.exec(text)?.[0];
  if (!path) throw new Error("No manage link in the mail");
  return path;
};

/** A date about a month ahead, as a date field takes it. */
function dateAhead(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

async function expectSecretPage(page: Page, path: string) {
  const response = await page.goto(path);
  const headers = response?.headers() ?? {};
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["cache-control"]).toBe("private, no-store");
  expect(headers["x-robots-tag"]).toBe("noindex");
}

const teacher = `docent-${Date.now()}@school.example`;
let managePath = "";

test("a teacher requests the company's guest lesson from its page, without an account", async ({ page }) => {
  const lesson = await bookableLesson();
  await page.goto(`/organisaties/${company}`);
  await page.getByRole("link", { name: lesson.title }).click();
  await expect(page).toHaveURL(`/aanbod/${lesson.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  await expectNoA11yViolations(page);

  // A refused form keeps what was typed and says what to fix.
  await page.getByRole("textbox", { name: "Wanneer komt het jullie uit?" }).fill("Een dinsdagochtend in maart");
  await page.getByRole("textbox", { name: "Aantal personen" }).fill("24");
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("heading", { name: "Controleer het formulier" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Aantal personen" })).toHaveValue("24");
  await expectNoA11yViolations(page);

  await page.getByRole("textbox", { name: "Groep of klas (niet verplicht)" }).fill("2 vmbo");
  await page.getByRole("textbox", { name: "School of organisatie" }).fill("Het Ambachtshuis");
  await page.getByRole("textbox", { name: "Je naam" }).fill("Dirk Docent");
  await page.getByRole("textbox", { name: "E-mailadres" }).fill(teacher);
  await page.getByRole("checkbox", { name: "Ik ga akkoord met de privacyverklaring" }).check();

  const toEditor = mailSentTo(editor, async () => {
    const receipt = await mailSentTo(teacher, () => page.getByRole("button", { name: "Aanvraag versturen" }).click());
    expect(receipt.subject).toBe(`Je aanvraag is verstuurd: ${lesson.title}`);
    managePath = manageLinkOf(receipt.text);
  });
  expect((await toEditor).subject).toBe(`Nieuwe aanvraag: ${lesson.title}`);
  await expect(page).toHaveURL(`/aanbod/${lesson.slug}/aangevraagd`);
  await expect(page.getByRole("heading", { level: 1, name: "Je aanvraag is verstuurd" })).toBeVisible();
  await expectNoA11yViolations(page);

  await expectSecretPage(page, managePath);
  await expect(page.getByText("Status: Wacht op antwoord")).toBeVisible();
  await expect(page.getByText("2 vmbo, 24 personen, Het Ambachtshuis")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("the company's editor accepts it with a date; the lesson is in the agenda and the teacher's page says so", async ({ page, context, baseURL }) => {
  expect(managePath).not.toBe("");
  const lesson = await bookableLesson();
  await useSharedSession(context, baseURL!, editor);
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Aanvragen van scholen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanvragen" })).toBeVisible();
  await expectNoA11yViolations(page);
  // Open requests come first, newest first: the teacher's is the first of this lesson.
  await page.getByRole("link", { name: lesson.title }).first().click();
  await expect(page.getByText("Dirk Docent")).toBeVisible();
  await expectNoA11yViolations(page);

  const accept = page.getByRole("region", { name: "Accepteren" });
  await accept.getByLabel("Datum").fill(dateAhead(30));
  await accept.getByLabel("Begintijd").fill("09:30");
  await accept.getByLabel("Eindtijd").fill("11:00");
  const accepted = await mailSentTo(teacher, () => accept.getByRole("button", { name: "Accepteren" }).click());
  await expect(page.getByRole("status")).toContainText("Geaccepteerd");
  expect(accepted.subject).toMatch(new RegExp(`^Afgesproken: ${lesson.title} op .+ van 09:30 tot 11:00$`));

  const eventPath = /\/agenda\/[a-z0-9-]+/.exec(accepted.text)?.[0];
  expect(eventPath).toBeTruthy();
  await page.goto(eventPath!);
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  await expect(page.getByText("Alleen op uitnodiging").first()).toBeVisible();

  // Every mail carries a link of its own; the first mail's still opens the request.
  await expectSecretPage(page, manageLinkOf(accepted.text));
  await expect(page.getByText("Status: Afgesproken")).toBeVisible();
  await expectSecretPage(page, managePath);
  await expect(page.getByText("Status: Afgesproken")).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk de activiteit" })).toHaveAttribute("href", eventPath!);
  await expect(page.getByRole("button", { name: "Aanvraag intrekken" })).toHaveCount(0);
  await expectNoA11yViolations(page);
});
