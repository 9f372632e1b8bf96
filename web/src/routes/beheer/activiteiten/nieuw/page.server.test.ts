// A new event: only for an organisation the viewer edits; saving creates a draft and opens it.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { EVENT_FIELD_TEXTS } from "../event-fields";
import { formPost, goodEventForm, noChoices, outcome } from "../fake-posts";
import { actions, load } from "./+page.server";

const server = fakeApi();

type LoadEvent = Parameters<typeof load>[0];
type ActionEvent = Parameters<typeof actions.opslaan>[0];

const viewer = (slugs: string[]) => ({ memberships: slugs.map((slug) => ({ role: "ADMIN", organisation: { slug, name: slug } })), moderatedRegions: [], platformAdmin: false });

function loadNew(search: string, slugs = ["het-ambachtshuis"]) {
  const event = { fetch: globalThis.fetch, url: new URL(`http://localhost/beheer/activiteiten/nieuw${search}`), locals: { sessionToken: "token-1" }, parent: async () => ({ viewer: viewer(slugs) }) };
  return outcome(() => load(event as unknown as LoadEvent));
}

function organisationAnswer(viewerCanEdit: boolean) {
  server.use(
    graphql.query("NewEventOrganisation", () => HttpResponse.json({ data: { organisation: { id: "T3JnOjE=", name: "Het Ambachtshuis", slug: "het-ambachtshuis", viewerCanEdit } } })),
    graphql.query("TagChoices", () => HttpResponse.json({ data: noChoices })),
  );
}

describe("the new event's page", () => {
  it("shows an empty form for an organisation the viewer edits", async () => {
    organisationAnswer(true);
    expect(await loadNew("?organisatie=het-ambachtshuis")).toMatchObject({ organisation: { id: "T3JnOjE=" }, values: { title: "", signupMode: "NONE" } });
  });

  it("chooses the organisation of an editor who keeps one, and lets others choose", async () => {
    expect(await loadNew("")).toEqual({ redirect: "/beheer/activiteiten/nieuw?organisatie=het-ambachtshuis" });
    expect(await loadNew("", ["a", "b"])).toEqual({ redirect: "/beheer/activiteiten" });
  });

  it("refuses an organisation the viewer does not edit", async () => {
    organisationAnswer(false);
    expect(await loadNew("?organisatie=het-ambachtshuis")).toMatchObject({ status: 403 });
  });
});

describe("saving a new event", () => {
  function save(fields: Record<string, string | string[]>) {
    const event = { request: formPost(fields), fetch: globalThis.fetch, locals: { sessionToken: "token-1" } };
    return outcome(() => actions.opslaan(event as unknown as ActionEvent));
  }

  it("creates a draft of the organisation with UTC times and opens its page", async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.mutation("CreateEvent", ({ variables, request }) => {
        sent = { ...variables, authorization: request.headers.get("authorization") };
        return HttpResponse.json({ data: { createEvent: { __typename: "Event", id: "RXZlbnQ6NDI=" } } });
      }),
    );
    expect(await save({ ...goodEventForm, organisation: "T3JnOjE=" })).toEqual({ redirect: "/beheer/activiteiten/RXZlbnQ6NDI%3D?gedaan=aangemaakt" });
    expect(sent).toMatchObject({
      organisation: "T3JnOjE=",
      authorization: "Bearer token-1",
      input: { title: "Techlab voor groep 8", startsAt: "2027-03-11T12:30:00.000Z", endsAt: "2027-03-11T14:00:00.000Z", audiences: ["PO_GROUP_8"], venue: { name: "Het Ambachtshuis", city: "Oss" } },
    });
  });

  it("keeps what was typed and shows the site's own refusals without asking the API", async () => {
    expect(await save({ ...goodEventForm, organisation: "T3JnOjE=", title: "", endTime: "12:00" })).toMatchObject({
      status: 400,
      data: { values: { title: "", endTime: "12:00", audiences: ["PO_GROUP_8"] }, errors: { title: EVENT_FIELD_TEXTS.title, endTime: EVENT_FIELD_TEXTS.endTime } },
    });
  });

  it("shows the API's refusals beside their fields", async () => {
    server.use(
      graphql.mutation("CreateEvent", () =>
        HttpResponse.json({ data: { createEvent: { __typename: "ValidationError", problems: [{ path: ["input", "venue", "postalCode"], message: "postalCode must be a Dutch postcode" }] } } }),
      ),
    );
    expect(await save({ ...goodEventForm, organisation: "T3JnOjE=", postalCode: "12345" })).toMatchObject({
      status: 400,
      data: { values: { postalCode: "12345" }, errors: { postalCode: EVENT_FIELD_TEXTS.postalCode } },
    });
  });
});
