import { isRedirect } from "@sveltejs/kit";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { load } from "./+page.server";

const server = fakeApi();

type LoadEvent = Parameters<typeof load>[0];

async function runLoad(search: string) {
  const event = { fetch: globalThis.fetch, url: new URL(`http://localhost:3000/organisaties${search}`) } as unknown as LoadEvent;
  return (await load(event)) as Exclude<Awaited<ReturnType<typeof load>>, void>;
}

const answer = {
  organisations: {
    totalCount: 30,
    pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: "s1", endCursor: "e1" },
    edges: [{ node: { slug: "het-ambachtshuis", name: "Het Ambachtshuis", kind: "VMBO_SCHOOL", city: "Oss", hasTechlab: true, logo: null, image: null, profiles: [] } }],
  },
  municipalities: [{ slug: "oss", name: "Oss" }],
  profiles: [{ code: "PIE", name: "Produceren, Installeren en Energie" }],
};

describe("organisation directory load", () => {
  it("sends the filters and cursor to the API and links the pages with the filters kept", async () => {
    let variables: Record<string, unknown> | undefined;
    server.use(
      graphql.query("OrganisationDirectory", ({ variables: sent }) => {
        variables = sent;
        return HttpResponse.json({ data: answer });
      }),
    );

    const data = await runLoad("?soort=vmbo-school&gemeente=oss&profiel=pie&na=c0");

    expect(variables).toEqual({
      first: 24,
      after: "c0",
      filter: { kinds: ["VMBO_SCHOOL"], municipalities: ["oss"], profiles: ["PIE"] },
    });
    expect(data.totalCount).toBe(30);
    expect(data.organisations).toEqual([
      { slug: "het-ambachtshuis", name: "Het Ambachtshuis", kind: "VMBO_SCHOOL", city: "Oss", hasTechlab: true, profiles: [], picture: { src: "/beelden/organisatie/vmbo-school.svg", srcset: null, alt: "", width: 640, height: 360, fit: "cover" } },
    ]);
    expect(data.nextHref).toBe("/organisaties?soort=vmbo-school&gemeente=oss&profiel=pie&na=e1");
    expect(data.previousHref).toBe("/organisaties?soort=vmbo-school&gemeente=oss&profiel=pie&terug=s1");
  });

  it("redirects the former names of the text search and the previous page for good", async () => {
    const thrown = await runLoad("?zoek=ambacht&voor=s1").catch((error: unknown) => error);
    expect(isRedirect(thrown) && [thrown.status, thrown.location]).toEqual([301, "/organisaties?tekst=ambacht&terug=s1"]);
  });

  it("starts again at the first page when the API refuses a stale cursor", async () => {
    server.use(graphql.query("OrganisationDirectory", () => HttpResponse.json({ errors: [{ message: "Invalid cursor: x" }], data: null })));

    const thrown = await runLoad("?soort=bedrijf&na=x").catch((error: unknown) => error);
    expect(isRedirect(thrown) && thrown.location).toBe("/organisaties?soort=bedrijf");
  });

  it("fails with 503 when the API cannot be reached", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("OrganisationDirectory", () => HttpResponse.error()));

    const thrown = await runLoad("?na=x").catch((error: { status?: number }) => error);
    expect((thrown as { status?: number }).status).toBe(503);
  });
});
