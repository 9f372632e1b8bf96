// An event's sign-ups in /beheer: the lists read page by page with the session token, refusals, and
// the changes (cancel with a reason, move to another session, attendance, a message to everyone)
// keeping what was typed.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { formPost, outcome } from "../../fake-posts";
import { REASON_MISSING_TEXT } from "../../reason";
import { ATTENDANCE_TEXTS, MAIL_TEXTS, MOVE_TEXTS } from "./signup-forms";
import { actions, load } from "./+page.server";
import { GET } from "../aanmeldingen.csv/+server";

const server = fakeApi();

const ID = "RXZlbnQ6NDI=";
const PATH = "/beheer/activiteiten/RXZlbnQ6NDI%3D/aanmeldingen";

type Action = keyof typeof actions;

function post(action: Action, fields: Record<string, string | string[]>) {
  const event = { request: formPost(fields), fetch: globalThis.fetch, params: { id: ID }, locals: { sessionToken: "token-1" } };
  return outcome(() => actions[action](event as unknown as Parameters<(typeof actions)[Action]>[0]));
}

function loadPage(search = "") {
  const event = { fetch: globalThis.fetch, params: { id: ID }, url: new URL(`http://localhost${PATH}${search}`), locals: { sessionToken: "token-1" } };
  return outcome(() => load(event as unknown as Parameters<typeof load>[0]));
}

const row = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  status: "CONFIRMED",
  groupSize: 24,
  groupLabel: "groep 7b",
  waitingPosition: null,
  name: "Juf Anna",
  email: "anna@school.example",
  phone: null,
  remark: null,
  organisation: { name: "Het Ambachtshuis" },
  organisationName: null,
  attended: null,
  attendedCount: null,
  createdAt: "2027-02-01T09:15:00.000Z",
  ...overrides,
});

const eventNode = (signups: unknown[], { hasNextPage = false, endCursor = null as string | null, viewerCanEdit = true, startsAt = "2027-03-11T12:30:00.000Z" } = {}) => ({
  __typename: "Event",
  id: ID,
  slug: "techlab-windmolen-2027-03-11",
  title: "Techlab: bouw een windmolen",
  status: "PUBLISHED",
  startsAt,
  endsAt: "2027-03-11T14:00:00.000Z",
  allDay: false,
  capacity: 30,
  signupMode: "PLATFORM",
  viewerCanEdit,
  organisers: [{ organisation: { slug: "het-ambachtshuis" } }, { organisation: { slug: "techlab-uden" } }],
  signupTotals: { confirmedSeats: 28, confirmedCount: 2, waitingSeats: 8, waitingCount: 2, cancelledCount: 1, attendedCount: 0 },
  signups: { pageInfo: { hasNextPage, endCursor }, edges: signups.map((node) => ({ node })) },
});

/** Answers SignupList by status; confirmed sign-ups come in two pages. */
function answerLists(tokens: (string | null)[] = [], startsAt?: string) {
  server.use(
    graphql.query("SignupList", ({ variables, request }) => {
      tokens.push(request.headers.get("authorization"));
      if (variables.status === "WAITLISTED") {
        return HttpResponse.json({ data: { node: eventNode([row("w2", { status: "WAITLISTED", waitingPosition: 2, name: "Meester Bas" }), row("w1", { status: "WAITLISTED", waitingPosition: 1, name: "Juf Cor" })], { startsAt }) } });
      }
      if (!variables.after) return HttpResponse.json({ data: { node: eventNode([row("c1")], { hasNextPage: true, endCursor: "cursor-1", startsAt }) } });
      return HttpResponse.json({ data: { node: eventNode([row("c2", { name: "Ouder Dirk", groupSize: 4, organisation: null, organisationName: "Gezin Dirksen" })], { startsAt }) } });
    }),
  );
}

describe("loading the sign-ups", () => {
  it("reads every page of both lists with the session token, the waiting list in its order", async () => {
    const tokens: (string | null)[] = [];
    answerLists(tokens);
    const page = (await loadPage("?annuleren=w1")) as Exclude<Awaited<ReturnType<typeof load>>, void>;
    expect(page.confirmed.map((r: { id: string }) => r.id)).toEqual(["c1", "c2"]);
    expect(page.waiting.map((r: { id: string }) => r.id)).toEqual(["w1", "w2"]);
    expect(page.totals.confirmedSeats).toBe(28);
    expect(page.cancelling?.name).toBe("Juf Cor");
    expect(page.started).toBe(new Date("2027-03-11T12:30:00.000Z") <= new Date());
    expect(tokens).toEqual(["Bearer token-1", "Bearer token-1", "Bearer token-1"]);
  });

  it("says what was done, and how many were mailed", async () => {
    answerLists();
    expect(await loadPage("?gedaan=geannuleerd")).toMatchObject({ done: expect.stringContaining("De aanmelding is geannuleerd"), mailed: null });
    answerLists();
    expect(await loadPage("?gemaild=12")).toMatchObject({ mailed: 12, done: undefined });
  });

  it("answers 403 for someone who may not edit the event, and 404 for an unknown ID", async () => {
    server.use(graphql.query("SignupList", () => HttpResponse.json({ data: { node: { ...eventNode([]), viewerCanEdit: false, signups: null, signupTotals: null } } })));
    expect(await loadPage()).toMatchObject({ status: 403 });
    server.use(graphql.query("SignupList", () => HttpResponse.json({ data: null, errors: [{ message: "Invalid ID", extensions: { code: "BAD_USER_INPUT" } }] })));
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await loadPage()).toMatchObject({ status: 404 });
  });
});

