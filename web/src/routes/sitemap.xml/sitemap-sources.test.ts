import { isHttpError } from "@sveltejs/kit";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { sitemapEntries, STATIC_PATHS } from "./sitemap-sources";

const server = fakeApi();

const node = (slug: string) => ({ node: { slug, updatedAt: "2026-11-01T10:00:00.000Z" } });

describe("sitemapEntries", () => {
  it("pages through events, organisations and offerings and adds the fixed pages", async () => {
    const eventRequests: Record<string, unknown>[] = [];
    server.use(
      graphql.query("SitemapEvents", ({ variables }) => {
        eventRequests.push(variables);
        const first = variables.after == null;
        return HttpResponse.json({
          data: {
            events: {
              pageInfo: { hasNextPage: first, endCursor: first ? "c1" : "c2" },
              edges: first ? [node("markt-1"), node("markt-2")] : [node("markt-3")],
            },
          },
        });
      }),
      graphql.query("SitemapOrganisations", () =>
        HttpResponse.json({
          data: { organisations: { pageInfo: { hasNextPage: false, endCursor: "o1" }, edges: [node("het-ambachtshuis")] } },
        }),
      ),
      graphql.query("SitemapOfferings", () =>
        HttpResponse.json({ data: { offerings: { pageInfo: { hasNextPage: false, endCursor: "a1" }, edges: [{ node: { slug: "gastles-warmtepompen" } }] } } }),
      ),
      graphql.query("SitemapNetwork", () =>
        HttpResponse.json({ data: { actionLines: [{ slug: "onderbouw-vmbo" }], challenges: [{ slug: "warmtepomp-challenge" }] } }),
      ),
    );

    const entries = await sitemapEntries(globalThis.fetch, "https://loket.example", new Date("2026-11-28T12:00:00.000Z"));
    const locs = entries.map((entry) => entry.loc);

    expect(locs.slice(0, STATIC_PATHS.length)).toEqual(STATIC_PATHS.map((path) => `https://loket.example${path}`));
    expect(locs).toContain("https://loket.example/actielijnen/onderbouw-vmbo");
    expect(locs).toContain("https://loket.example/challenges/warmtepomp-challenge");
    expect(locs).toContain("https://loket.example/organisaties/het-ambachtshuis");
    expect(locs).toContain("https://loket.example/aanbod/gastles-warmtepompen");
    expect(locs.filter((loc) => loc.includes("/agenda/"))).toEqual([
      "https://loket.example/agenda/markt-1",
      "https://loket.example/agenda/markt-2",
      "https://loket.example/agenda/markt-3",
    ]);
    expect(entries.find((entry) => entry.loc.endsWith("markt-1"))?.lastmod).toBe("2026-11-01T10:00:00.000Z");
    // Published events of the past year and later, a page of 100 at a time, following the cursor.
    expect(eventRequests).toEqual([
      { first: 100, after: null, from: "2025-11-28T12:00:00.000Z" },
      { first: 100, after: "c1", from: "2025-11-28T12:00:00.000Z" },
    ]);
  });

  it("fails with 503 when the API is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(
      graphql.query("SitemapEvents", () => HttpResponse.error()),
      graphql.query("SitemapOrganisations", () => HttpResponse.error()),
      graphql.query("SitemapOfferings", () => HttpResponse.error()),
      graphql.query("SitemapNetwork", () => HttpResponse.error()),
    );

    const failure = await sitemapEntries(globalThis.fetch, "https://loket.example").catch((thrown: unknown) => thrown);
    expect(isHttpError(failure) && failure.status).toBe(503);
  });
});
