// The sign-in forms' actions and the page's load: each answer of the API as the visitor sees it.
import { isRedirect } from "@sveltejs/kit";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { fakeCookies } from "$lib/server/session/fake-cookies";
import { CODE_REQUESTS_PER_CLIENT } from "$lib/server/session/sign-in-limits";
import { actions, load } from "./+page.server";
import { API_DOWN_TEXT, CODE_INVALID_TEXT, CODE_WRONG_TEXT, EMAIL_INVALID_TEXT, EMAIL_MISSING_TEXT } from "./sign-in-form";

const server = fakeApi();

let clients = 0;
function post(fields: Record<string, string>, client = `192.0.2.${++clients}`) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const cookies = fakeCookies();
  const event = {
    request: new Request("http://localhost/inloggen", { method: "POST", body }),
    fetch: globalThis.fetch,
    cookies,
    locals: { sessionToken: null },
    getClientAddress: () => client,
  };
  return { event: event as unknown as Parameters<typeof actions.vraagCode>[0], cookies };
}

/** The action's answer: the form data, or where it sent the visitor. */
async function run(action: (event: never) => unknown, event: unknown) {
  try {
    return await action(event as never);
  } catch (thrown) {
    if (isRedirect(thrown)) return { redirect: thrown.location, status: thrown.status };
    throw thrown;
  }
}

const email = "school@techniekloket.example";

describe("asking for a code", () => {
  it("sends the address to the API and goes on to the code, saying for how long it is valid", async () => {
    let asked: unknown;
    server.use(
      graphql.mutation("RequestSignInCode", ({ variables }) => {
        asked = variables;
        return HttpResponse.json({ data: { requestSignInCode: { __typename: "SignInCodeSent", email, expiresInMinutes: 10 } } });
      }),
    );
    const { event } = post({ email: ` ${email} `, naar: "/beheer/evenementen" });
    expect(await run(actions.vraagCode, event)).toEqual({ step: "code", email, code: "", naar: "/beheer/evenementen", sentMinutes: 10, errors: {} });
    expect(asked).toEqual({ email });
  });

  it("says what is wrong with the address beside the field, without asking the API", async () => {
    expect(await run(actions.vraagCode, post({ email: "" }).event)).toMatchObject({ status: 400, data: { step: "email", errors: { email: EMAIL_MISSING_TEXT } } });
    expect(await run(actions.vraagCode, post({ email: "sanne.school" }).event)).toMatchObject({
      status: 400,
      data: { step: "email", email: "sanne.school", errors: { email: EMAIL_INVALID_TEXT } },
    });
  });

  it("passes on the API's limit in minutes", async () => {
    server.use(graphql.mutation("RequestSignInCode", () => HttpResponse.json({ data: { requestSignInCode: { __typename: "TooManyRequestsError", retryAfterSeconds: 600 } } })));
    expect(await run(actions.vraagCode, post({ email }).event)).toMatchObject({
      status: 429,
      data: { step: "email", email, errors: { email: "Te veel pogingen. Probeer het over 10 minuten opnieuw." } },
    });
  });

  it("keeps the address and says the network is unreachable when the API is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.mutation("RequestSignInCode", () => HttpResponse.error()));
    expect(await run(actions.vraagCode, post({ email }).event)).toMatchObject({ status: 503, data: { step: "email", email, message: API_DOWN_TEXT } });
  });

  it(`allows ${CODE_REQUESTS_PER_CLIENT} requests per client in 15 minutes, then asks the API no more`, async () => {
    let requests = 0;
    server.use(
      graphql.mutation("RequestSignInCode", () => {
        requests++;
        return HttpResponse.json({ data: { requestSignInCode: { __typename: "SignInCodeSent", email, expiresInMinutes: 10 } } });
      }),
    );
    for (let i = 0; i < CODE_REQUESTS_PER_CLIENT; i++) await run(actions.vraagCode, post({ email }, "192.0.2.200").event);
    const refused = await run(actions.vraagCode, post({ email }, "192.0.2.200").event);
    expect(refused).toMatchObject({ status: 429, data: { errors: { email: "Te veel pogingen. Probeer het over 15 minuten opnieuw." } } });
    expect(requests).toBe(CODE_REQUESTS_PER_CLIENT);
    // Another visitor is not held back.
    expect(await run(actions.vraagCode, post({ email }, "192.0.2.201").event)).toMatchObject({ step: "code" });
  });
});

