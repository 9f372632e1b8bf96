import { delay, graphql, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "graphql";
import { apiUrl, createClient, DEFAULT_API_URL } from "./client";

const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("$env/dynamic/private", () => ({ env }));

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  delete env.API_URL;
});
afterAll(() => server.close());

const Ping = parse("query Ping { __typename }");

describe("apiUrl", () => {
  it("defaults to the local API", () => {
    expect(apiUrl()).toBe(DEFAULT_API_URL);
  });

  it("reads API_URL", () => {
    env.API_URL = "https://api.example.nl/graphql";
    expect(apiUrl()).toBe("https://api.example.nl/graphql");
  });
});

describe("createClient", () => {
  it("sends queries to API_URL through the given fetch", async () => {
    env.API_URL = "https://api.example.nl/graphql";
    const api = graphql.link("https://api.example.nl/graphql");
    server.use(api.query("Ping", () => HttpResponse.json({ data: { __typename: "Query" } })));
    const fetch = vi.fn(globalThis.fetch);

    const result = await createClient(fetch).query(Ping, {}).toPromise();

    expect(result.data).toEqual({ __typename: "Query" });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it("gives up on an API that does not answer", async () => {
    server.use(graphql.query("Ping", async () => {
      await delay("infinite");
      return HttpResponse.json({});
    }));

    const result = await createClient(globalThis.fetch, { timeoutMs: 50 }).query(Ping, {}).toPromise();

    expect(result.data).toBeUndefined();
    expect(result.error?.networkError).toBeDefined();
  });
});
