import { describe, expect, it, vi } from "vitest";

// The hooks read their limit when they load.
const env = vi.hoisted(() => ({ WEB_RATE_LIMIT: "2", API_URL: "http://api.internal:4000/graphql" }) as Record<string, string | undefined>);
vi.mock("$env/dynamic/private", () => ({ env }));
const { handle } = await import("./hooks.server");

let clients = 0;
type Event = Parameters<typeof handle>[0]["event"];

function eventFor(pathname: string, client: string, cookies: Record<string, string> = {}): Event {
  return {
    url: new URL(`http://localhost${pathname}`),
    getClientAddress: () => client,
    cookies: { get: (name: string) => cookies[name] },
    locals: {},
  } as unknown as Event;
}

async function request(pathname: string, { response = new Response("ok"), client = `192.0.2.${++clients}` } = {}) {
  return await handle({ event: eventFor(pathname, client), resolve: async () => response });
}

async function headersFor(pathname: string, response?: Response) {
  return (await request(pathname, { response })).headers;
}

describe("security headers", () => {
  it("protects the site's pages from sniffing, leaking referrers and being framed by others", async () => {
    const headers = await headersFor("/agenda");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("lets any school's website frame the widget's iframe form", async () => {
    const headers = await headersFor("/embed/aanbod/iframe");
    expect(headers.get("x-frame-options")).toBeNull();
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("lets pages show the API's pictures, from its public origin", async () => {
    const page = () => new Response("ok", { headers: { "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'" } });
    expect((await headersFor("/agenda/x", page())).get("content-security-policy")).toBe(
      "default-src 'self'; img-src 'self' data: http://api.internal:4000; object-src 'none'",
    );
    env.API_PUBLIC_URL = "https://api.techniekloket.nl";
    expect((await headersFor("/agenda/x", page())).get("content-security-policy")).toContain("img-src 'self' data: https://api.techniekloket.nl;");
    delete env.API_PUBLIC_URL;
  });

  it("keeps headers a route set itself", async () => {
    const headers = await headersFor("/agenda.ics", new Response("", { headers: { "Referrer-Policy": "no-referrer" } }));
    expect(headers.get("referrer-policy")).toBe("no-referrer");
  });
});

describe("the API out of reach", () => {
  it("answers every 503 with Retry-After and keeps it out of caches, unless the route said otherwise", async () => {
    const page = await headersFor("/agenda", new Response("<h1>Even niet bereikbaar</h1>", { status: 503 }));
    expect(page.get("retry-after")).toBe("120");
    expect(page.get("cache-control")).toBe("no-store");
    const feed = await headersFor("/agenda.ics", new Response("", { status: 503, headers: { "retry-after": "300" } }));
    expect(feed.get("retry-after")).toBe("300");
    expect((await headersFor("/agenda")).get("retry-after")).toBeNull();
  });
});

describe("rate limit", () => {
  it("refuses a client over WEB_RATE_LIMIT with a 429 that carries the security headers", async () => {
    const client = "198.51.100.7";
    for (const path of ["/", "/agenda.atom"]) expect((await request(path, { client })).status).toBe(200);
    const refused = await request("/sitemap.xml", { client });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await request("/sitemap.xml")).status).toBe(200);
  });
});

describe("addresses with control characters", () => {
  it("get a 400 in Dutch for a NUL in a parameter or a path segment, before any route sees them", async () => {
    for (const path of ["/agenda?tekst=a%00b", "/organisaties/a%00b", "/embed/agenda?municipality=%00"]) {
      const response = await request(path);
      expect(response.status, path).toBe(400);
      expect(await response.text()).toMatch(/^Dit adres bevat tekens die we niet kunnen lezen/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

describe("the session cookie", () => {
  it("is read into locals for the pages, and absent means anonymous", async () => {
    const signedIn = eventFor("/beheer", "192.0.2.250", { tl_sessie: "token-1" });
    const anonymous = eventFor("/beheer", "192.0.2.251");
    await handle({ event: signedIn, resolve: async () => new Response("ok") });
    await handle({ event: anonymous, resolve: async () => new Response("ok") });
    expect(signedIn.locals.sessionToken).toBe("token-1");
    expect(anonymous.locals.sessionToken).toBeNull();
  });
});
