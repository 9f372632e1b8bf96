// Adding an organisation: who may, which region's choices the form offers, and each answer of the API.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { outcomeOfRun, postEvent } from "$lib/server/editing/test-events";
import { actions, load } from "./+page.server";
import { ORGANISATION_FIELD_MESSAGES } from "./new-organisation";

const server = fakeApi();

const viewer = (moderatedRegions: object[], platformAdmin = false) => ({ name: "X", email: "x@example.nl", platformAdmin, memberships: [], moderatedRegions });
const choices = { region: { id: "UmVnaW9uOjE=", slug: "noordoost-brabant", name: "Noordoost-Brabant", municipalities: [{ id: "TTox", name: "Oss" }] }, organisations: { edges: [] }, profiles: [] };

const loadAs = (who: object, query = "") =>
  outcomeOfRun(() => load({ fetch: globalThis.fetch, url: new URL(`http://localhost/beheer/organisaties/nieuw${query}`), parent: async () => ({ viewer: who }), locals: { sessionToken: "t" } } as never));

describe("the new organisation page", () => {
  it("is for moderators, with their one region's choices", async () => {
    server.use(graphql.query("NewOrganisationChoices", () => HttpResponse.json({ data: choices })));
    expect(await loadAs(viewer([{ slug: "noordoost-brabant", name: "Noordoost-Brabant" }]))).toMatchObject({ choices: { region: { slug: "noordoost-brabant" } } });
    expect(await loadAs(viewer([]))).toEqual({ status: 403 });
    expect(await loadAs(viewer([{ slug: "noordoost-brabant", name: "Noordoost-Brabant" }]), "?regio=elders")).toEqual({ status: 404 });
  });

  it("lets a platform admin pick a region first", async () => {
    server.use(graphql.query("NewOrganisationRegions", () => HttpResponse.json({ data: { regions: [{ slug: "a", name: "A" }, { slug: "b", name: "B" }] } })));
    expect(await loadAs(viewer([], true))).toMatchObject({ choices: null, regions: [{ slug: "a" }, { slug: "b" }] });
  });
});

describe("adding it", () => {
  const fields = { region: "UmVnaW9uOjE=", name: "Nieuwe School", kind: "VMBO_SCHOOL", municipality: "TTox", parent: "", street: "Kerkstraat 1", postalCode: "5341 AB", city: "Oss", latitude: "", longitude: "" };

  it("sends the input and opens the organisation's own page", async () => {
    let sent: any;
    server.use(
      graphql.mutation("CreateOrganisation", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { createOrganisation: { __typename: "Organisation", slug: "nieuwe-school" } } });
      }),
    );
    expect(await outcomeOfRun(() => actions.opslaan(postEvent("/x?/opslaan", fields)))).toEqual({ redirect: "/beheer/organisaties/nieuwe-school" });
    expect(sent.input).toMatchObject({ region: fields.region, name: "Nieuwe School", kind: "VMBO_SCHOOL", municipality: "TTox", parent: null, profile: { street: "Kerkstraat 1", latitude: null } });
  });

  it("keeps what was typed and shows the API's refusal beside its field", async () => {
    expect(await actions.opslaan(postEvent("/x", { ...fields, name: "X", latitude: "noord" }))).toMatchObject({ status: 400, data: { errors: { name: ORGANISATION_FIELD_MESSAGES.name, latitude: expect.any(String) }, values: { name: "X" } } });
    server.use(graphql.mutation("CreateOrganisation", () => HttpResponse.json({ data: { createOrganisation: { __typename: "ValidationError", message: "x", problems: [{ path: ["input", "parent"], message: "parent must be a school" }] } } })));
    expect(await actions.opslaan(postEvent("/x", fields))).toMatchObject({ status: 400, data: { errors: { parent: ORGANISATION_FIELD_MESSAGES.parent }, values: { name: "Nieuwe School" } } });
  });
});
