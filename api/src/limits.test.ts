// The published limits: page size (see agenda tests), depth, aliases, cost, rate; CORS; GraphiQL.
import { describe, expect, it } from "vitest";
import { graphql } from "./test/graphql.ts";
import { createApi } from "./yoga.ts";

describe("query limits", () => {
  it("rejects a query nested deeper than 10 levels", async () => {
    const deep = `{ organisations(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } }`;
    const result = await graphql(deep);
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining("depth"), extensions: { code: "QUERY_TOO_COMPLEX" } });
  });

  it("looks up at most 100 objects at once through nodes(ids)", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => Buffer.from(`Event:${i + 1}`).toString("base64"));
    const result = await graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(result.errors?.[0].message).toBe("ids: at most 100 values");
  });

  it("rejects more than 15 aliases", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: profiles { code }`).join(" ");
    const result = await graphql(`{ ${aliases} }`);
    expect(result.errors?.[0].message).toMatch(/aliases/i);
  });

  it("rejects a query whose cost exceeds the budget, before running it", async () => {
    const costly = `{ organisations(first: 100) { edges { node { name events(first: 100) { edges { node { title organisers { organisation { name } } } } } } } } }`;
    const result = await graphql(costly);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining("complexity"), extensions: { code: "QUERY_TOO_COMPLEX" } });
  });

  it("accepts a full page of the agenda with its usual nested fields", async () => {
    const page = `{ events(first: 100) { totalCount edges { node { title startsAt endsAt venue { name city municipality { name } }
      organisers { role organisation { name slug } } audiences { code } profiles { code } themes { slug } actionLines { number } } } } }`;
    const result = await graphql(page);
    expect(result.errors).toBeUndefined();
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a client's budget for the minute is spent", async () => {
    const api = createApi({ rateLimit: { limit: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await graphql(`{ profiles { code } }`, {}, { yoga: api })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await graphql(`{ profiles { code } }`, {}, { yoga: api });
    expect(limited.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("does not limit exempt connections, such as the site's own server, but never an address named in a header", async () => {
    const api = createApi({ rateLimit: { limit: 1, trustedProxies: 1, exempt: ["192.0.2.9"] } });
    const ask = (peer: string, forwardedFor?: string) =>
      graphql(`{ profiles { code } }`, {}, { yoga: api, peer, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });
    expect([(await ask("192.0.2.9")).status, (await ask("192.0.2.9")).status]).toEqual([200, 200]);
    // Through the proxy, a client that claims to be the exempt address is counted as itself.
    expect([(await ask("192.0.2.1", "192.0.2.9")).status, (await ask("192.0.2.1", "192.0.2.9")).status]).toEqual([200, 429]);
  });

  it("takes the address the trusted proxy added, not the ones the client wrote before it", async () => {
    const api = createApi({ rateLimit: { limit: 1, trustedProxies: 1, exempt: ["127.0.0.1"] } });
    const viaProxy = (forwardedFor: string) => graphql(`{ profiles { code } }`, {}, { yoga: api, peer: "192.0.2.1", headers: { "x-forwarded-for": forwardedFor } });
    expect((await viaProxy("127.0.0.1, 198.51.100.7")).status).toBe(200);
    expect((await viaProxy("10.0.0.1, 198.51.100.7")).status).toBe(429);
  });

  it("tells clients their remaining budget", async () => {
    const api = createApi({ rateLimit: { limit: 10 } });
    const result = await graphql(`{ profiles { code } }`, {}, { yoga: api });
    expect(result.headers.get("ratelimit-limit")).toBe("10");
    expect(result.headers.get("ratelimit-remaining")).toBe("9");
  });

  it("counts clients apart when a trusted proxy names them", async () => {
    const api = createApi({ rateLimit: { limit: 1, trustedProxies: 1 } });
    const as = (ip: string) => graphql(`{ profiles { code } }`, {}, { yoga: api, peer: "192.0.2.250", headers: { "x-forwarded-for": ip } });
    expect((await as("192.0.2.1")).status).toBe(200);
    expect((await as("192.0.2.2")).status).toBe(200);
    expect((await as("192.0.2.1")).status).toBe(429);
  });
});

describe("HTTP", () => {
  it.each(["/api/graphql", "/graphql/", "/x/graphql", "/"])("answers 404 on %s: GraphQL is served on /graphql only", async (path) => {
    const { yoga } = await import("./yoga.ts");
    const response = await yoga.fetch(`http://localhost${path}?query=%7B__typename%7D`);
    expect(response.status).toBe(404);
  });

  it("counts requests to every path against the limit", async () => {
    const api = createApi({ rateLimit: { limit: 1 } });
    const statuses = [];
    for (const path of ["/graphql", "/x/graphql"]) statuses.push((await api.fetch(`http://localhost${path}?query=%7B__typename%7D`)).status);
    expect(statuses).toEqual([200, 429]);
  });

  it("sends nosniff on every response, and GraphiQL with a CSP that allows only its own script and no framing", async () => {
    const { yoga } = await import("./yoga.ts");
    const json = await yoga.fetch("http://localhost/graphql?query=%7B__typename%7D");
    expect(json.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("allows reads from any origin (CORS)", async () => {
    const { yoga } = await import("./yoga.ts");
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "OPTIONS",
      headers: { origin: "https://school.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://school.example");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("serves GraphiQL with example queries to a browser", async () => {
    const { yoga } = await import("./yoga.ts");
    const response = await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Techniek Loket API");
    expect(html).toContain("NextTechniekmarkten");
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/); // works offline
  });

  it("masks unexpected errors and answers malformed queries with a clear message", async () => {
    const result = await graphql(`{ events(first: 5) { edges { node { titel } } } }`);
    expect(result.errors?.[0].message).toContain('Cannot query field "titel" on type "Event"');
  });
});
