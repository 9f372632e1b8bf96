// Adding organisations: who may, in which region, what the input must hold, and the slug it gets.
import { describe, expect, it } from "vitest";
import { allowedFor, gid, outcome, signedInActors } from "../../test/actors.ts";
import { sql } from "../../test/graphql.ts";

const { actors, as } = await signedInActors();
const [{ id: home }] = await sql(`SELECT id FROM "Region" WHERE slug = 'noordoost-brabant'`);
const [{ id: other }] = await sql(`SELECT id FROM "Region" WHERE slug = 'andere-regio'`);
const [{ id: oss }] = await sql(`SELECT id FROM "Municipality" WHERE "cbsCode" = 'GM0828'`);
const [{ id: school }] = await sql(`SELECT id FROM "Organisation" WHERE slug = 'het-ambachtshuis'`);

const create = `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) {
  __typename
  ... on Organisation { slug name kind city postalCode latitude longitude hasTechlab viewerCanEdit region { slug } municipality { name } parent { slug } profiles { code } }
  ... on ValidationError { problems { path message } }
  ... on Error { message } } }`;

const input = (name: string, extra: Record<string, unknown> = {}) => ({
  region: gid("Region", home),
  name,
  kind: "VMBO_SCHOOL",
  profile: { street: "Kerkstraat 1", postalCode: "5341ab", city: "Oss", hasTechlab: true, profiles: ["PIE"] },
  ...extra,
});

describe("adding an organisation", () => {
  it("is for the region's moderators and platform admins", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, create, { i: input(`Nieuwe School ${actor}`) });
      got[actor] = outcome(result, "createOrganisation", (value) => `${value.slug} in ${value.region.slug}`);
    }
    expect(got).toEqual(allowedFor(actors, ["moderator", "admin"], (actor) => `nieuwe-school-${actor} in noordoost-brabant`));
  });

  it("another region's moderator may add one to their own region", async () => {
    const result = await as("otherModerator", create, { i: input("Elders College", { region: gid("Region", other), kind: "MBO_COLLEGE" }) });
    expect(result.data.createOrganisation).toMatchObject({ slug: "elders-college", region: { slug: "andere-regio" } });
  });

  it("keeps the profile, its municipality and the typed coordinates, and records it in the audit log", async () => {
    const result = await as("moderator", create, {
      i: input("Techniek College Oss", { municipality: gid("Municipality", oss), profile: { street: "Kerkstraat 1", postalCode: "5341ab", city: "Oss", latitude: 51.765, longitude: 5.518, hasTechlab: true, profiles: ["PIE", "BWI"] } }),
    });
    expect(result.data.createOrganisation).toMatchObject({
      slug: "techniek-college-oss",
      kind: "VMBO_SCHOOL",
      city: "Oss",
      postalCode: "5341 AB",
      latitude: 51.765,
      longitude: 5.518,
      hasTechlab: true,
      viewerCanEdit: true,
      municipality: { name: "Oss" },
      profiles: [{ code: expect.any(String) }, { code: expect.any(String) }],
    });
    const [entry] = await sql(`SELECT a."subjectType", a."regionId" FROM "AuditEntry" a JOIN "Organisation" o ON o.id = a."subjectId" WHERE a.action = 'organisation.create' AND o.slug = 'techniek-college-oss'`);
    expect(entry).toEqual({ subjectType: "Organisation", regionId: home });
  });

  it("gets the next free slug when its name is taken, also when added at the same time", async () => {
    const results = await Promise.all([1, 2, 3].map(() => as("moderator", create, { i: input("Het Ambachtshuis") })));
    expect(results.map((result) => result.data?.createOrganisation.slug ?? JSON.stringify(result.errors)).sort()).toEqual(["het-ambachtshuis-2", "het-ambachtshuis-3", "het-ambachtshuis-4"]);
  });

  it("as a location of a school in the same region", async () => {
    const location = await as("moderator", create, { i: input("Het Ambachtshuis, locatie Noord", { parent: gid("Organisation", school) }) });
    expect(location.data.createOrganisation.parent).toEqual({ slug: "het-ambachtshuis" });
    const [{ id: locationId }] = await sql(`SELECT id FROM "Organisation" WHERE slug = 'het-ambachtshuis-locatie-noord'`);
    const ofLocation = await as("moderator", create, { i: input("Locatie van een locatie", { parent: gid("Organisation", locationId) }) });
    expect(ofLocation.data.createOrganisation.problems).toEqual([{ path: ["input", "parent"], message: "parent must be a school, not one of its locations" }]);
  });

  it("refuses a school or a municipality of another region, and bad fields", async () => {
    const [{ id: elsewhere }] = await sql(`SELECT id FROM "Organisation" WHERE slug = 'elders-college'`);
    const wrongRegion = await as("moderator", create, { i: input("Verkeerde Plek", { parent: gid("Organisation", elsewhere), municipality: gid("Municipality", 999999) }) });
    expect(wrongRegion.data.createOrganisation.problems).toEqual([
      { path: ["input", "parent"], message: "parent must be an organisation in the same region" },
      { path: ["input", "municipality"], message: "municipality must be one of the region's" },
    ]);
    const badName = await as("moderator", create, { i: input("X") });
    expect(badName.data.createOrganisation.problems).toEqual([{ path: ["input", "name"], message: "name must be at least 2 characters" }]);
    const badFields = await as("moderator", create, { i: input("Slecht Profiel", { profile: { email: "geen-adres", postalCode: "abc", latitude: 51 } }) });
    expect(badFields.data.createOrganisation.problems.map((problem: any) => problem.path.join("."))).toEqual(["input.profile.email", "input.profile.postalCode", "input.profile.longitude"]);
    const unknownProfile = await as("moderator", create, { i: input("Onbekend Profiel", { profile: { profiles: ["XYZ"] } }) });
    expect(unknownProfile.data.createOrganisation.__typename).toBe("ValidationError");
    expect(await sql(`SELECT 1 FROM "Organisation" WHERE slug = 'onbekend-profiel'`)).toEqual([]);
  });

  it("in a region that does not exist is refused like one the account may not touch, or NotFoundError for admins", async () => {
    const moderator = await as("moderator", create, { i: input("Nergens", { region: gid("Region", 99999) }) });
    expect(moderator.data.createOrganisation.__typename).toBe("ForbiddenError");
    const admin = await as("admin", create, { i: input("Nergens", { region: gid("Region", 99999) }) });
    expect(admin.data.createOrganisation.__typename).toBe("NotFoundError");
  });
});
