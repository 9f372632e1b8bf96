import { isHttpError } from "@sveltejs/kit";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { load } from "./+page.server";

const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("$env/dynamic/private", () => ({ env }));

const server = fakeApi();

type LoadEvent = Parameters<typeof load>[0];

/** The headers the last load set. */
let headers: Record<string, string> = {};

async function runLoad(slug: string, sessionToken: string | null = null) {
  // The load function uses only `fetch`, `params`, `url`, the session token and `setHeaders`.
  headers = {};
  const event = {
    fetch: globalThis.fetch,
    params: { slug },
    url: new URL(`http://localhost:3000/agenda/${slug}`),
    locals: { sessionToken },
    setHeaders: (set: Record<string, string>) => Object.assign(headers, set),
  } as unknown as LoadEvent;
  return (await load(event)) as Exclude<Awaited<ReturnType<typeof load>>, void>;
}

/** Runs the load function and returns the HTTP error it throws. */
async function loadError(slug: string) {
  try {
    await runLoad(slug);
  } catch (thrown) {
    if (isHttpError(thrown)) return thrown;
    throw thrown;
  }
  throw new Error("The load function did not fail");
}

const markt = {
  slug: "techniekmarkt-oss-2027-03-11",
  title: "Techniekmarkt Oss </script>",
  summary: "Bedrijven en scholen laten techniek zien.",
  description: "Bedrijven en scholen laten techniek zien.",
  kind: "TECHNIEKMARKT",
  status: "PUBLISHED",
  cancellationReason: null,
  startsAt: "2027-03-11T14:00:00.000Z",
  endsAt: "2027-03-11T18:00:00.000Z",
  allDay: false,
  capacity: null,
  costCents: 0,
  signupMode: "NONE",
  signupUrl: null,
  signupOpensAt: null,
  signupClosesAt: null,
  onlineUrl: null,
  leerwegen: [],
  audiences: [{ code: "PARENTS", name: "Ouders" }],
  profiles: [],
  themes: [],
  actionLines: [{ number: 2, slug: "onderbouw-vmbo", title: "Techniek in de onderbouw" }],
  challenge: null,
  organisers: [{ role: "ORGANISER", organisation: { slug: "het-ambachtshuis", name: "Het Ambachtshuis", email: null } }],
  venue: { name: "Sporthal", street: "Kruisstraat 1", postalCode: "5341 AA", city: "Oss", latitude: 51.76, longitude: 5.52 },
};

describe("event page load", () => {
  it("asks the API for the event by slug and returns it with its links and JSON-LD", async () => {
    let variables: Record<string, unknown> | undefined;
    server.use(
      graphql.query("EventPage", ({ variables: sent }) => {
        variables = sent;
        return HttpResponse.json({ data: { event: markt } });
      }),
    );

    const data = await runLoad(markt.slug);

    expect(variables).toEqual({ slug: markt.slug, signedIn: false });
    expect(data.event).toEqual(markt);
    expect(data.canonicalUrl).toBe(`http://localhost:3000/agenda/${markt.slug}`);
    expect(data.calendar.ics).toBe(`/agenda/${markt.slug}.ics`);
    expect(new URL(data.calendar.google).searchParams.get("dates")).toBe("20270311T140000Z/20270311T180000Z");
    expect(new URL(data.calendar.outlook).searchParams.get("location")).toBe("Sporthal, Kruisstraat 1, 5341 AA Oss");
    expect(data.jsonLd).not.toContain("</script>");
    expect(JSON.parse(data.jsonLd)).toMatchObject({ name: markt.title, startDate: "2027-03-11T15:00:00+01:00" });
  });

  it("asks anonymously for anonymous visitors, and leaves the page's caching alone", async () => {
    let authorization: string | null = "not asked";
    server.use(
      graphql.query("EventPage", ({ request }) => {
        authorization = request.headers.get("authorization");
        return HttpResponse.json({ data: { event: markt } });
      }),
    );
    const data = await runLoad(markt.slug);
    expect(authorization).toBeNull();
    expect(headers).toEqual({});
    expect(data).toMatchObject({ preview: false, editUrl: null });
  });

  it("shows its editors a draft as a preview with an edit link, never cached or indexed", async () => {
    let seen: { authorization: string | null; variables: Record<string, unknown> } | undefined;
    const draft = { ...markt, status: "DRAFT", id: "RXZlbnQ6NDI=", viewerCanEdit: true };
    server.use(
      graphql.query("EventPage", ({ request, variables }) => {
        seen = { authorization: request.headers.get("authorization"), variables };
        return HttpResponse.json({ data: { event: draft } });
      }),
    );
    const data = await runLoad(markt.slug, "token-1");
    expect(seen).toEqual({ authorization: "Bearer token-1", variables: { slug: markt.slug, signedIn: true } });
    expect(headers).toEqual({ "cache-control": "private, no-store", "x-robots-tag": "noindex" });
    expect(data).toMatchObject({ preview: true, editUrl: "/beheer/activiteiten/RXZlbnQ6NDI%3D" });
  });

  it("keeps a signed-in visitor's page private, without an edit link for someone else's event", async () => {
    server.use(graphql.query("EventPage", () => HttpResponse.json({ data: { event: { ...markt, id: "RXZlbnQ6NDI=", viewerCanEdit: false } } })));
    const data = await runLoad(markt.slug, "token-1");
    expect(headers).toEqual({ "cache-control": "private, no-store" });
    expect(data).toMatchObject({ preview: false, editUrl: null });
  });

  it("uses SITE_URL for the canonical address when set", async () => {
    env.SITE_URL = "https://www.loket.example";
    server.use(graphql.query("EventPage", () => HttpResponse.json({ data: { event: markt } })));

    expect((await runLoad(markt.slug)).canonicalUrl).toBe(`https://www.loket.example/agenda/${markt.slug}`);
    delete env.SITE_URL;
  });

  it("fails with 404 for an unknown slug", async () => {
    server.use(graphql.query("EventPage", () => HttpResponse.json({ data: { event: null } })));

    expect((await loadError("bestaat-niet")).status).toBe(404);
  });

  it("fails with 503 when the API cannot be reached", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("EventPage", () => HttpResponse.error()));

    const failure = await loadError(markt.slug);
    expect(failure.status).toBe(503);
    expect(failure.body.message).not.toMatch(/fetch|ECONN/i);
    expect(log).toHaveBeenCalledOnce();
  });

  it("fails with 503 when the API answers with errors", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("EventPage", () => HttpResponse.json({ errors: [{ message: "Unexpected error." }] })));

    expect((await loadError(markt.slug)).status).toBe(503);
  });
});
