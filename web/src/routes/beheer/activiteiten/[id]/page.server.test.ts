// One event's page in /beheer: loading it for its editors, saving with its version (and a conflict
// when someone saved first), submitting after a save, cancelling with a reason, deleting on a second press.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { formPost, goodEventForm, noChoices, outcome } from "../fake-posts";
import { REASON_MISSING_TEXT } from "../reason";
import { actions, load } from "./+page.server";

const server = fakeApi();

const ID = "RXZlbnQ6NDI=";
const PATH = "/beheer/activiteiten/RXZlbnQ6NDI%3D";

type Action = keyof typeof actions;

function post(action: Action, fields: Record<string, string | string[]>) {
  const event = { request: formPost(fields), fetch: globalThis.fetch, params: { id: ID }, locals: { sessionToken: "token-1" } };
  return outcome(() => actions[action](event as unknown as Parameters<(typeof actions)[Action]>[0]));
}

function loadPage(search = "") {
  const event = { fetch: globalThis.fetch, params: { id: ID }, url: new URL(`http://localhost${PATH}${search}`), locals: { sessionToken: "token-1" } };
  return outcome(() => load(event as unknown as Parameters<typeof load>[0]));
}

const draft = {
  __typename: "Event",
  id: ID,
  slug: "techlab-voor-groep-8-2027-03-11",
  status: "DRAFT",
  rejectionReason: null,
  cancellationReason: null,
  publishedAt: null,
  version: 3,
  viewerCanEdit: true,
  viewerCanModerate: false,
  title: "Techlab voor groep 8",
  summary: "",
  description: "",
  kind: "TECHLAB_SESSION",
  startsAt: "2027-03-11T12:30:00.000Z",
  endsAt: "2027-03-11T14:00:00.000Z",
  allDay: false,
  onlineUrl: null,
  capacity: null,
  costCents: 0,
  signupMode: "NONE",
  signupUrl: null,
  signupOpensAt: null,
  signupClosesAt: null,
  leerwegen: [],
  audiences: [],
  themes: [],
  actionLines: [],
  profiles: [],
  organisers: [],
  venue: null,
};

describe("loading an event to edit", () => {
  it("gives its editors the form in Dutch time, its version and what was just done", async () => {
    server.use(
      graphql.query("EventEditor", ({ variables }) => HttpResponse.json({ data: { node: variables.id === ID ? draft : null } })),
      graphql.query("TagChoices", () => HttpResponse.json({ data: noChoices })),
    );
    expect(await loadPage("?gedaan=opgeslagen")).toMatchObject({ version: 3, values: { date: "2027-03-11", startTime: "13:30" }, done: "Je wijzigingen zijn opgeslagen." });
  });

  it("answers 404 for an ID the API never handed out, and 403 for someone else's event", async () => {
    server.use(
      graphql.query("EventEditor", () => HttpResponse.json({ data: null, errors: [{ message: "Invalid ID", extensions: { code: "BAD_USER_INPUT" } }] })),
      graphql.query("TagChoices", () => HttpResponse.json({ data: noChoices })),
    );
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await loadPage()).toMatchObject({ status: 404 });
    server.use(graphql.query("EventEditor", () => HttpResponse.json({ data: { node: { ...draft, viewerCanEdit: false } } })));
    expect(await loadPage()).toMatchObject({ status: 403 });
  });
});

describe("saving", () => {
  it("sends the version the editor loaded, and comes back to the page", async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.mutation("UpdateEvent", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { updateEvent: { __typename: "Event", id: ID, status: "DRAFT" } } });
      }),
    );
    expect(await post("opslaan", { ...goodEventForm, version: "3" })).toEqual({ redirect: `${PATH}?gedaan=opgeslagen` });
    expect(sent).toMatchObject({ id: ID, version: 3, input: { startsAt: "2027-03-11T12:30:00.000Z" } });
  });

  it("keeps what was typed, and the old version, when someone else saved first", async () => {
    server.use(graphql.mutation("UpdateEvent", () => HttpResponse.json({ data: { updateEvent: { __typename: "ConflictError", currentVersion: 4 } } })));
    expect(await post("opslaan", { ...goodEventForm, title: "Nieuwe titel", version: "3" })).toMatchObject({
      status: 409,
      data: { conflict: true, version: 3, values: { title: "Nieuwe titel" } },
    });
  });
});

describe("submitting and publishing", () => {
  it("saves what was typed, then submits", async () => {
    const calls: string[] = [];
    server.use(
      graphql.mutation("UpdateEvent", () => (calls.push("update"), HttpResponse.json({ data: { updateEvent: { __typename: "Event", id: ID, status: "DRAFT" } } }))),
      graphql.mutation("SubmitEvent", () => (calls.push("submit"), HttpResponse.json({ data: { submitEvent: { __typename: "Event", id: ID, status: "SUBMITTED" } } }))),
    );
    expect(await post("indienen", { ...goodEventForm, version: "3" })).toEqual({ redirect: `${PATH}?gedaan=ingediend` });
    expect(calls).toEqual(["update", "submit"]);
  });

  it("says so when submitting published at once (a trusted organisation or a moderator)", async () => {
    server.use(
      graphql.mutation("UpdateEvent", () => HttpResponse.json({ data: { updateEvent: { __typename: "Event", id: ID, status: "DRAFT" } } })),
      graphql.mutation("SubmitEvent", () => HttpResponse.json({ data: { submitEvent: { __typename: "Event", id: ID, status: "PUBLISHED" } } })),
    );
    expect(await post("indienen", { ...goodEventForm, version: "3" })).toEqual({ redirect: `${PATH}?gedaan=gepubliceerd` });
  });

  it("does not submit a form that could not be saved", async () => {
    expect(await post("indienen", { ...goodEventForm, title: "x", version: "3" })).toMatchObject({ status: 400, data: { errors: { title: expect.any(String) } } });
  });
});

describe("cancelling and deleting", () => {
  it("asks for a reason before cancelling", async () => {
    expect(await post("annuleren", { reason: " " })).toEqual({ status: 400, data: { cancel: { reason: "", error: REASON_MISSING_TEXT } } });
  });

  it("cancels with the reason", async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.mutation("CancelEvent", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { cancelEvent: { __typename: "Event" } } });
      }),
    );
    expect(await post("annuleren", { reason: "De sporthal is dicht." })).toEqual({ redirect: `${PATH}?gedaan=geannuleerd` });
    expect(sent).toEqual({ id: ID, reason: "De sporthal is dicht." });
  });

  it("sends a submitted event back with the reason, which it wants first", async () => {
    expect(await post("afwijzen", { reason: "" })).toEqual({ status: 400, data: { reject: { reason: "", error: REASON_MISSING_TEXT } } });
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.mutation("RejectEvent", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { rejectEvent: { __typename: "Event" } } });
      }),
    );
    expect(await post("afwijzen", { reason: "Vul de doelgroep nog in." })).toEqual({ redirect: `${PATH}?gedaan=teruggestuurd` });
    expect(sent).toEqual({ id: ID, reason: "Vul de doelgroep nog in." });
  });

  it("asks first, and deletes on the second press", async () => {
    expect(await post("verwijderen", {})).toEqual({ confirmDelete: true });
    server.use(graphql.mutation("DeleteEvent", () => HttpResponse.json({ data: { deleteEvent: { __typename: "DeletedEvent" } } })));
    expect(await post("verwijderen", { zeker: "ja" })).toEqual({ redirect: "/beheer/activiteiten?verwijderd" });
  });
});
