// queryApi's answer to each kind of failure: the visitor's bad input is a 400, never "the site is down".
import { isHttpError } from "@sveltejs/kit";
import { graphql as msw, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { API_DOWN_MESSAGE, BAD_INPUT_MESSAGE, queryApi } from "./api";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

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