describe("cancelling a sign-up", () => {
  it("sends the reason and comes back to the list", async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.mutation("CancelSignupAsOrganiser", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { cancelSignupAsOrganiser: { __typename: "Signup", id: "c1", status: "CANCELLED" } } });
      }),
    );
    expect(await post("annuleren", { signupId: "c1", reason: "De groep is te groot voor de zaal." })).toEqual({ redirect: `${PATH}?gedaan=geannuleerd` });
    expect(sent).toEqual({ signupId: "c1", reason: "De groep is te groot voor de zaal." });
  });

  it("asks for a reason first, keeping which sign-up it was", async () => {
    expect(await post("annuleren", { signupId: "c1", reason: " " })).toEqual({ status: 400, data: { cancel: { signupId: "c1", reason: "", error: REASON_MISSING_TEXT } } });
  });
});

describe("moving a sign-up", () => {
  const target = (id: string, startsAt: string, remaining: number | null) => ({
    id,
    title: `Techlab ${id}`,
    startsAt,
    endsAt: startsAt,
    allDay: false,
    signupAvailability: { remaining },
  });

  it("offers the sessions of every organiser not yet begun that take sign-ups here, once each, in time order", async () => {
    answerLists([], "2099-03-11T12:30:00.000Z");
    const asked: unknown[] = [];
    server.use(
      graphql.query("MoveTargets", ({ variables }) => {
        asked.push(variables.organisation);
        const edges = [
          target("later", "2099-04-01T12:00:00.000Z", 0),
          { ...target("elsewhere", "2099-03-20T12:00:00.000Z", 5), signupAvailability: null },
          target(ID, "2099-03-11T12:30:00.000Z", 2),
          target("sooner", "2099-03-18T12:00:00.000Z", null),
          target("begun", "2020-03-18T12:00:00.000Z", 3),
        ].map((node) => ({ node }));
        return HttpResponse.json({ data: { events: { edges } } });
      }),
    );
    const page = (await loadPage("?verplaatsen=w1")) as Exclude<Awaited<ReturnType<typeof load>>, void>;
    expect(page.moving?.name).toBe("Juf Cor");
    expect(asked).toEqual(["het-ambachtshuis", "techlab-uden"]);
    expect(page.moveTargets?.map((t: { id: string; remaining: number | null }) => [t.id, t.remaining])).toEqual([["sooner", null], ["later", 0]]);
  });

  it("offers no move once the event has started", async () => {
    answerLists([], "2020-03-11T12:30:00.000Z");
    expect(await loadPage("?verplaatsen=w1")).toMatchObject({ started: true, moveTargets: null });
  });

  it("does not read the sessions when no move is being chosen", async () => {
    answerLists();
    server.use(graphql.query("MoveTargets", () => { throw new Error("not asked"); }));
    expect(await loadPage()).toMatchObject({ moving: null, moveTargets: null });
  });

  it("sends the chosen session and comes back to the list", async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.mutation("MoveSignup", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { moveSignup: { __typename: "Signup", id: "c1", status: "WAITLISTED" } } });
      }),
    );
    expect(await post("verplaatsen", { signupId: "c1", toEventId: "RXZlbnQ6NDM=" })).toEqual({ redirect: `${PATH}?gedaan=verplaatst` });
    expect(sent).toEqual({ signupId: "c1", toEventId: "RXZlbnQ6NDM=" });
  });

  it("asks for a choice first, and explains a move the API refuses", async () => {
    expect(await post("verplaatsen", { signupId: "c1", toEventId: "" })).toEqual({ status: 400, data: { move: { signupId: "c1", toEventId: "", error: MOVE_TEXTS.choose } } });
    server.use(graphql.mutation("MoveSignup", () => HttpResponse.json({ data: { moveSignup: { __typename: "ConflictError" } } })));
    expect(await post("verplaatsen", { signupId: "c1", toEventId: "RXZlbnQ6NDM=" })).toMatchObject({ status: 409, data: { move: { toEventId: "RXZlbnQ6NDM=", message: MOVE_TEXTS.conflict } } });
  });
});

