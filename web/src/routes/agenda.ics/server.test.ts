import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { cancelledWinterEvent, summerEvent, vocabulary } from "$lib/agenda/test-fixtures";
import { GET as atom } from "../agenda.atom/+server";
import { CALENDAR_KEEPS_ENDED_DAYS as KEEP_ENDED_DAYS } from "$lib/agenda/feeds.server";
import { GET as ics } from "./+server";

const server = fakeApi();

type Handler = (event: never) => Response | Promise<Response>;
const request = async (handler: Handler, path: string) =>
  handler({ fetch: globalThis.fetch, url: new URL(`https://www.hettechniekloket.nl${path}`) } as never);

/** Two pages of events, to show that the feeds page through the API. */
function api() {
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql.query("AgendaVocabulary", () => HttpResponse.json({ data: vocabulary })),
    graphql.query("AgendaEvents", ({ variables }) => {
      sent.push(variables);
      const first = !variables.after;
      const node = { __typename: "Event", ...(first ? cancelledWinterEvent : summerEvent) };
      const pageInfo = { hasNextPage: first, hasPreviousPage: !first, startCursor: "s", endCursor: first ? "p1" : "p2" };
      return HttpResponse.json({ data: { events: { totalCount: 2, pageInfo, edges: [{ node }] } } });
    }),
  );
  return sent;
}

describe("GET /agenda.ics", () => {
  it("serves the filtered agenda as a calendar, paging through the API", async () => {
    const sent = api();
    const response = await request(ics, "/agenda.ics?soort=techniekmarkt&gemeente=oss");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const body = await response.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(body).toContain("STATUS:CANCELLED");
    expect(body.replace(/\r\n /g, "")).toContain("X-WR-CALNAME:Agenda Het Techniek Loket: Soort: Techniekmarkt\\, Gemeente: Oss");
    expect(sent.map((v) => [v.after ?? null, (v.filter as { kinds?: string[] }).kinds])).toEqual([
      [null, ["TECHNIEKMARKT"]],
      ["p1", ["TECHNIEKMARKT"]],
    ]);
  });

  it("keeps events for 30 days after they end, so subscribed calendars keep the recent past", async () => {
    const sent = api();
    const keep = KEEP_ENDED_DAYS * 86_400_000;
    const before = Date.now();
    await request(ics, "/agenda.ics");
    const after = Date.now();
    const from = Date.parse((sent[0].filter as { from: string }).from);
    expect(from).toBeGreaterThanOrEqual(before - keep);
    expect(from).toBeLessThanOrEqual(after - keep);
  });

  it("answers 503 in Dutch when the API is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("AgendaVocabulary", () => HttpResponse.error()));
    const response = await request(ics, "/agenda.ics");

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("300");
    expect(await response.text()).toContain("De agenda is even niet bereikbaar");
  });
});

describe("GET /agenda.atom", () => {
  it("serves the same events as an Atom feed", async () => {
    api();
    const response = await request(atom, "/agenda.atom?soort=techniekmarkt");

    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const body = await response.text();
    expect(body.match(/<entry>/g)).toHaveLength(2);
    expect(body).toContain('<link rel="alternate" type="text/html" href="https://www.hettechniekloket.nl/agenda?soort=techniekmarkt"/>');
  });
});
