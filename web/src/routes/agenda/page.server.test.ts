import { API_DOWN_MESSAGE } from "$lib/server/api";
import { isHttpError, isRedirect } from "@sveltejs/kit";
import { graphql, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { cancelledWinterEvent, summerEvent, vocabulary } from "$lib/agenda/test-fixtures";
import { load } from "./+page.server";
import type { PageServerData } from "./$types";

const server = fakeApi();
beforeEach(() => {
  // Saturday 28 November 2026, 10:00 in Amsterdam. Only Date is faked: msw and urql need timers.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-28T09:00:00.000Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

type LoadEvent = Parameters<typeof load>[0];
type Data = PageServerData;

async function runLoad(search: string): Promise<Data> {
  const url = new URL(`http://localhost/agenda${search}`);
  return (await load({ fetch: globalThis.fetch, url } as unknown as LoadEvent)) as Data;
}

/** What the agenda shows by default: what a visitor can go to, not sessions by invitation only. */
const OPEN = ["NONE", "PLATFORM", "EXTERNAL"];

const pageInfo = { hasNextPage: true, hasPreviousPage: false, startCursor: "c1", endCursor: "c2" };

/** Answers the vocabulary (with `place` for locate) and records the variables of each events query. */
function api({ place = null as { name: string; latitude: number; longitude: number } | null, events = [summerEvent], info = pageInfo } = {}) {
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql.query("AgendaVocabulary", ({ variables }) =>
      HttpResponse.json({ data: { ...vocabulary, ...(variables.withPlace ? { locate: place } : {}) } }),
    ),
    graphql.query("AgendaEvents", ({ variables }) => {
      sent.push(variables);
      if (variables.after === "verlopen") return HttpResponse.json({ errors: [{ message: "Invalid cursor: verlopen" }], data: null });
      const edges = events.map((node) => ({ node: { __typename: "Event", ...node } }));
      return HttpResponse.json({ data: { events: { totalCount: 42, pageInfo: info, edges } } });
    }),
  );
  return sent;
}

describe("agenda load", () => {
  it("lists the next 20 events from now with the total and a link to the next page", async () => {
    const sent = api();
    const data = await runLoad("");

    expect(sent).toEqual([{ filter: { from: "2026-11-28T09:00:00.000Z", signupModes: OPEN }, first: 20, after: null }]);
    expect(data).toMatchObject({ view: "lijst", today: "2026-11-28", notices: [], conditions: [], filtered: false });
    expect(data.list).toMatchObject({ totalCount: 42, nextHref: "/agenda?na=c2", previousHref: null });
    expect(data.list?.events.map((e) => e.slug)).toEqual([summerEvent.slug]);
    expect(data.feeds).toEqual({ ics: "/agenda.ics", atom: "/agenda.atom", webcal: "webcal://localhost/agenda.ics", url: "http://localhost/agenda.ics" });
  });

  it("sends the URL's filter to the API and keeps it in every link", async () => {
    const sent = api();
    const data = await runLoad("?soort=techniekmarkt&gemeente=oss&voor=basisonderwijs&tekst=robot&van=2026-12-01&tot=2027-01-31");

    expect(sent[0].filter).toEqual({
      from: "2026-11-30T23:00:00.000Z",
      to: "2027-01-31T23:00:00.000Z",
      kinds: ["TECHNIEKMARKT"],
      municipalities: ["oss"],
      audienceSectors: ["PRIMARY"],
      text: "robot",
      signupModes: OPEN,
    });
    // A search is ranked: the events with the words in their title first.
    expect(sent[0].order).toBe("RELEVANCE");
    expect(data.list?.ranked).toBe(true);
    const query = "soort=techniekmarkt&van=2026-12-01&tot=2027-01-31&gemeente=oss&voor=basisonderwijs&tekst=robot";
    expect(data.list?.nextHref).toBe(`/agenda?${query}&na=c2`);
    expect(data.feeds.ics).toBe(`/agenda.ics?${query}`);
    expect(data.conditions.map((c) => c.label)).toContain("Gemeente: Oss");
  });

  it("ignores unknown values with a notice instead of failing", async () => {
    const sent = api();
    const data = await runLoad("?soort=kermis&gemeente=atlantis&van=gisteren");

    expect(sent[0].filter).toEqual({ from: "2026-11-28T09:00:00.000Z", signupModes: OPEN });
    expect(data.notices).toHaveLength(3);
  });

  it("ignores dates at the edges of the calendar with a notice, in the list and the month view", async () => {
    const sent = api({ info: { ...pageInfo, hasNextPage: false } });
    const list = await runLoad("?van=2026-02-30&tot=9999-12-31");
    const month = await runLoad("?weergave=maand&maand=9999-12&van=0001-01-01");

    expect(sent[0].filter).toEqual({ from: "2026-11-28T09:00:00.000Z", signupModes: OPEN });
    expect(list.notices).toHaveLength(2);
    expect(month.calendar?.month).toBe("2026-11");
    expect(month.notices).toHaveLength(2);
  });

  it("answers 400, not 'unavailable', when the API refuses the visitor's input", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    server.use(
      graphql.query("AgendaVocabulary", () =>
        HttpResponse.json({ errors: [{ message: "query must not contain NUL", extensions: { code: "BAD_USER_INPUT" } }], data: null }),
      ),
    );
    const thrown = await runLoad("?plaats=oss").catch((error: unknown) => error);
    expect(isHttpError(thrown) && thrown.status).toBe(400);
  });

  it("filters by distance from a place the API knows, and says so when it knows none", async () => {
    const known = api({ place: { name: "Veghel", latitude: 51.6, longitude: 5.54 } });
    const near = await runLoad("?plaats=veghel&afstand=25");
    expect(known[0].filter).toMatchObject({ near: { latitude: 51.6, longitude: 5.54, radiusKm: 25 } });
    expect(near.conditions.map((c) => c.label)).toEqual(["Binnen 25 km van Veghel"]);

    server.resetHandlers();
    const unknown = api({ place: null });
    const nowhere = await runLoad("?plaats=Atlantis");
    expect(unknown[0].filter).not.toHaveProperty("near");
    expect(nowhere.notices).toEqual([expect.stringContaining("We kennen die plaats of postcode niet")]);
    expect(nowhere.placeName).toBeNull();
  });

  it("goes back a page with the API's last/before", async () => {
    const sent = api({ info: { ...pageInfo, hasPreviousPage: true } });
    const data = await runLoad("?soort=workshop&terug=c9");

    expect(sent[0]).toMatchObject({ last: 20, before: "c9" });
    expect(data.list).toMatchObject({ previousHref: "/agenda?soort=workshop&terug=c1", nextHref: "/agenda?soort=workshop&na=c2" });
  });

  it("falls back to the first page for a cursor the API refuses", async () => {
    const sent = api();
    const data = await runLoad("?na=verlopen");

    expect(sent.map((v) => v.after ?? null)).toEqual(["verlopen", null]);
    expect(data.notices).toEqual(["Die paginalink werkt niet meer. We tonen de eerste pagina."]);
    expect(data.list?.events).toHaveLength(1);
  });

  it("shows a whole month, past days included, paging through the API", async () => {
    const sent = api({ events: [cancelledWinterEvent], info: { ...pageInfo, hasNextPage: false } });
    const data = await runLoad("?weergave=maand&maand=2026-11&soort=workshop");

    expect(sent).toEqual([
      { filter: { from: "2026-10-31T23:00:00.000Z", to: "2026-11-30T23:00:00.000Z", kinds: ["WORKSHOP"], signupModes: OPEN }, first: 100, after: null },
    ]);
    expect(data.calendar).toMatchObject({
      month: "2026-11",
      totalCount: 42,
      shown: 1,
      previousHref: "/agenda?soort=workshop&weergave=maand&maand=2026-10",
      nextHref: "/agenda?soort=workshop&weergave=maand&maand=2026-12",
    });
  });

  it("opens the month view on this month when none is given", async () => {
    api({ info: { ...pageInfo, hasNextPage: false } });
    const data = await runLoad("?weergave=maand");
    expect(data.calendar?.month).toBe("2026-11");
  });

  it("redirects a form submission with empty fields to the short address", async () => {
    const redirected = await runLoad("?tekst=&soort=techniekmarkt&van=&afstand=10&weergave=lijst").catch((thrown: unknown) => thrown);
    expect(isRedirect(redirected) && redirected.location).toBe("/agenda?soort=techniekmarkt");
  });

  it("answers 503 when the API is down", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("AgendaVocabulary", () => HttpResponse.error()));

    expect(await runLoad("?soort=techniekmarkt").catch((thrown: unknown) => thrown)).toMatchObject({ status: 503, body: { message: API_DOWN_MESSAGE } });
    expect(log).toHaveBeenCalledOnce();
  });

  it("answers 503 when only the events query fails", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(
      graphql.query("AgendaVocabulary", () => HttpResponse.json({ data: vocabulary })),
      graphql.query("AgendaEvents", () => new Response("Bad Gateway", { status: 502 })),
    );

    expect(await runLoad("").catch((thrown: unknown) => thrown)).toMatchObject({ status: 503 });
    expect(log).toHaveBeenCalled();
  });
});
