// Regions, their municipalities and their moderators: who may add and change them, who sees the
// moderators, and the mail a new moderator gets.
import { describe, expect, it } from "vitest";
import { allowedFor, gid, outcome, signedInActors } from "../../test/actors.ts";
import { sql } from "../../test/graphql.ts";
import { useMailbox } from "../../test/mailbox.ts";

const { actors, as } = await signedInActors();
const inbox = useMailbox();
const [{ id: home }] = await sql(`SELECT id FROM "Region" WHERE slug = 'noordoost-brabant'`);
const region = gid("Region", home);

const createRegion = `mutation($i: RegionInput!) { createRegion(input: $i) {
  __typename ... on Region { id slug name description } ... on ValidationError { problems { path message } } ... on Error { message } } }`;

describe("a new region", () => {
  it("is added by platform admins only, with a slug from its name", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, createRegion, { i: { name: `Regio ${actor}`, description: "Een netwerk." } });
      got[actor] = outcome(result, "createRegion", (value) => value.slug);
    }
    expect(got).toEqual(allowedFor(actors, ["admin"], "regio-admin"));
    const [row] = await sql(`SELECT name, description FROM "Region" WHERE slug = 'regio-admin'`);
    expect(row).toEqual({ name: "Regio admin", description: "Een netwerk." });
    const [entry] = await sql(`SELECT action, "subjectType" FROM "AuditEntry" WHERE action = 'region.create'`);
    expect(entry).toEqual({ action: "region.create", subjectType: "Region" });
  });

  it("gets the next free slug when its name is taken, also when added at the same time", async () => {
    const results = await Promise.all([1, 2, 3].map(() => as("admin", createRegion, { i: { name: "Twente" } })));
    expect(results.map((result) => result.data?.createRegion.slug ?? JSON.stringify(result.errors)).sort()).toEqual(["twente", "twente-2", "twente-3"]);
  });

  it("needs a name", async () => {
    const result = await as("admin", createRegion, { i: { name: " " } });
    expect(result.data.createRegion.problems).toEqual([{ path: ["input", "name"], message: "name must be at least 2 characters" }]);
  });
});

describe("changing a region", () => {
  it("is for platform admins only; the slug stays", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, `mutation($id: ID!, $i: RegionInput!) { updateRegion(id: $id, input: $i) { __typename ... on Region { slug name } ... on Error { message } } }`, {
        id: region,
        i: { name: `Noordoost-Brabant (${actor})`, description: "Het Techniek Loket." },
      });
      got[actor] = outcome(result, "updateRegion", (value) => `${value.slug}: ${value.name}`);
    }
    expect(got).toEqual(allowedFor(actors, ["admin"], "noordoost-brabant: Noordoost-Brabant (admin)"));
  });

  it("of a region that does not exist is NotFoundError", async () => {
    const result = await as("admin", `mutation($id: ID!) { updateRegion(id: $id, input: { name: "Niets" }) { __typename } }`, { id: gid("Region", 99999) });
    expect(result.data.updateRegion.__typename).toBe("NotFoundError");
  });
});

describe("a region's municipalities", () => {
  const add = `mutation($r: ID!, $i: MunicipalityInput!) { addMunicipality(region: $r, input: $i) {
    __typename ... on Region { municipalities { name slug cbsCode } } ... on ValidationError { problems { path message } } ... on Error { message } } }`;

  it("are added by platform admins only", async () => {
    const got: Record<string, string> = {};
    for (const [index, actor] of actors.entries()) {
      const result = await as(actor, add, { r: region, i: { name: `Gemeente ${actor}`, cbsCode: `GM${9900 + index}` } });
      got[actor] = outcome(result, "addMunicipality", (value) => (value.municipalities.some((m: any) => m.name === `Gemeente ${actor}`) ? "added" : "missing"));
    }
    expect(got).toEqual(allowedFor(actors, ["admin"], "added"));
  });

  it("need a CBS code of GM and four digits that no other municipality has", async () => {
    const bad = await as("admin", add, { r: region, i: { name: "Ergens", cbsCode: "0796" } });
    expect(bad.data.addMunicipality.problems).toEqual([{ path: ["input", "cbsCode"], message: "cbsCode must be GM and four digits, e.g. GM0796" }]);
    const taken = await as("admin", add, { r: region, i: { name: "Nog eens Den Bosch", cbsCode: "gm0796" } });
    expect(taken.data.addMunicipality.problems).toEqual([{ path: ["input", "cbsCode"], message: "cbsCode GM0796 is already the code of 's-Hertogenbosch" }]);
    const added = await as("admin", add, { r: region, i: { name: "Zaltbommel", cbsCode: "gm0297" } });
    expect(added.data.addMunicipality.municipalities).toContainEqual({ name: "Zaltbommel", slug: "zaltbommel", cbsCode: "GM0297" });
  });
});

describe("a region's moderators", () => {
  const moderators = `{ regions { slug moderators { name email } } }`;

  it("are listed to platform admins and the region's own moderators only", async () => {
    const seen: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, moderators);
      expect(result.errors).toBeUndefined();
      const visible = result.data.regions.filter((r: any) => r.moderators !== null).map((r: any) => r.slug);
      seen[actor] = visible.includes("noordoost-brabant") ? "listed" : "hidden";
    }
    expect(seen).toEqual({ anonymous: "hidden", editorA: "hidden", editorB: "hidden", moderator: "listed", otherModerator: "hidden", admin: "listed" });
    const listed = (await as("moderator", moderators)).data.regions.find((r: any) => r.slug === "noordoost-brabant").moderators;
    expect(listed).toContainEqual({ name: "Maarten Moderator", email: "moderator@techniekloket.example" });
  });

  it("hear of their appointment by mail; an address without an account gets one", async () => {
    const since = inbox.current.received.length;
    const result = await as("admin", `mutation($r: ID!) { setModerator(region: $r, email: "Nieuw@Programma.example", name: "Nina Nieuw") { __typename ... on Region { moderators { email } } } }`, { r: region });
    expect(result.data.setModerator.moderators).toContainEqual({ email: "nieuw@programma.example" });
    const mail = await inbox.current.nextMailTo("nieuw@programma.example", since);
    expect(mail.subject).toMatch(/^Je bent moderator van Noordoost-Brabant.* op Techniek Loket$/);
    expect(mail.text).toContain("/inloggen");
    const [account] = await sql(`SELECT name FROM "Account" WHERE email = 'nieuw@programma.example'`);
    expect(account).toEqual({ name: "Nina Nieuw" });
  });

  it("are removed by platform admins only, and the change is in the audit log", async () => {
    await as("admin", `mutation($r: ID!) { setModerator(region: $r, email: "tijdelijk@programma.example", name: "Tijdelijk") { __typename } }`, { r: region });
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, `mutation($r: ID!) { removeModerator(region: $r, email: "tijdelijk@programma.example") { __typename ... on Region { slug } ... on Error { message } } }`, { r: region });
      got[actor] = outcome(result, "removeModerator", (value) => value.slug);
    }
    expect(got).toEqual(allowedFor(actors, ["admin"], "noordoost-brabant"));
    const actions = (await sql(`SELECT action FROM "AuditEntry" WHERE "subjectType" = 'Region' AND "subjectId" = $1`, [home])).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(["region.set-moderator", "region.remove-moderator"]));
  });
});
