// The organisers' side of sign-ups: the school's editor opens the sign-ups of one of the school's
// events with sign-ups in the demo data, reads the totals and the lists, downloads the door list
// (CSV) and finds the same people in it, mails everyone (the mail arrives), and records
// attendance on a past event; a moderator moves a sign-up to another session. The events are found through the API, as the editor may read them.
import { readFile } from "node:fs/promises";
import type { BrowserContext } from "@playwright/test";
import { API_URL, expect, expectNoA11yViolations, mailSentTo, test, useSharedSession } from "./fixtures";

const SCHOOL_EDITOR = "school@techniekloket.example";

interface FoundEvent {
  id: string;
  title: string;
  signupMode: string;
  signupTotals: { confirmedCount: number; confirmedSeats: number; waitingCount: number } | null;
  signups: { edges: { node: { name: string | null; email: string | null } }[] } | null;
}

/** A GraphQL request with the session of the browser context, as its person. */
async function queryAs<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = (await context.cookies()).find((cookie) => cookie.name === "tl_sessie")?.value;
  const response = await fetch(API_URL, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The school's published events that take sign-ups here, upcoming or past, as its editor reads them. */
async function schoolEvents(context: BrowserContext, upcoming: boolean): Promise<FoundEvent[]> {
  const data = await queryAs<{ organisation: { events: { edges: { node: FoundEvent }[] } } }>(
    context,
    `query ($upcoming: Boolean!) { organisation(slug: "het-ambachtshuis") { events(first: 100, upcoming: $upcoming, roles: [ORGANISER], statuses: [PUBLISHED]) { edges { node {
        id title signupMode
        signupTotals { confirmedCount confirmedSeats waitingCount }
        signups(first: 1, status: CONFIRMED) { edges { node { name email } } } } } } } }`,
    { upcoming },
  );
  return data.organisation.events.edges.map((edge) => edge.node).filter((event) => event.signupMode === "PLATFORM");
}

/** Of those, the ones with confirmed sign-ups whose contact data is kept. */
async function eventsWithSignups(context: BrowserContext, upcoming: boolean): Promise<FoundEvent[]> {
  return (await schoolEvents(context, upcoming)).filter((event) => (event.signupTotals?.confirmedCount ?? 0) > 0 && event.signups?.edges[0]?.node.email);
}

/** Cells of a `;`-separated line with `"` quoting, as the door list writes them. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  const pattern = /(?:^|;)(?:"((?:[^"]|"")*)"|([^;]*))/g;
  for (const match of line.matchAll(pattern)) cells.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]);
  return cells;
}

test("the school's editor reads the sign-ups, downloads the door list and mails everyone", async ({ context, baseURL, page }) => {
  await useSharedSession(context, baseURL!, SCHOOL_EDITOR);
  const [event] = await eventsWithSignups(context, true);
  expect(event, "an upcoming event of the school with sign-ups in the demo data").toBeTruthy();

  // From the event's page in /beheer.
  await page.goto(`/beheer/activiteiten/${encodeURIComponent(event.id)}`);
  await page.getByRole("link", { name: "Aanmeldingen bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Aanmeldingen: ${event.title}`);
  const totals = page.getByRole("region", { name: "Totalen" });
  const seats = event.signupTotals!.confirmedSeats;
  await expect(totals.getByRole("definition").first()).toContainText(seats === 1 ? "1 plaats" : `${seats} plaatsen`);

  const confirmed = page.getByRole("table", { name: /Bevestigde aanmeldingen/ });
  const names = await confirmed.locator("tbody th[scope=row]").allTextContents();
  expect(names.length).toBe(event.signupTotals!.confirmedCount);
  const waitingNames = event.signupTotals!.waitingCount ? await page.getByRole("table", { name: /Wachtlijst/ }).locator("tbody th[scope=row]").allTextContents() : [];
  expect(waitingNames.length).toBe(event.signupTotals!.waitingCount);
  await expectNoA11yViolations(page);

  // The door list: the same people, confirmed first, then the waiting list.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download de deurlijst/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^aanmeldingen-[a-z0-9-]+\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(csvCells(lines[0])).toEqual(["Status", "Wachtplek", "Groep", "Aantal", "Organisatie", "Naam", "E-mail", "Telefoon", "Opmerking", "Aangemeld op", "Gekomen", "Aantal gekomen"]);
  const rows = lines.slice(1).map(csvCells);
  expect(rows.map((cells) => cells[5])).toEqual([...names, ...waitingNames]);
  expect(rows.map((cells) => cells[0])).toEqual([...names.map(() => "bevestigd"), ...waitingNames.map(() => "wachtlijst")]);

  // Mail everyone: a missing message is refused beside its field, then the mail arrives.
  const subject = `Parkeren bij de school ${Date.now()}`;
  await page.getByLabel("Onderwerp").fill(subject);
  await page.getByRole("button", { name: "Bericht versturen" }).click();
  await expect(page.getByRole("link", { name: "Schrijf een bericht van 10 tot 5000 tekens." })).toBeVisible();
  await expect(page.getByLabel("Onderwerp")).toHaveValue(subject);
  await page.getByLabel("Bericht").fill("Parkeer op het plein achter de school; de ingang is aan de Molenstraat.");
  const firstAddress = event.signups!.edges[0].node.email!;
  const mail = await mailSentTo(firstAddress, () => page.getByRole("button", { name: "Bericht versturen" }).click());
  expect(mail.subject).toBe(subject);
  expect(mail.text).toContain("Parkeer op het plein achter de school");
  expect(mail.text).toMatch(/\/aanmelding\/[a-z2-7]{32}/);
  await expect(page.getByRole("status")).toHaveText(/Je bericht is verstuurd naar \d+ person/);
});

test("the school's editor records attendance after an event", async ({ context, baseURL, page }) => {
  await useSharedSession(context, baseURL!, SCHOOL_EDITOR);
  const [event] = await eventsWithSignups(context, false);
  expect(event, "a past event of the school with sign-ups in the demo data").toBeTruthy();

  await page.goto(`/beheer/activiteiten/${encodeURIComponent(event.id)}/aanmeldingen`);
  const row = page.getByRole("table", { name: /Bevestigde aanmeldingen/ }).locator("tbody tr").first();
  const name = (await row.locator("th").textContent())!;
  const form = row.getByRole("group", { name: `Aanwezig: ${name}` });
  await form.getByLabel("Gekomen", { exact: true }).check();
  await row.getByLabel("Hoeveel mensen kwamen er?").fill("veel");
  await row.getByRole("button", { name: "Opslaan" }).click();
  // Refused beside the field, what was typed kept.
  await expect(page.getByRole("link", { name: /Vul in hoeveel mensen er kwamen/ })).toBeVisible();
  const again = page.getByRole("table", { name: /Bevestigde aanmeldingen/ }).locator("tbody tr").first();
  await expect(again.getByLabel("Hoeveel mensen kwamen er?")).toHaveValue("veel");
  await expectNoA11yViolations(page);

  await again.getByLabel("Hoeveel mensen kwamen er?").fill("3");
  await again.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De aanwezigheid is opgeslagen.");
  const saved = page.getByRole("table", { name: /Bevestigde aanmeldingen/ }).locator("tbody tr").first();
  await expect(saved).toContainText("Gekomen: 3 personen");
  await expect(saved.getByLabel("Hoeveel mensen kwamen er?")).toHaveValue("3");
});

/** Two sessions of the school a week apart, made and published by the moderator, for one test alone. */
async function twoSessions(context: BrowserContext): Promise<[string, string]> {
  const { organisation } = await queryAs<{ organisation: { id: string } }>(context, `{ organisation(slug: "het-ambachtshuis") { id } }`);
  const ids: string[] = [];
  for (const week of [3, 4]) {
    const startsAt = new Date(Date.now() + week * 7 * 24 * 3600_000);
    const input = {
      kind: "WORKSHOP",
      title: `Techlab verplaatsen week ${week} ${Date.now()}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      onlineUrl: "https://meet.example/techlab",
      signupMode: "PLATFORM",
      capacity: 30,
    };
    const made = await queryAs<{ createEvent: { __typename: string; id?: string } }>(
      context,
      `mutation ($organisation: ID!, $input: EventInput!) { createEvent(organisation: $organisation, input: $input) { __typename ... on Event { id } } }`,
      { organisation: organisation.id, input },
    );
    expect(made.createEvent.__typename).toBe("Event");
    const published = await queryAs<{ publishEvent: { __typename: string } }>(context, `mutation ($id: ID!) { publishEvent(id: $id) { __typename } }`, { id: made.createEvent.id });
    expect(published.publishEvent.__typename).toBe("Event");
    ids.push(made.createEvent.id!);
  }
  return ids as [string, string];
}

test("a moderator moves a sign-up to another session of the school, and the person is mailed", async ({ context, baseURL, page }) => {
  await useSharedSession(context, baseURL!, "moderator@techniekloket.example");
  const [from, to] = await twoSessions(context);

  // A teacher signs up through the API, as the event page does.
  const name = `Meester Verplaats ${Date.now()}`;
  const email = `verplaats-${Date.now()}@school.example`;
  const signup = await fetch(API_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation ($input: SignUpForEventInput!) { signUpForEvent(input: $input) { __typename } }`,
      variables: { input: { eventId: from, name, email, groupSize: 2, groupLabel: "groep 8a", organisationName: "Basisschool De Wieken", acceptedPrivacyStatement: true } },
    }),
  });
  expect(await signup.json()).toEqual({ data: { signUpForEvent: { __typename: "SignupWithToken" } } });

  await page.goto(`/beheer/activiteiten/${encodeURIComponent(from)}/aanmeldingen`);
  await page.getByRole("link", { name: new RegExp(`^Verplaatsen\\W+${name}$`) }).click();
  const panel = page.getByRole("region", { name: "Aanmelding verplaatsen" });
  await expect(panel).toContainText(name);

  // Without a choice the form says what is missing.
  await panel.getByRole("button", { name: "Aanmelding verplaatsen" }).click();
  await expect(page.getByRole("link", { name: "Kies de activiteit waar de aanmelding naartoe gaat." })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Naar activiteit").selectOption(to);
  const mail = await mailSentTo(email, () => page.getByRole("button", { name: "Aanmelding verplaatsen" }).click());
  expect(mail.subject).toMatch(/^Aanmelding verplaatst: Techlab verplaatsen week 4/);
  expect(mail.text).toContain("Je aanmelding is daar bevestigd.");
  await expect(page.getByRole("status")).toHaveText(/De aanmelding is verplaatst/);
  await expect(page.getByText(name)).toHaveCount(0);

  // The sign-up is now in the other session's list.
  await page.goto(`/beheer/activiteiten/${encodeURIComponent(to)}/aanmeldingen`);
  await expect(page.getByRole("rowheader", { name })).toBeVisible();
});