describe("recording attendance", () => {
  it("sends whether the group came and how many", async () => {
    const sent: Record<string, unknown>[] = [];
    server.use(
      graphql.mutation("RecordAttendance", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { recordAttendance: { __typename: "Signup", id: variables.signupId, attended: variables.attended, attendedCount: 0 } } });
      }),
    );
    expect(await post("aanwezigheid", { signupId: "c1", attended: "ja", count: "22" })).toEqual({ redirect: `${PATH}?gedaan=aanwezigheid#aanmelding-c1` });
    await post("aanwezigheid", { signupId: "c2", attended: "nee", count: "4" });
    expect(sent).toEqual([
      { signupId: "c1", attended: true, count: 22 },
      { signupId: "c2", attended: false, count: null },
    ]);
  });

  it("keeps what was typed when the choice or the count is wrong, and explains an event not yet started", async () => {
    expect(await post("aanwezigheid", { signupId: "c1", count: "22" })).toMatchObject({ status: 400, data: { attendance: { signupId: "c1", attended: "", count: "22", error: ATTENDANCE_TEXTS.choice } } });
    expect(await post("aanwezigheid", { signupId: "c1", attended: "ja", count: "veel" })).toMatchObject({ status: 400, data: { attendance: { count: "veel", error: ATTENDANCE_TEXTS.count } } });
    server.use(graphql.mutation("RecordAttendance", () => HttpResponse.json({ data: { recordAttendance: { __typename: "ConflictError" } } })));
    expect(await post("aanwezigheid", { signupId: "c1", attended: "ja", count: "" })).toMatchObject({ status: 409, data: { attendance: { message: ATTENDANCE_TEXTS.notStarted } } });
  });
});

describe("mailing everyone", () => {
  const good = { subject: "Parkeren", message: "Parkeer op het plein achter de school.", includeWaiting: "on" };

  it("sends the message for this event and says to how many it went", async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.mutation("MailSignups", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { mailSignups: { __typename: "SignupMailing", recipientCount: 4 } } });
      }),
    );
    expect(await post("mailen", good)).toEqual({ redirect: `${PATH}?gemaild=4` });
    expect(sent).toEqual({ input: { eventId: ID, subject: "Parkeren", message: "Parkeer op het plein achter de school.", includeWaiting: true } });
  });

  it("keeps what was typed: errors beside the fields, the daily limit, no one to mail", async () => {
    expect(await post("mailen", { subject: "Hi", message: "kort" })).toEqual({
      status: 400,
      data: { mail: { values: { subject: "Hi", message: "kort", includeWaiting: false }, errors: { subject: MAIL_TEXTS.subject, message: MAIL_TEXTS.message } } },
    });
    server.use(graphql.mutation("MailSignups", () => HttpResponse.json({ data: { mailSignups: { __typename: "TooManyRequestsError", retryAfterSeconds: 7000 } } })));
    expect(await post("mailen", good)).toMatchObject({ status: 429, data: { mail: { values: { subject: "Parkeren" }, message: MAIL_TEXTS.tooMany(2) } } });
    server.use(graphql.mutation("MailSignups", () => HttpResponse.json({ data: { mailSignups: { __typename: "ConflictError" } } })));
    expect(await post("mailen", good)).toMatchObject({ status: 409, data: { mail: { message: MAIL_TEXTS.noOne } } });
  });
});

describe("the door list", () => {
  const download = (token: string | null) =>
    outcome(() => GET({ fetch: globalThis.fetch, params: { id: ID }, locals: { sessionToken: token }, url: new URL(`http://localhost${PATH}.csv`) } as unknown as Parameters<typeof GET>[0]));

  it("is a private attachment named after the event, with every page of both lists", async () => {
    answerLists();
    const response = (await download("token-1")) as Response;
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="aanmeldingen-techlab-windmolen-2027-03-11.csv"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, as bytes: Excel's sign of UTF-8
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(body.startsWith("\uFEFFStatus;Wachtplek;Groep;Aantal;")).toBe(true);
    expect(body.split("\r\n").slice(1, 5).map((line) => line.split(";")[5])).toEqual(["Juf Anna", "Ouder Dirk", "Juf Cor", "Meester Bas"]);
  });

  it("sends a visitor without a session to sign in and back", async () => {
    expect(await download(null)).toEqual({ redirect: `/inloggen?naar=${encodeURIComponent(`${PATH}.csv`)}` });
  });
});
