// /beheer/moderatie: the submitted events a moderator may publish or send back, with a reason.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { formPost, outcome } from "../activiteiten/fake-posts";
import { REASON_MISSING_TEXT } from "../activiteiten/reason";
import { actions, load } from "./+page.server";

const server = fakeApi();

const moderator = { memberships: [], moderatedRegions: [{ slug: "maasland", name: "Maasland" }], platformAdmin: false };
const editor = { memberships: [{ role: "ADMIN", organisation: { slug: "het-ambachtshuis", name: "Het Ambachtshuis" } }], moderatedRegions: [], platformAdmin: false };

function loadQueue(viewer: object, search = "") {
  const event = { fetch: globalThis.fetch, url: new URL(`http://localhost/beheer/moderatie${search}`), locals: { sessionToken: "token-1" }, parent: async () => ({ viewer }) };
  return outcome(() => load(event as unknown as Parameters<typeof load>[0]));
}

function post(action: keyof typeof actions, fields: Record<string, string>) {
  const event = { request: formPost(fields), fetch: globalThis.fetch, locals: { sessionToken: "token-1" } };
  return outcome(() => actions[action](event as unknown as Parameters<typeof actions.publiceren>[0]));
}

const submitted = (id: string, viewerCanModerate: boolean, day = "2099-03-11") => ({
  id,
  slug: `activiteit-${id}`,
  title: `Activiteit ${id}`,
  summary: "",
  kind: "WORKSHOP",
  startsAt: `${day}T12:30:00.000Z`,
  endsAt: `${day}T14:00:00.000Z`,
  allDay: false,
  updatedAt: "2027-02-01T10:00:00.000Z",
  viewerCanModerate,
  region: { name: "Maasland" },
  organisers: [{ role: "ORGANISER", organisation: { name: "Het Ambachtshuis", slug: "het-ambachtshuis" } }],
});

describe("the moderation queue", () => {
  it("lists the submitted events the moderator may publish, asked with her session", async () => {
    let asked: { authorization: string | null; query: string; from: unknown } | undefined;
    server.use(
      graphql.query("ModerationQueue", ({ request, query, variables }) => {
        asked = { authorization: request.headers.get("authorization"), query, from: variables.from };
        const edges = [submitted("old", true, "2020-05-04"), submitted("a", true), submitted("b", false)].map((node) => ({ node }));
        return HttpResponse.json({ data: { events: { edges } } });
      }),
    );
    const data = (await loadQueue(moderator, "?gepubliceerd=activiteit-a")) as { events: { id: string; ended: boolean }[]; published: string };
    expect(asked?.authorization).toBe("Bearer token-1");
    expect(asked?.query).toContain("statuses: [SUBMITTED]");
    // Submissions whose date has passed still wait for a decision, marked as such.
    expect(new Date(asked?.from as string) < new Date("2020-01-01")).toBe(true);
    expect(data.events.map((event) => [event.id, event.ended])).toEqual([["old", true], ["a", false]]);
    expect(data.published).toBe("activiteit-a");
  });

  it("is for moderators only", async () => {
    expect(await loadQueue(editor)).toMatchObject({ status: 403 });
  });
});

describe("publishing and rejecting", () => {
  it("publishes and says where the event now is", async () => {
    server.use(graphql.mutation("PublishEvent", () => HttpResponse.json({ data: { publishEvent: { __typename: "Event", id: "a", slug: "activiteit-a" } } })));
    expect(await post("publiceren", { id: "a" })).toEqual({ redirect: "/beheer/moderatie?gepubliceerd=activiteit-a" });
  });

  it("says when another moderator was first", async () => {
    server.use(graphql.mutation("PublishEvent", () => HttpResponse.json({ data: { publishEvent: { __typename: "ConflictError" } } })));
    expect(await post("publiceren", { id: "a" })).toMatchObject({ status: 409, data: { id: "a", message: expect.stringContaining("al behandeld") } });
  });

  it("wants a reason to send an event back, beside that event's field", async () => {
    expect(await post("afwijzen", { id: "a", reason: "" })).toEqual({ status: 400, data: { id: "a", reason: "", reasonError: REASON_MISSING_TEXT } });
  });

  it("sends the event back with the reason", async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      graphql.mutation("RejectEvent", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { rejectEvent: { __typename: "Event" } } });
      }),
    );
    expect(await post("afwijzen", { id: "a", reason: "Vul de eindtijd aan." })).toEqual({ redirect: "/beheer/moderatie?afgewezen" });
    expect(sent).toEqual({ id: "a", reason: "Vul de eindtijd aan." });
  });
});
