// The organisers' side of sign-ups: the school's editor opens the sign-ups of one of the school's
// events with sign-ups in the demo data, reads the totals and the lists, downloads the door list
// (CSV) and finds the same people in it, mails everyone (the mail arrives), and records
// attendance on a past event. The events are found through the API, as the editor may read them.
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

/** The school's PLATFORM events with confirmed sign-ups (contact data kept), upcoming or past, as its editor reads them. */
async function eventsWithSignups(context: BrowserContext, upcoming: boolean): Promise<FoundEvent[]> {
  const token = (await context.cookies()).find((cookie) => cookie.name === "tl_sessie")?.value;
  const response = await fetch(API_URL, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `query ($upcoming: Boolean!) { organisation(slug: "het-ambachtshuis") { events(first: 100, upcoming: $upcoming, roles: [ORGANISER], statuses: [PUBLISHED]) { edges { node {
        id title signupMode
        signupTotals { confirmedCount confirmedSeats waitingCount }
        signups(first: 1, status: CONFIRMED) { edges { node { name email } } } } } } } }`,
      variables: { upcoming },
    }),
  });
  const body = (await response.json()) as { data: { organisation: { events: { edges: { node: FoundEvent }[] } } }; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.organisation.events.edges
    .map((edge) => edge.node)
    .filter((event) => event.signupMode === "PLATFORM" && (event.signupTotals?.confirmedCount ?? 0) > 0 && event.signups?.edges[0]?.node.email);
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
