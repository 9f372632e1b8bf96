// The manage page of a sign-up: its headers, an unknown token, and the three actions.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { formPost, outcome } from "../../beheer/activiteiten/fake-posts";
import { actions, load } from "./+page.server";
import { CHANGED_TEXT, CONFIRM_CANCEL_TEXT, CONFIRM_ERASE_TEXT, GONE_TEXT, GROUP_SIZE_TEXT } from "./manage-actions";

const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("$env/dynamic/private", () => ({ env }));

const server = fakeApi();

const TOKEN = "abcdefghijklmnopqrstuvwxyz234567";

type LoadEvent = Parameters<typeof load>[0];
type ActionEvent = Parameters<typeof actions.annuleren>[0];

const signup = {
  status: "CONFIRMED",
  waitingPosition: null,
  groupSize: 24,
  groupLabel: "groep 7b",
  name: "Ans de Vries",
  email: "ans@linde.example",
  phone: null,
  remark: null,
  organisation: null,
  organisationName: "De Linde",
  attended: null,
  attendedCount: null,
  event: {
    slug: "techlab-oss",
    title: "Techlab Oss",
    status: "PUBLISHED",
    startsAt: "2099-03-11T12:00:00.000Z",
    endsAt: "2099-03-11T14:00:00.000Z",
    allDay: false,
    onlineUrl: null,
    venue: { name: "Techlab", street: "Kerkstraat 1", postalCode: "5341 AA", city: "Oss" },
    signupAvailability: { remaining: 2, waitingCount: 0 },
  },
};

function answerSignup(found: object | null) {
  server.use(graphql.query("ManagedSignup", () => HttpResponse.json({ data: { signup: found } })));
}

let headers: Record<string, string> = {};

async function loadPage(token = TOKEN) {
  headers = {};
  const event = { fetch: globalThis.fetch, params: { token }, url: new URL(`http://localhost/aanmelding/${token}`), setHeaders: (set: Record<string, string>) => Object.assign(headers, set) };
  return (await load(event as unknown as LoadEvent)) as Exclude<Awaited<ReturnType<typeof load>>, void>;
}

function act(name: keyof typeof actions, fields: Record<string, string>) {
  const event = { request: formPost(fields), fetch: globalThis.fetch, params: { token: TOKEN } };
  return outcome(() => actions[name](event as unknown as ActionEvent));
}

describe("the manage page", () => {
  it("shows the sign-up, kept out of caches, search engines and referrers", async () => {
    answerSignup(signup);
    expect(await loadPage()).toMatchObject({ signup: { status: "CONFIRMED", groupSize: 24 }, started: false, privacyUrl: "http://localhost/privacy" });
    expect(headers).toEqual({ "cache-control": "private, no-store", "x-robots-tag": "noindex", "referrer-policy": "same-origin" });
  });

  it("knows when the event has started, so the page offers no changes", async () => {
    answerSignup({ ...signup, event: { ...signup.event, startsAt: "2020-03-11T12:00:00.000Z" }, attended: true, attendedCount: 23 });
    expect(await loadPage()).toMatchObject({ started: true, signup: { attendedCount: 23 } });
  });

  it("finds nothing for an unknown token, and does not ask the API about one that cannot be a token", async () => {
    answerSignup(null);
    expect((await loadPage()).signup).toBeNull();
    server.use(graphql.query("ManagedSignup", () => HttpResponse.error()));
    expect((await loadPage("niet-een-token!")).signup).toBeNull();
  });
});

describe("changing the group size", () => {
  it("sends the new size", async () => {
    let sent: unknown;
    server.use(graphql.mutation("UpdateSignup", ({ variables }) => ((sent = variables), HttpResponse.json({ data: { updateSignup: { __typename: "Signup" } } }))));
    expect(await act("groepWijzigen", { groupSize: "26" })).toEqual({ done: "gewijzigd" });
    expect(sent).toEqual({ token: TOKEN, groupSize: 26 });
  });

  it("refuses a size that is no number, without asking the API", async () => {
    expect(await act("groepWijzigen", { groupSize: "0" })).toEqual({ status: 400, data: { groupSize: "0", errors: { groupSize: GROUP_SIZE_TEXT } } });
  });

  it("says in Dutch how many places are left when a larger group does not fit", async () => {
    server.use(
      graphql.mutation("UpdateSignup", () =>
        HttpResponse.json({ data: { updateSignup: { __typename: "ValidationError", problems: [{ path: ["groupSize"], message: "Only 2 more seats are free" }] } } }),
      ),
    );
    answerSignup(signup);
    expect(await act("groepWijzigen", { groupSize: "30" })).toEqual({
      status: 400,
      data: { groupSize: "30", errors: { groupSize: "Er zijn nog 2 plaatsen vrij, dus je groep kan hooguit 26 personen zijn. Je aanmelding blijft op 24 personen; 30 past niet." } },
    });
  });

  it("says so when the event has started or the sign-up was cancelled meanwhile", async () => {
    server.use(graphql.mutation("UpdateSignup", () => HttpResponse.json({ data: { updateSignup: { __typename: "ConflictError" } } })));
    expect(await act("groepWijzigen", { groupSize: "20" })).toMatchObject({ status: 409, data: { message: CHANGED_TEXT } });
  });
});

describe("cancelling and erasing", () => {
  it("cancels only with the confirmation ticked", async () => {
    let calls = 0;
    server.use(graphql.mutation("CancelSignup", () => (calls++, HttpResponse.json({ data: { cancelSignup: { __typename: "Signup" } } }))));
    expect(await act("annuleren", {})).toEqual({ status: 400, data: { errors: { bevestigAnnuleren: CONFIRM_CANCEL_TEXT } } });
    expect(calls).toBe(0);
    expect(await act("annuleren", { bevestig: "on" })).toEqual({ done: "geannuleerd" });
    expect(calls).toBe(1);
  });

  it("erases only with the confirmation ticked, then leaves for the page that says it is done", async () => {
    server.use(graphql.mutation("EraseSignup", () => HttpResponse.json({ data: { eraseSignup: { __typename: "Signup" } } })));
    expect(await act("wissen", {})).toEqual({ status: 400, data: { errors: { bevestigWissen: CONFIRM_ERASE_TEXT } } });
    expect(await act("wissen", { bevestig: "on" })).toEqual({ redirect: "/aanmelding/gewist" });
  });

  it("says the link no longer works for an unknown token", async () => {
    server.use(graphql.mutation("CancelSignup", () => HttpResponse.json({ data: { cancelSignup: { __typename: "NotFoundError" } } })));
    expect(await act("annuleren", { bevestig: "on" })).toEqual({ status: 404, data: { message: GONE_TEXT } });
  });
});
