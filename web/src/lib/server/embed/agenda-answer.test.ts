// GET /embed/agenda and /embed/agenda/iframe against a fake API (msw).
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { agendaAnswer } from "./answers";
import { edges, event, SITE, widgetRequest } from "./fixtures";

const server = fakeApi();

const municipalities = [
  { slug: "oss", name: "Oss" },
  { slug: "bernheze", name: "Bernheze" },
];

function api(seen: Record<string, unknown>[] = [], organisation: { name: string } | null = null) {
  server.use(
    graphql.query("EmbedAgenda", ({ variables }) => {
      seen.push(variables);
      const cancelled: typeof event = { ...event, id: "2", title: "Gastles <b>robotica</b>", status: "CANCELLED", venue: null };
      return HttpResponse.json({ data: { events: edges(event, cancelled), municipalities, organisation: variables.withOrganisation ? organisation : undefined } });
    }),
  );
  return seen;
}

describe("the agenda fragment", () => {
  it("passes its filters to the API's agenda and says what it shows", async () => {
    const seen = api([], { name: "Aadal College" });
    const response = await agendaAnswer(
      widgetRequest("/embed/agenda?municipality=oss,bernheze&audience=primary,parents&kind=techniekmarkt,open-day&organisation=aadal-college&limit=4"),
      "fragment",
    );
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(seen).toEqual([
      {
        first: 4,
        filter: {
          municipalities: ["oss", "bernheze"],
          audienceSectors: ["PRIMARY", "PARENTS"],
          kinds: ["TECHNIEKMARKT", "OPEN_DAY"],
          organisation: "aadal-college",
        },
        organisation: "aadal-college",
        withOrganisation: true,
      },
    ]);
    expect(html).toContain("Aadal College · In Oss, Bernheze · Voor basisonderwijs, ouders · Techniekmarkt, Open dag");
    expect(html).toMatch(/<h2[^>]*>Techniekagenda<\/h2>/);
    expect(html).toMatch(/<h3 class="event-title[^"]*"><a href="http:\/\/localhost:3000\/agenda\/techniekmarkt-veghel-2027-01-21"/);
    expect(html).toContain("Geannuleerd:");
    expect(html).toContain("Gastles &lt;b>robotica&lt;/b>");
    expect(html).toContain(`href="${SITE}/agenda"`);
    expect(response.headers.get("techniek-warnings")).toBeNull();
  });

  it("asks for the whole region's next five events by default", async () => {
    const seen = api();
    await agendaAnswer(widgetRequest("/embed/agenda"), "fragment");
    expect(seen).toEqual([{ first: 5, filter: {}, organisation: "", withOrganisation: false }]);
  });

  it("warns about a municipality or organisation the platform does not know", async () => {
    api([], null);
    const response = await agendaAnswer(widgetRequest("/embed/agenda?municipality=os&organisation=bestaat-niet&kind=markt"), "fragment");
    const lines = response.headers.get("techniek-warnings")!.split(",").map(decodeURIComponent);
    expect(lines).toEqual([
      expect.stringMatching(/^kind: unknown value "markt"/),
      'municipality: no municipality "os" on the platform',
      'organisation: no organisation "bestaat-niet" on the platform',
    ]);
    expect(response.status).toBe(200);
  });

  it("keeps titles plain in the compact layout, in English with lang=en", async () => {
    api();
    const html = await (await agendaAnswer(widgetRequest("/embed/agenda?layout=compact&lang=en&heading-level=4"), "fragment")).text();
    expect(html).toMatch(/<h4[^>]*>Technology events<\/h4>/);
    expect(html).not.toContain("<h5");
    expect(html).toMatch(/Thu 21 Jan, 18:00/);
    expect(html).toContain("Cancelled:");
  });

  it("answers 503 with a message and a link to the site's agenda when the API is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("EmbedAgenda", () => new Response("Bad Gateway", { status: 502 })));
    const response = await agendaAnswer(widgetRequest("/embed/agenda?lang=en"), "fragment");
    expect(response.status).toBe(503);
    expect(response.headers.get("techniek-error")).toBeTruthy();
    const html = await response.text();
    expect(html).toContain("This overview cannot be shown right now.");
    expect(html).toContain(`href="${SITE}/agenda"`);
  });

  it("answers 400, not 503, when the API refuses what the attributes ask for", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(
      graphql.query("EmbedAgenda", () =>
        HttpResponse.json({ errors: [{ message: "organisation is too long", extensions: { code: "BAD_USER_INPUT" } }], data: null }),
      ),
    );
    const response = await agendaAnswer(widgetRequest("/embed/agenda/iframe?organisation=aadal-college"), "document");
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const html = await response.text();
    expect(html).toContain("Dit overzicht kan met deze instellingen niet worden getoond.");
    expect(html).toContain(`href="${SITE}/agenda"`);
  });

  it("has an iframe form with a title and links that leave the frame", async () => {
    api();
    const html = await (await agendaAnswer(widgetRequest("/embed/agenda/iframe"), "document")).text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<title>Techniekagenda - Het Techniek Loket</title>");
    expect(html).toContain('target="_top"');
  });
});
