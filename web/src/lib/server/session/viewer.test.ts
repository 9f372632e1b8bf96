// Who is signed in: asked of the API only with a session cookie, with the token, and a dead
// session's cookie removed quietly.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "../fake-api";
import { fakeCookies } from "./fake-cookies";
import { lookUpViewer } from "./viewer";

const server = fakeApi();

const viewer = { name: "Sanne School", email: "school@techniekloket.example", platformAdmin: false, memberships: [], moderatedRegions: [] };

function eventWith(token: string | null) {
  const cookies = fakeCookies(token ? { tl_sessie: token } : {});
  return { fetch: globalThis.fetch, cookies, locals: { sessionToken: token } };
}

describe("lookUpViewer", () => {
  it("asks nothing for an anonymous visitor", async () => {
    // Any request would fail the test: fakeApi answers none it was not given.
    expect(await lookUpViewer(eventWith(null))).toEqual({ viewer: null, unavailable: false });
  });

  it("sends the session token and returns the viewer", async () => {
    let authorization: string | null = null;
    server.use(
      graphql.query("SessionViewer", ({ request }) => {
        authorization = request.headers.get("authorization");
        return HttpResponse.json({ data: { viewer } });
      }),
    );
    expect(await lookUpViewer(eventWith("token-1"))).toEqual({ viewer, unavailable: false });
    expect(authorization).toBe("Bearer token-1");
  });

  it("removes the cookie of a session that has ended, and the visitor is anonymous", async () => {
    server.use(graphql.query("SessionViewer", () => HttpResponse.json({ data: { viewer: null } })));
    const event = eventWith("expired");
    expect(await lookUpViewer(event)).toEqual({ viewer: null, unavailable: false });
    expect(event.cookies.deleted).toEqual(["tl_sessie"]);
    expect(event.locals.sessionToken).toBeNull();
  });

  it("keeps the cookie when the API cannot say", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("SessionViewer", () => HttpResponse.error()));
    const event = eventWith("token-1");
    expect(await lookUpViewer(event)).toEqual({ viewer: null, unavailable: true });
    expect(event.cookies.deleted).toEqual([]);
  });
});