describe("signing in with the code", () => {
  const signIn = { __typename: "SignIn", token: "token-1", expiresAt: "2027-01-02T10:00:00.000Z" };

  it("sets the session cookie until the session ends and goes to the page under /beheer that asked", async () => {
    let asked: unknown;
    server.use(
      graphql.mutation("SignInWithCode", ({ variables }) => {
        asked = variables;
        return HttpResponse.json({ data: { signInWithCode: signIn } });
      }),
    );
    const { event, cookies } = post({ email, code: "123 456", naar: "/beheer/evenementen" });
    expect(await run(actions.controleer, event)).toEqual({ redirect: "/beheer/evenementen", status: 303 });
    expect(asked).toEqual({ email, code: "123456" });
    expect(cookies.jar.get("tl_sessie")).toEqual({
      value: "token-1",
      options: { path: "/", httpOnly: true, sameSite: "lax", expires: new Date(signIn.expiresAt) },
    });
  });

  it("never follows `naar` off /beheer", async () => {
    server.use(graphql.mutation("SignInWithCode", () => HttpResponse.json({ data: { signInWithCode: signIn } })));
    expect(await run(actions.controleer, post({ email, code: "123456", naar: "https://evil.example/beheer" }).event)).toEqual({ redirect: "/beheer", status: 303 });
  });

  it("shows a wrong code beside the code field, keeping what was typed, and sets no cookie", async () => {
    server.use(graphql.mutation("SignInWithCode", () => HttpResponse.json({ data: { signInWithCode: { __typename: "InvalidSignInCodeError" } } })));
    const { event, cookies } = post({ email, code: "654321", naar: "" });
    expect(await run(actions.controleer, event)).toEqual({
      status: 400,
      data: { step: "code", email, code: "654321", naar: "", errors: { code: CODE_WRONG_TEXT } },
    });
    expect(cookies.jar.size).toBe(0);
  });

  it("asks for 6 digits before asking the API", async () => {
    expect(await run(actions.controleer, post({ email, code: "12345" }).event)).toMatchObject({ status: 400, data: { step: "code", errors: { code: CODE_INVALID_TEXT } } });
  });

  it("goes back to the address when the hidden address is missing", async () => {
    expect(await run(actions.controleer, post({ code: "123456" }).event)).toMatchObject({ status: 400, data: { step: "email", errors: { email: EMAIL_MISSING_TEXT } } });
  });

  it("shows the API's limit beside the code field", async () => {
    server.use(graphql.mutation("SignInWithCode", () => HttpResponse.json({ data: { signInWithCode: { __typename: "TooManyRequestsError", retryAfterSeconds: 61 } } })));
    expect(await run(actions.controleer, post({ email, code: "123456" }).event)).toMatchObject({
      status: 429,
      data: { step: "code", errors: { code: "Te veel pogingen. Probeer het over 2 minuten opnieuw." } },
    });
  });
});

describe("the sign-in page", () => {
  const loadWith = (viewer: object | null, search = "") =>
    run(load as never, { parent: async () => ({ viewer, viewerUnavailable: false }), url: new URL(`http://localhost/inloggen${search}`) });

  it("sends a signed-in visitor on to /beheer, or the page under it that asked", async () => {
    expect(await loadWith({ name: "Sanne" })).toEqual({ redirect: "/beheer", status: 303 });
    expect(await loadWith({ name: "Sanne" }, "?naar=%2Fbeheer%2Fx")).toEqual({ redirect: "/beheer/x", status: 303 });
  });

  it("keeps `naar` for the forms and says when the visitor just signed out", async () => {
    expect(await loadWith(null, "?naar=%2Fbeheer%2Fx&uitgelogd")).toEqual({ naar: "/beheer/x", signedOut: true });
  });
});
