// One region's page: who sees it, and the admins' changes as the forms show them.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { outcomeOfRun, postEvent } from "$lib/server/editing/test-events";
import { actions, load } from "./+page.server";
import { MUNICIPALITY_FIELD_MESSAGES } from "./region-actions";

const server = fakeApi();
const region = { id: "UmVnaW9uOjE=", slug: "noordoost-brabant", name: "Noordoost-Brabant", description: "", municipalities: [], moderators: [{ name: "Maarten Moderator", email: "moderator@techniekloket.example" }] };
const loadAs = (platformAdmin: boolean) =>
  outcomeOfRun(() => load({ fetch: globalThis.fetch, params: { slug: region.slug }, parent: async () => ({ viewer: { platformAdmin, moderatedRegions: [], memberships: [] } }), locals: { sessionToken: "t" } } as never));

describe("a region's page", () => {
  it("shows its moderators to those the API shows them to; only admins may change it", async () => {
    server.use(graphql.query("ManagedRegion", () => HttpResponse.json({ data: { region } })));
    expect(await loadAs(true)).toMatchObject({ canManage: true, region: { moderators: region.moderators } });
    server.use(graphql.query("ManagedRegion", () => HttpResponse.json({ data: { region: { ...region, moderators: null } } })));
    expect(await loadAs(false)).toEqual({ status: 403 });
    server.use(graphql.query("ManagedRegion", () => HttpResponse.json({ data: { region: null } })));
    expect(await loadAs(true)).toEqual({ status: 404 });
  });

  it("adds a municipality, refusing a CBS code another has beside its field", async () => {
    expect(await actions.gemeente(postEvent("/x", { id: region.id, name: "Zaltbommel", cbsCode: "0297" }))).toMatchObject({ status: 400, data: { form: "gemeente", errors: { cbsCode: MUNICIPALITY_FIELD_MESSAGES.cbsCode }, values: { cbsCode: "0297" } } });
    server.use(graphql.mutation("AddMunicipality", () => HttpResponse.json({ data: { addMunicipality: { __typename: "ValidationError", message: "x", problems: [{ path: ["input", "cbsCode"], message: "taken" }] } } })));
    expect(await actions.gemeente(postEvent("/x", { id: region.id, name: "Zaltbommel", cbsCode: "GM0796" }))).toMatchObject({ status: 400, data: { errors: { cbsCode: MUNICIPALITY_FIELD_MESSAGES.cbsCode } } });
  });

  it("adds and removes a moderator", async () => {
    let sent: unknown;
    server.use(
      graphql.mutation("SetModerator", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { setModerator: { __typename: "Region" } } });
      }),
      graphql.mutation("RemoveModerator", () => HttpResponse.json({ data: { removeModerator: { __typename: "ForbiddenError", message: "x" } } })),
    );
    expect(await actions.moderator(postEvent("/x", { id: region.id, name: "Mila", email: "mila@programma.example" }))).toMatchObject({ form: "moderator" });
    expect(sent).toEqual({ region: region.id, name: "Mila", email: "mila@programma.example" });
    expect(await actions.moderatorVerwijderen(postEvent("/x", { id: region.id, email: "mila@programma.example" }))).toMatchObject({ status: 403 });
  });
});
