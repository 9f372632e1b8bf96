import { apiQuery, expect, expectNoA11yViolations, test } from "./fixtures";

/** A cancelled event of the demo network (the seed places its calendar in the current school year). */
async function cancelledSlug(): Promise<string> {
  const { events } = await apiQuery(`{ events(first: 100, filter: { from: "2000-01-01T00:00:00Z" }) { edges { node { slug status } } } }`);
  const cancelled = events.edges.find((edge: { node: { status: string } }) => edge.node.status === "CANCELLED");
  expect(cancelled, "the demo agenda has cancelled events").toBeDefined();
  return cancelled.node.slug;
}

interface ApiEvent {
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
}

/** The API's next published, timed event: the tests follow the data instead of fixing a date. */
async function nextTimedEvent(): Promise<ApiEvent> {
  const { events } = await apiQuery<{ events: { edges: { node: ApiEvent }[] } }>(
    `{ events(first: 20, filter: { includeCancelled: false }) { edges { node { slug title startsAt endsAt allDay } } } }`,
  );
  const event = events.edges.map((edge) => edge.node).find((node) => !node.allDay);
  if (!event) throw new Error("The API has no upcoming timed event");
  return event;
}

/** The JSON-LD of the page, parsed. */
async function jsonLd(page: import("@playwright/test").Page) {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? "null") as Record<string, unknown>;
}

const basicUtc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

test("an event page shows the event, its structured data and calendar links", async ({ page }) => {
  const event = await nextTimedEvent();
  await page.goto(`/agenda/${event.slug}`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
  await expect(page.getByRole("heading", { level: 2, name: "Praktische informatie" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: "Agenda" })).toBeVisible();

  const data = await jsonLd(page);
  expect(data["@type"]).toBe("Event");
  expect(data.name).toBe(event.title);
  expect(String(data.startDate)).toMatch(/T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
  expect(new Date(String(data.startDate)).toISOString()).toBe(new Date(event.startsAt).toISOString());
  expect(data.eventStatus).toBe("https://schema.org/EventScheduled");

  const pageUrl = new URL(`/agenda/${event.slug}`, page.url()).href;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", pageUrl);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", event.title);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", pageUrl);

  const calendar = page.getByRole("region", { name: "Zet in je agenda" });
  await expect(calendar.getByRole("link", { name: /\.ics/ })).toHaveAttribute("href", `/agenda/${event.slug}.ics`);
  const google = new URL((await calendar.getByRole("link", { name: /^Toevoegen aan Google/ }).getAttribute("href")) ?? "");
  expect(google.searchParams.get("dates")).toBe(`${basicUtc(event.startsAt)}/${basicUtc(event.endsAt)}`);
  expect(google.searchParams.get("text")).toBe(event.title);
  const outlook = new URL((await calendar.getByRole("link", { name: /^Toevoegen aan Outlook/ }).getAttribute("href")) ?? "");
  expect(outlook.searchParams.get("startdt")).toBe(new Date(event.startsAt).toISOString().replace(/\.\d{3}/, ""));
  expect(outlook.searchParams.get("enddt")).toBe(new Date(event.endsAt).toISOString().replace(/\.\d{3}/, ""));

  await expectNoA11yViolations(page);
});

test("a cancelled event says so at the top and in its structured data", async ({ page }) => {
  const slug = await cancelledSlug();
  const { event } = await apiQuery(`{ event(slug: "${slug}") { title status cancellationReason } }`);
  expect(event.status).toBe("CANCELLED");
  await page.goto(`/agenda/${slug}`);

  const notice = page.getByRole("status");
  await expect(notice).toContainText("Deze activiteit is geannuleerd.");
  await expect(notice).toContainText(event.cancellationReason);
  expect((await jsonLd(page)).eventStatus).toBe("https://schema.org/EventCancelled");
  await expect(page.getByRole("region", { name: "Zet in je agenda" })).toHaveCount(0);
  await expectNoA11yViolations(page);
});

test("an unknown event gets the Dutch 404 page", async ({ page }) => {
  const response = await page.goto("/agenda/bestaat-niet-2099-01-01");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await expectNoA11yViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the event page is complete", async ({ page }) => {
    const event = await nextTimedEvent();
    await page.goto(`/agenda/${event.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
    await expect(page.getByRole("heading", { name: "Aanmelden" })).toBeVisible();
  });
});
