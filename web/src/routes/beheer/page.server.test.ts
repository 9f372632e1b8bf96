// /beheer: only for the signed-in viewer, never cached, and signing out (here or everywhere).
import { isHttpError, isRedirect } from "@sveltejs/kit";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { fakeCookies } from "$lib/server/session/fake-cookies";
import { load } from "./+layout.server";
import { actions } from "./+page.server";
import { SIGN_OUT_FAILED_TEXT } from "./sign-out";

const server = fakeApi();

async function outcome(run: () => unknown) {
  try {
    return await run();
  } catch (thrown) {
    if (isRedirect(thrown)) return { redirect: thrown.location };
    if (isHttpError(thrown)) return { status: thrown.status };
    throw thrown;
  }
}

describe("the /beheer layout", () => {
  function loadWith(parentData: { viewer: object | null; viewerUnavailable: boolean }, path = "/beheer") {
    const headers: Record<string, string> = {};
    const event = { parent: async () => parentData, url: new URL(`http://localhost${path}`), setHeaders: (set: Record<string, string>) => Object.assign(headers, set) };
    return { headers, result: outcome(() => load(event as unknown as Parameters<typeof load>[0])) };
  }

  it("shows the viewer, never stored by a browser or proxy, nor indexed", async () => {
    const viewer = { name: "Sanne School" };
    const { headers, result } = loadWith({ viewer, viewerUnavailable: false });
    expect(await result).toEqual({ viewer });
    expect(headers).toEqual({ "cache-control": "private, no-store", "x-robots-tag": "noindex" });
  });

  it("sends an anonymous visitor to sign in, to come back to the page asked for", async () => {
    expect(await loadWith({ viewer: null, viewerUnavailable: false }).result).toEqual({ redirect: "/inloggen" });
    expect(await loadWith({ viewer: null, viewerUnavailable: false }, "/beheer/evenementen?pagina=2").result).toEqual({
      redirect: "/inloggen?naar=%2Fbeheer%2Fevenementen%3Fpagina%3D2",
    });
  });

  it("answers 503 rather than 'sign in again' when the API cannot say who is signed in", async () => {
    expect(await loadWith({ viewer: null, viewerUnavailable: true }).result).toEqual({ status: 503 });
  });
});

describe("signing out", () => {
  function post(token: string | null) {
    const cookies = fakeCookies(token ? { tl_sessie: token } : {});
    const event = { fetch: globalThis.fetch, cookies, locals: { sessionToken: token } };
    return { event: event as unknown as Parameters<typeof actions.uitloggen>[0], cookies };
  }

  it("ends this session at the API, removes the cookie and says so on the sign-in page", async () => {
    let authorization: string | null = null;
    server.use(
      graphql.mutation("SignOut", ({ request }) => {
        authorization = request.headers.get("authorization");
        return HttpResponse.json({ data: { signOut: { endedSessions: 1 } } });
      }),
    );
    const { event, cookies } = post("token-1");
    expect(await outcome(() => actions.uitloggen(event))).toEqual({ redirect: "/inloggen?uitgelogd" });
    expect(authorization).toBe("Bearer token-1");
    expect(cookies.deleted).toEqual(["tl_sessie"]);
  });

  it("ends every session with 'Overal uitloggen'", async () => {
    let calls = 0;
    server.use(
      graphql.mutation("SignOutEverywhere", () => {
        calls++;
        return HttpResponse.json({ data: { signOutEverywhere: { endedSessions: 3 } } });
      }),
    );
    const { event, cookies } = post("token-1");
    expect(await outcome(() => actions.overalUitloggen(event))).toEqual({ redirect: "/inloggen?uitgelogd" });
    expect(calls).toBe(1);
    expect(cookies.deleted).toEqual(["tl_sessie"]);
  });

  it("counts a session that had already ended as signed out", async () => {
    server.use(graphql.mutation("SignOut", () => HttpResponse.json({ errors: [{ message: "Sign in first", extensions: { code: "UNAUTHENTICATED" } }], data: null })));
    const { event, cookies } = post("expired");
    expect(await outcome(() => actions.uitloggen(event))).toEqual({ redirect: "/inloggen?uitgelogd" });
    expect(cookies.deleted).toEqual(["tl_sessie"]);
  });

  it("keeps the cookie and says so when the API is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.mutation("SignOutEverywhere", () => HttpResponse.error()));
    const { event, cookies } = post("token-1");
    expect(await outcome(() => actions.overalUitloggen(event))).toMatchObject({ status: 503, data: { message: SIGN_OUT_FAILED_TEXT } });
    expect(cookies.deleted).toEqual([]);
  });
});
