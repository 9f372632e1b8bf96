// /beheer/activiteiten: each organisation's events by status, coming and past, asked with the session.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { load } from "./+page.server";

const server = fakeApi();

const item = (id: string, status: string) => ({ id, slug: id, title: id, status, rejectionReason: status === "REJECTED" ? "Te vaag." : null, startsAt: "2027-03-11T12:30:00.000Z", endsAt: "2027-03-11T14:00:00.000Z", allDay: false });
const edges = (...items: object[]) => ({ edges: items.map((node) => ({ node })) });

describe("the editor's events", () => {
  it("groups each organisation's events: work to do first, then waiting, then in the agenda", async () => {
    let authorization: string | null = null;
    server.use(
      graphql.query("EditorEvents", ({ request }) => {
        authorization = request.headers.get("authorization");
        return HttpResponse.json({
          data: { organisation: { name: "Het Ambachtshuis", slug: "het-ambachtshuis", viewerCanEdit: true, upcoming: edges(item("p", "PUBLISHED"), item("d", "DRAFT"), item("r", "REJECTED"), item("s", "SUBMITTED")), past: edges(item("old", "PUBLISHED")) } },
        });
      }),
    );
    const viewer = { memberships: [{ role: "ADMIN", organisation: { slug: "het-ambachtshuis", name: "Het Ambachtshuis" } }], moderatedRegions: [], platformAdmin: false };
    const event = { fetch: globalThis.fetch, parent: async () => ({ viewer }), locals: { sessionToken: "token-1" }, url: new URL("http://localhost/beheer/activiteiten?verwijderd") };
    const data = (await load(event as unknown as Parameters<typeof load>[0])) as Exclude<Awaited<ReturnType<typeof load>>, void>;
    expect(authorization).toBe("Bearer token-1");
    const [organisation] = data.organisations;
    expect(organisation.upcoming.map((group: { status: string; events: { id: string }[] }) => [group.status, group.events.map((event) => event.id)])).toEqual([
      ["DRAFT", ["d"]],
      ["REJECTED", ["r"]],
      ["SUBMITTED", ["s"]],
      ["PUBLISHED", ["p"]],
    ]);
    expect(organisation.past).toEqual([{ status: "PUBLISHED", events: [item("old", "PUBLISHED")] }]);
    expect(data).toMatchObject({ moderates: false, deleted: true });
  });
});
