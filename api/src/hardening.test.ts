// What a hostile or careless client can send: every kind of bad input gets a 4xx or a GraphQL
// error with code BAD_USER_INPUT, never a masked "Unexpected error." or a 5xx.
import { describe, expect, it } from "vitest";
import { graphql } from "./test/graphql.ts";
import { yoga } from "./yoga.ts";

const globalId = (raw: string) => Buffer.from(raw).toString("base64");

async function get(search: string, headers: Record<string, string> = {}) {
  const response = await yoga.fetch(`http://localhost/graphql?${search}`, { headers: { accept: "application/json", ...headers } });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

function expectBadInput(result: { status: number; errors?: { message: string; extensions?: { code?: string } }[] }) {
  expect(result.status).toBeLessThan(500);
  expect(result.errors?.length).toBeGreaterThan(0);
  for (const error of result.errors ?? []) expect(error.message).not.toBe("Unexpected error.");
}

describe("malformed requests get a 4xx", () => {
  it.each([
    ["variables that are not JSON", `query=${encodeURIComponent("{ profiles { code } }")}&variables=%7Bnope`],
    ["variables that are not an object", `query=${encodeURIComponent("{ profiles { code } }")}&variables=5`],
    ["extensions that are not JSON", `query=${encodeURIComponent("{ profiles { code } }")}&extensions=%5B`],
  ])("%s in a GET query string", async (_what, search) => {
    const { status, body } = await get(search);
    expect(status).toBe(400);
    expectBadInput({ status, errors: body.errors });
  });

  it("a very deeply nested selection", async () => {
    const deep = `{ organisations(first: 1) { edges { node { ${"parent { ".repeat(5000)}name${" }".repeat(5000)} } } } }`;
    expectBadInput(await graphql(deep));
  });

  it("a very deeply nested literal", async () => {
    const deep = `{ events(first: 1, filter: { kinds: ${"[".repeat(20000)}TECHLAB${"]".repeat(20000)} }) { totalCount } }`;
    expectBadInput(await graphql(deep));
  });
});

describe("bad values get BAD_USER_INPUT", () => {
  // A variable the schema refuses is a 400 (the request cannot run at all); a value refused while
  // running is a GraphQL error with code BAD_USER_INPUT.
  const badInput = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql(query, variables);
    expectBadInput(result);
    if (result.status !== 400) expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    return result;
  };

  it.each([
    ["an event slug", `{ event(slug: "a\\u0000b") { title } }`],
    ["an organisation slug", `{ organisation(slug: "a\\u0000b") { name } }`],
    ["a text search", `{ events(filter: { text: "robot\\u0000" }) { totalCount } }`],
    ["a place lookup", `{ locate(query: "Oss\\u0000") { name } }`],
  ])("a NUL byte in %s", async (_what, query) => {
    await badInput(query);
  });

  it("a NUL byte in a variable", async () => {
    await badInput(`query($slug: String!) { organisation(slug: $slug) { name } }`, { slug: "x\u0000" });
  });

  it.each([
    ["year 0001", "0001-01-01T00:00:00Z"],
    ["year 9999 and beyond", "+275760-09-13T00:00:00Z"],
    ["an impossible date", "2026-02-30T10:00:00Z"],
  ])("%s as a date-time", async (_what, value) => {
    await badInput(`query($from: DateTime) { events(filter: { from: $from }) { totalCount } }`, { from: value });
  });

  it("first together with last", async () => {
    const result = await badInput(`{ events(first: 5, last: 5) { edges { cursor } } }`);
    expect(result.errors?.[0].message).toMatch(/first.*last/);
  });

  it.each([["not base64 at all", "!!!"], ["a made-up cursor", globalId("GPC:N:abc")], ["garbage", "eyJub3BlIjp0cnVlfQ=="]])(
    "a forged cursor: %s",
    async (_what, cursor) => {
      await badInput(`query($after: String) { events(first: 2, after: $after) { edges { cursor } } }`, { after: cursor });
    },
  );
});

describe("global IDs", () => {
  it("an unknown id is null in node, and does not fail the others in nodes", async () => {
    const first = await graphql(`{ organisations(first: 1) { edges { node { id } } } }`);
    const known = first.data.organisations.edges[0].node.id;
    const unknown = globalId("Event:999999999");
    const one = await graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: unknown });
    expect(one.errors).toBeUndefined();
    expect(one.data.node).toBeNull();
    const many = await graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [known, unknown] });
    expect(many.errors).toBeUndefined();
    expect(many.data.nodes).toEqual([{ id: known }, null]);
  });

  it.each([
    ["not a number", "Event:abc"],
    ["an out-of-range number", "Event:99999999999999999999"],
    ["a type that is no node", "Venue:1"],
    ["an unknown type", "Nope:1"],
    ["no type", "garbage"],
  ])("a forged id (%s) is bad input", async (_what, raw) => {
    const result = await graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: globalId(raw) });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining("Not an ID of this API"), extensions: { code: "BAD_USER_INPUT" } });
  });
});

describe("LIKE wildcards are plain characters", () => {
  it.each(["%", "_", "\\"])("%s in a text search matches only itself", async (wildcard) => {
    const events = await graphql(`query($t: String) { events(filter: { text: $t }) { totalCount } }`, { t: wildcard });
    expect(events.data.events.totalCount).toBe(0);
    const offerings = await graphql(`query($t: String) { offerings(filter: { text: $t }) { totalCount } }`, { t: wildcard });
    expect(offerings.data.offerings.totalCount).toBe(0);
    const organisations = await graphql(`query($t: String) { organisations(filter: { text: $t }) { totalCount } }`, { t: wildcard });
    expect(organisations.data.organisations.totalCount).toBe(0);
    const located = await graphql(`query($q: String!) { locate(query: $q) { name } }`, { q: wildcard });
    expect(located.data.locate).toBeNull();
  });
});

describe("GraphQL over HTTP", () => {
  const ask = (query: string) => graphql(query, {}, { headers: { accept: "application/graphql-response+json" } });

  it("answers request errors with 400 under application/graphql-response+json", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: profiles { code }`).join(" ");
    expect((await ask(`{ ${aliases} }`)).status).toBe(400);
    expect((await ask(`mutation { x }`)).status).toBe(400);
    expect((await ask(`subscription { x }`)).status).toBe(400);
    expect((await ask(`{ profiles { nope } }`)).status).toBe(400);
  });

  it("keeps 200 for the same errors under plain application/json, as clients before the spec expect", async () => {
    const result = await graphql(`subscription { x }`);
    expect(result.status).toBe(200);
    expect(result.errors?.[0].message).toBe("This API does not support subscription operations");
  });
});

describe("changes", () => {
  it("are never made by a GET, which links, prefetchers and mail scanners send", async () => {
    const { status } = await get(`query=${encodeURIComponent('mutation { requestSignInCode(email: "school@techniekloket.example") { __typename } }')}`);
    expect(status).toBe(405);
  });
});
