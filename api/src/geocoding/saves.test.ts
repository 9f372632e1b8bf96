// Saves of addresses without typed coordinates get the geocoder's (organisations, new venues);
// typed coordinates always win; a geocoder that is down never fails a save.
import { pdok } from "./fake-geocoder-env.ts";
import { describe, expect, it, vi } from "vitest";
import { gid, signedInActors } from "../test/actors.ts";
import { sql } from "../test/graphql.ts";

const { as, school } = await signedInActors();
const [{ id: home }] = await sql(`SELECT id FROM "Region" WHERE slug = 'noordoost-brabant'`);

const updateProfile = async (profile: Record<string, unknown>) => {
  const { version } = (await as("editorA", `query($id: ID!) { node(id: $id) { ... on Organisation { version } } }`, { id: school })).data.node;
  const result = await as("editorA", `mutation($id: ID!, $v: Int!, $i: OrganisationInput!) { updateOrganisation(id: $id, version: $v, input: $i) { __typename ... on Organisation { latitude longitude } } }`, { id: school, v: version, i: profile });
  return result.data.updateOrganisation;
};

describe("an organisation's address", () => {
  it("gets the geocoder's coordinates when none are typed", async () => {
    expect(await updateProfile({ street: "Kerkstraat 1", postalCode: "5341ab", city: "Oss" })).toEqual({ __typename: "Organisation", latitude: 51.7654, longitude: 5.5176 });
  });

  it("keeps typed coordinates, which always win", async () => {
    expect(await updateProfile({ street: "Kerkstraat 1", postalCode: "5341 AB", city: "Oss", latitude: 51.7, longitude: 5.5 })).toMatchObject({ latitude: 51.7, longitude: 5.5 });
  });

  it("is saved without coordinates when the geocoder is down", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    pdok.state.mode = "down";
    expect(await updateProfile({ street: "Onbekendelaan 3", postalCode: "5342 CD", city: "Oss" })).toEqual({ __typename: "Organisation", latitude: null, longitude: null });
    expect(warn).toHaveBeenCalledOnce();
    pdok.state.mode = "up";
    warn.mockRestore();
  });

  it("of a new organisation is geocoded too", async () => {
    const result = await as("moderator", `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { ... on Organisation { latitude longitude } } }`, {
      i: { region: gid("Region", home), name: "Installatiebedrijf Markt", kind: "COMPANY", profile: { street: "Markt 5", city: "Veghel" } },
    });
    expect(result.data.createOrganisation).toEqual({ latitude: 51.6167, longitude: 5.5489 });
  });
});

describe("a new venue of an event", () => {
  it("gets the geocoder's coordinates when none are typed", async () => {
    const result = await as("editorA", `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ... on Event { venue { latitude longitude } } } }`, {
      o: school,
      i: { title: "Techniekmiddag op de Markt", kind: "OPEN_DAY", startsAt: "2027-05-01T12:00:00Z", endsAt: "2027-05-01T15:00:00Z", venue: { name: "Marktplein", street: "Markt 5", city: "Veghel" } },
    });
    expect(result.data.createEvent.venue).toEqual({ latitude: 51.6167, longitude: 5.5489 });
  });
});
