import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { load } from "./+page.server";

const server = fakeApi();

type LoadEvent = Parameters<typeof load>[0];

async function runLoad() {
  // The load function uses only `fetch` and `url` from its event.
  const event = { fetch: globalThis.fetch, url: new URL("http://localhost/") } as unknown as LoadEvent;
  return load(event);
}

const event = {
  id: "RXZlbnQ6MQ==",
  slug: "techniekmarkt-oss-2026-03-12",
  title: "Techniekmarkt Oss",
  startsAt: "2026-03-12T14:00:00.000Z",
  endsAt: "2026-03-12T18:00:00.000Z",
  allDay: false,
  status: "PUBLISHED",
  kind: "TECHNIEKMARKT",
  image: null,
  venue: { name: "Sporthal De Rusheuvel", city: "Oss" },
};
/** An event as the page shows it: with the drawing for its kind in place of an uploaded picture. */
const shown = ({ image: _, ...rest }: typeof event) => ({ ...rest, picture: { src: "/beelden/activiteit/techniekmarkt.svg", srcset: null, alt: "", width: 640, height: 360, fit: "cover" } });

describe("home page load", () => {
  it("asks the API for the next techniekmarkten and the events a visitor can go to, and returns them", async () => {
    const markt = { ...event, id: "RXZlbnQ6Mg==", slug: "techniekmarkt-veghel-2027-01-21", title: "Techniekmarkt Veghel" };
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.query("Home", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({
          data: { techniekmarkten: { edges: [{ node: markt }] }, upcoming: { edges: [{ node: event }] } },
        });
      }),
    );

    expect(await runLoad()).toEqual({ techniekmarkten: [shown(markt)], events: [shown(event)], canonicalUrl: "http://localhost/" });
    expect(sent).toEqual({ visitorModes: ["NONE", "PLATFORM", "EXTERNAL"] });
  });

  it("returns events: null instead of failing when the API cannot be reached", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("Home", () => HttpResponse.error()));

    expect(await runLoad()).toEqual({ events: null, techniekmarkten: null, canonicalUrl: "http://localhost/" });
    expect(log).toHaveBeenCalledOnce();
  });

  it("returns events: null when the API answers with a server error", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("Home", () => new Response("Bad Gateway", { status: 502 })));

    expect(await runLoad()).toEqual({ events: null, techniekmarkten: null, canonicalUrl: "http://localhost/" });
    expect(log).toHaveBeenCalledOnce();
  });

  it("returns events: null when the API answers with GraphQL errors only", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(
      graphql.query("Home", () =>
        HttpResponse.json({ errors: [{ message: "Unexpected error." }] }),
      ),
    );

    expect(await runLoad()).toEqual({ events: null, techniekmarkten: null, canonicalUrl: "http://localhost/" });
    expect(log).toHaveBeenCalledOnce();
  });
});
