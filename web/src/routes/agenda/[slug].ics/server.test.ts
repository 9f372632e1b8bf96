import { isHttpError } from "@sveltejs/kit";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { cancelledWinterEvent } from "$lib/agenda/test-fixtures";
import { GET } from "./+server";

const server = fakeApi();

const request = async (slug: string) =>
  GET({ fetch: globalThis.fetch, params: { slug }, url: new URL(`https://www.hettechniekloket.nl/agenda/${slug}.ics`) } as never);

describe("GET /agenda/<slug>.ics", () => {
  it("serves one event as a download named after its slug", async () => {
    server.use(
      graphql.query("AgendaEventBySlug", ({ variables }) =>
        HttpResponse.json({ data: { event: variables.slug === cancelledWinterEvent.slug ? { __typename: "Event", ...cancelledWinterEvent } : null } }),
      ),
    );
    const response = await request(cancelledWinterEvent.slug);

    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="workshop-drones-bouwen-cuijk-2027-01-08.ics"');
    const body = await response.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(body).toContain("UID:RXZlbnQ6Mg==@www.hettechniekloket.nl");
    expect(body).toContain("SEQUENCE:2");
    expect(body).toContain("STATUS:CANCELLED");
  });

  it("is a 404 for an event that does not exist", async () => {
    server.use(graphql.query("AgendaEventBySlug", () => HttpResponse.json({ data: { event: null } })));
    const thrown = await request("bestaat-niet").catch((error: unknown) => error);
    expect(isHttpError(thrown, 404)).toBe(true);
  });

  it("is a 503 when the API is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("AgendaEventBySlug", () => HttpResponse.error()));
    expect((await request("iets")).status).toBe(503);
  });
});
