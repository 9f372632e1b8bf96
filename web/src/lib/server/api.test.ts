// The site's one path to the API: where it sends, and its answer to each kind of failure. The
// visitor's bad input is a 400, never "the site is down".
import { isHttpError } from "@sveltejs/kit";
import { delay, graphql as msw, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { API_DOWN_MESSAGE, apiUrl, BAD_INPUT_MESSAGE, DEFAULT_API_URL, mutateApi, queryApi, queryApiOrFailure, queryApiOrNull } from "./api";
import { fakeApi } from "./fake-api";

const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("$env/dynamic/private", () => ({ env }));

const server = fakeApi();
afterEach(() => {
  delete env.API_URL;
});

// The fake API answers any document by its operation name.
const ChallengeQuery: TypedDocumentNode<{ challenge: { title: string } | null }, { slug: string }> = parse(
  "query ChallengePage($slug: String!) { challenge(slug: $slug) { title } }",
);

async function statusOf(answer: () => Response): Promise<{ status: number; message: string }> {
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
  server.use(msw.query("ChallengePage", answer));
  try {
    await queryApi(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test");
  } catch (thrown) {
    if (isHttpError(thrown)) return { status: thrown.status, message: thrown.body.message };
    throw thrown;
  }
  throw new Error("queryApi did not throw");
}

const error = (message: string, code?: string) => ({ message, ...(code ? { extensions: { code } } : {}) });

describe("queryApi", () => {
  it("returns the data of a good answer", async () => {
    server.use(msw.query("ChallengePage", () => HttpResponse.json({ data: { challenge: { title: "Warmtepomp" } } })));
    await expect(queryApi(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test")).resolves.toEqual({ challenge: { title: "Warmtepomp" } });
  });

  it("answers 400 when a resolver refused the input (BAD_USER_INPUT)", async () => {
    const answer = () => HttpResponse.json({ errors: [error("slug must not contain NUL", "BAD_USER_INPUT")], data: null });
    expect(await statusOf(answer)).toEqual({ status: 400, message: BAD_INPUT_MESSAGE });
  });

  it("answers 400 when the API could not take a variable (HTTP 400 without a code)", async () => {
    const answer = () => HttpResponse.json({ errors: [error('Variable "$from" got invalid value')] }, { status: 400 });
    expect((await statusOf(answer)).status).toBe(400);
  });

  it("answers 503 when the API rejects the site's own query document: that is the site's fault", async () => {
    const answer = () => HttpResponse.json({ errors: [error("Cannot query field", "GRAPHQL_VALIDATION_FAILED")] }, { status: 400 });
    expect(await statusOf(answer)).toEqual({ status: 503, message: API_DOWN_MESSAGE });
  });

  it("answers 503 when the API fails or cannot be reached", async () => {
    expect((await statusOf(() => HttpResponse.json({ errors: [error("Unexpected error.", "INTERNAL_SERVER_ERROR")], data: null }))).status).toBe(503);
    expect((await statusOf(() => new Response("Bad Gateway", { status: 502 }))).status).toBe(503);
    expect((await statusOf(() => HttpResponse.error())).status).toBe(503);
  });
});

describe("apiUrl", () => {
  it("defaults to the local API", () => {
    expect(apiUrl()).toBe(DEFAULT_API_URL);
  });

  it("reads API_URL", () => {
    env.API_URL = "https://api.example.nl/graphql";
    expect(apiUrl()).toBe("https://api.example.nl/graphql");
  });
});

describe("requests", () => {
  it("go to API_URL through the given fetch", async () => {
    env.API_URL = "https://api.example.nl/graphql";
    const api = msw.link("https://api.example.nl/graphql");
    server.use(api.query("ChallengePage", () => HttpResponse.json({ data: { challenge: null } })));
    const fetch = vi.fn(globalThis.fetch);

    await expect(queryApi(fetch, ChallengeQuery, { slug: "x" }, "Test")).resolves.toEqual({ challenge: null });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it("give up on an API that does not answer", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(
      msw.query("ChallengePage", async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );

    const answer = await queryApiOrFailure(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test", { timeoutMs: 50 });

    expect(answer).toEqual({ failure: "unavailable" });
  });
});

describe("queryApi's refused callback", () => {
  it("hears the API's messages before the failure is handled, and may throw instead", async () => {
    server.use(msw.query("ChallengePage", () => HttpResponse.json({ errors: [error("Invalid cursor", "BAD_USER_INPUT")], data: null })));
    const refused = vi.fn(() => {
      throw new Error("redirect");
    });

    await expect(queryApi(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test", { refused })).rejects.toThrow("redirect");
    expect(refused).toHaveBeenCalledWith(["Invalid cursor"]);
  });
});

describe("queryApiOrFailure", () => {
  it("names the failure instead of throwing", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const ask = () => queryApiOrFailure(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test");

    server.use(msw.query("ChallengePage", () => HttpResponse.json({ errors: [error("bad slug", "BAD_USER_INPUT")], data: null })));
    expect(await ask()).toEqual({ failure: "refused" });
    server.use(msw.query("ChallengePage", () => HttpResponse.error()));
    expect(await ask()).toEqual({ failure: "unavailable" });
  });

  it("keeps what the API could answer", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    server.use(msw.query("ChallengePage", () => HttpResponse.json({ errors: [error("Unexpected error.")], data: { challenge: null } })));
    expect(await queryApiOrFailure(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test")).toEqual({ data: { challenge: null } });
  });
});

describe("queryApiOrNull", () => {
  it("is null when the API is down, and still a 400 for refused input", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const ask = () => queryApiOrNull(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test");

    server.use(msw.query("ChallengePage", () => HttpResponse.error()));
    expect(await ask()).toBeNull();
    server.use(msw.query("ChallengePage", () => HttpResponse.json({ errors: [error("bad slug", "BAD_USER_INPUT")], data: null })));
    const thrown = await ask().catch((caught: unknown) => caught);
    expect(isHttpError(thrown, 400)).toBe(true);
  });
});

describe("the session token", () => {
  it("goes along as a bearer token only when the caller passes it", async () => {
    const sent: (string | null)[] = [];
    server.use(
      msw.query("ChallengePage", ({ request }) => {
        sent.push(request.headers.get("authorization"));
        return HttpResponse.json({ data: { challenge: null } });
      }),
    );
    await queryApi(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test");
    await queryApi(globalThis.fetch, ChallengeQuery, { slug: "x" }, "Test", { token: "token-1" });
    expect(sent).toEqual([null, "Bearer token-1"]);
  });
});

describe("mutateApi", () => {
  const SignOut: TypedDocumentNode<{ signOut: { endedSessions: number } }, Record<string, never>> = parse("mutation SignOut { signOut { endedSessions } }");
  const signOut = () => mutateApi(globalThis.fetch, SignOut, {}, "Test", { token: "token-1" });

  it("returns the data of a change, sent with the token", async () => {
    server.use(
      msw.mutation("SignOut", ({ request }) =>
        HttpResponse.json({ data: { signOut: { endedSessions: request.headers.get("authorization") === "Bearer token-1" ? 1 : 0 } } }),
      ),
    );
    expect(await signOut()).toEqual({ data: { signOut: { endedSessions: 1 } } });
  });

  it("names a missing or ended session, refused input and an unreachable API", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    server.use(msw.mutation("SignOut", () => HttpResponse.json({ errors: [error("Sign in first", "UNAUTHENTICATED")], data: null })));
    expect(await signOut()).toEqual({ failure: "unauthenticated" });
    server.use(msw.mutation("SignOut", () => HttpResponse.json({ errors: [error("bad", "BAD_USER_INPUT")], data: null })));
    expect(await signOut()).toEqual({ failure: "refused" });
    server.use(msw.mutation("SignOut", () => HttpResponse.error()));
    expect(await signOut()).toEqual({ failure: "unavailable" });
  });
});
