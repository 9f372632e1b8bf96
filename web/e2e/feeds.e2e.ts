// The agenda's feeds over HTTP: iCalendar for a filter and for one event, and Atom. The calendar is
// read back with a small parser here, and compared with what the API says.
import { apiQuery, expect, test, VISITOR_MODES } from "./fixtures";

type VEvent = Record<string, string>;

/** Unfolds lines and reads each VEVENT's properties (name without parameters -> value). */
function parseIcs(text: string): { calendar: Record<string, string>; events: VEvent[] } {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const calendar: Record<string, string> = {};
  const events: VEvent[] = [];
  let current: Record<string, string> = calendar;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") events.push((current = {}));
    else if (line === "END:VEVENT") current = calendar;
    else {
      const match = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
      if (match) current[match[1]] = match[2];
    }
  }
  return { calendar, events };
}

/** 2027-01-21T17:00:00.000Z -> 20270121T170000Z */
const icsUtc = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

interface ApiEvent {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  status: string;
  sequence: number;
}

async function apiEvents(filter: Record<string, unknown>): Promise<ApiEvent[]> {
  const data = await apiQuery(
    `query Feed($filter: EventFilter) { events(first: 100, filter: $filter) { edges { node { id slug title startsAt status sequence } } } }`,
    { filter: { signupModes: VISITOR_MODES, ...filter } },
  );
  return data.events.edges.map((edge: { node: ApiEvent }) => edge.node);
}

test("/agenda.ics?soort=techniekmarkt holds the techniekmarkten the API lists", async ({ request, baseURL }) => {
  // The calendar keeps events for 30 days after they end (calendar apps delete what drops out).
  const endedSince = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const expected = await apiEvents({ kinds: ["TECHNIEKMARKT"], from: endedSince });
  expect(expected.length).toBeGreaterThan(0);

  const response = await request.get("/agenda.ics?soort=techniekmarkt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("public, max-age=300");
  const { calendar, events } = parseIcs(await response.text());

  expect(calendar["X-WR-CALNAME"]).toBe("Agenda Het Techniek Loket: Soort: Techniekmarkt");
  const host = new URL(baseURL!).host;
  expect(events.map((e) => e.UID)).toEqual(expected.map((e) => `${e.id}@${host}`));
  expect(events.map((e) => e.DTSTART)).toEqual(expected.map((e) => icsUtc(e.startsAt)));
  expect(events.map((e) => e.URL)).toEqual(expected.map((e) => `${baseURL}/agenda/${e.slug}`));
  for (const event of events) expect(event.SEQUENCE).toMatch(/^\d+$/);
  expect(events.map((e) => e.STATUS)).toEqual(expected.map((e) => (e.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED")));
});

test("a calendar of a fortnight marks its cancelled event as CANCELLED", async ({ request }) => {
  // Any cancelled event of the demo agenda, past or upcoming; a chosen date is honoured even if past.
  const cancelled = (await apiEvents({ from: "2000-01-01T00:00:00Z" })).find((e) => e.status === "CANCELLED");
  expect(cancelled, "the demo agenda has cancelled events").toBeDefined();
  const localDay = (instant: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(instant);
  const start = Date.parse(cancelled!.startsAt);
  const range = `van=${localDay(start)}&tot=${localDay(start + 14 * 86_400_000)}`;

  const { events } = parseIcs(await (await request.get(`/agenda.ics?${range}`)).text());
  const entry = events.find((e) => e.URL?.endsWith(`/agenda/${cancelled!.slug}`));
  expect(entry).toMatchObject({ STATUS: "CANCELLED", SEQUENCE: String(cancelled!.sequence) });
  expect(entry?.SUMMARY).toBe(`Geannuleerd: ${cancelled!.title}`);
});

test("one event's .ics is a download named after its slug", async ({ request, baseURL }) => {
  const [event] = await apiEvents({ kinds: ["TECHNIEKMARKT"] });
  const response = await request.get(`/agenda/${event.slug}.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${event.slug}.ics"`);

  const { events } = parseIcs(await response.text());
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ UID: `${event.id}@${new URL(baseURL!).host}`, DTSTART: icsUtc(event.startsAt), SUMMARY: event.title });
  expect((await request.get("/agenda/bestaat-niet.ics")).status()).toBe(404);
});

test("the Atom feed of a filter parses as XML with one entry per event", async ({ request, page }) => {
  const expected = await apiEvents({ kinds: ["NETWORK_MEETING"] });
  const response = await request.get("/agenda.atom?soort=netwerkbijeenkomst");
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();

  // The browser's XML parser is strict: any escaping mistake shows up as a parsererror.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const entries = [...doc.getElementsByTagName("entry")];
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: doc.documentElement.namespaceURI,
      titles: entries.map((entry) => entry.getElementsByTagName("title")[0].textContent),
      links: entries.map((entry) => entry.getElementsByTagName("link")[0].getAttribute("href")),
    };
  }, xml);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe("http://www.w3.org/2005/Atom");
  expect(parsed.titles).toHaveLength(expected.length);
  expect(parsed.titles).toEqual(expected.map((e) => (e.status === "CANCELLED" ? `Geannuleerd: ${e.title}` : e.title)));
  expect(parsed.links.every((href) => /\/agenda\/[a-z0-9-]+$/.test(href ?? ""))).toBe(true);
});

test("the agenda announces the feeds of its current filter", async ({ page }) => {
  await page.goto("/agenda?soort=techniekmarkt&gemeente=oss");
  const query = "soort=techniekmarkt&gemeente=oss";
  await expect(page.locator('link[rel="alternate"][type="text/calendar"]')).toHaveAttribute("href", `/agenda.ics?${query}`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `/agenda.atom?${query}`);
  await expect(page.getByRole("link", { name: "Abonneer in je agenda" })).toHaveAttribute("href", new RegExp(`^webcal://[^/]+/agenda\\.ics\\?${query}$`));
});
