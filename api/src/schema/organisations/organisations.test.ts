import { describe, expect, it } from "vitest";
import { decodeId, graphql, query, sql } from "../../test/graphql.ts";

const DIRECTORY = `query($first: Int, $after: String, $filter: OrganisationFilter) {
  organisations(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { id slug name kind } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function allIds(filter: Record<string, unknown>) {
  const ids: number[] = [];
  let after: string | null = null;
  do {
    const data: any = await query(DIRECTORY, { first: 50, after, filter });
    ids.push(...data.organisations.edges.map((edge: any) => decodeId(edge.node.id).id));
    after = data.organisations.pageInfo.hasNextPage ? data.organisations.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

async function sqlIds(where: string) {
  const rows = await sql(`SELECT o.id FROM "Organisation" o WHERE ${where} ORDER BY o.name, o.id`);
  return rows.map((row) => row.id);
}

describe("organisation directory", () => {
  it("lists main organisations by name across pages, locations only on request", async () => {
    expect(await allIds({})).toEqual(await sqlIds(`o."parentId" IS NULL`));
    expect(await allIds({ includeLocations: true })).toEqual(await sqlIds("true"));
  });

  it("holds the demo network the plan describes", async () => {
    const counts = Object.fromEntries(
      (await sql(`SELECT kind, count(*)::int AS n FROM "Organisation" WHERE "parentId" IS NULL GROUP BY kind`)).map((r) => [r.kind, r.n]),
    );
    expect(counts.VMBO_SCHOOL).toBeGreaterThanOrEqual(10);
    expect(counts.PRIMARY_SCHOOL).toBeGreaterThanOrEqual(40);
    expect(counts.MBO_COLLEGE).toBeGreaterThanOrEqual(2);
    expect((counts.PRAKTIJKONDERWIJS ?? 0) + (counts.VSO ?? 0)).toBeGreaterThanOrEqual(7);
    expect(counts.COMPANY).toBeGreaterThanOrEqual(60);
    const data = await query(`{ municipalities(region: "noordoost-brabant") { name } }`);
    expect(data.municipalities).toHaveLength(11);
  });

  it.each([
    ["kinds", { kinds: ["VMBO_SCHOOL"] }, `o."parentId" IS NULL AND o.kind = 'VMBO_SCHOOL'`],
    ["municipalities", { municipalities: ["oss"] }, `o."parentId" IS NULL AND o."municipalityId" = (SELECT id FROM "Municipality" WHERE slug = 'oss')`],
    ["profiles", { profiles: ["MVI"] }, `o."parentId" IS NULL AND EXISTS (SELECT 1 FROM "_OrganisationToProfile" x JOIN "Profile" p ON p.id = x."B" WHERE x."A" = o.id AND p.code = 'MVI')`],
    ["hasTechlab", { hasTechlab: true }, `o."parentId" IS NULL AND o."hasTechlab"`],
    ["text", { text: "college" }, `o."parentId" IS NULL AND (o.name ILIKE '%college%' OR o.city ILIKE '%college%')`],
  ])("filters by %s", async (_name, filter, where) => {
    const expected = await sqlIds(where);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allIds(filter)).toEqual(expected);
  });

  it("rejects a page larger than 100 with a clear message", async () => {
    const result = await graphql(DIRECTORY, { first: 500 });
    expect(result.errors?.[0].message).toBe("first must be at most 100");
  });
});

describe("organisation page", () => {
  const PAGE = `query($slug: String!) {
    organisation(slug: $slug) {
      name kind url hasTechlab
      municipality { name }
      locations { slug name parent { slug } }
      profiles { code }
      gtProgrammes { name }
      offerings { title kind bookable }
      roles { kind person { name workEmail } }
      outgoingLinks(kinds: [PARTNER_COMPANY]) { kind to { kind name } }
      incomingLinks { kind from { kind name } }
      events(first: 5) { edges { node { title startsAt } } }
      challengeParticipations { challenge { title company { name } } }
    }
  }`;

  it("shows a vmbo school with its locations, profiles, schakelfunctionaris, partners and events", async () => {
    const [school] = await sql(
      `SELECT o.slug FROM "Organisation" o WHERE o.kind = 'VMBO_SCHOOL' AND o."parentId" IS NULL
       AND EXISTS (SELECT 1 FROM "Organisation" l WHERE l."parentId" = o.id) ORDER BY o.id LIMIT 1`,
    );
    const { organisation } = await query(PAGE, { slug: school.slug });
    expect(organisation.kind).toBe("VMBO_SCHOOL");
    expect(organisation.url).toMatch(new RegExp(`/organisaties/${school.slug}$`));
    expect(organisation.locations.length).toBeGreaterThan(0);
    expect(organisation.locations.every((l: any) => l.parent.slug === school.slug)).toBe(true);
    expect(organisation.profiles.length).toBeGreaterThan(0);
    expect(organisation.roles.map((r: any) => r.kind)).toContain("SCHAKELFUNCTIONARIS");
    expect(organisation.outgoingLinks.length).toBeGreaterThan(0);
    expect(organisation.outgoingLinks.every((l: any) => l.kind === "PARTNER_COMPANY" && l.to.kind === "COMPANY")).toBe(true);
  });

  it("shows a primary school the vmbo school that serves it", async () => {
    const [school] = await sql(`SELECT slug FROM "Organisation" WHERE kind = 'PRIMARY_SCHOOL' ORDER BY id LIMIT 1`);
    const { organisation } = await query(PAGE, { slug: school.slug });
    const servedBy = organisation.incomingLinks.filter((l: any) => l.kind === "SERVES_PRIMARY_SCHOOL");
    expect(servedBy.length).toBeGreaterThan(0);
    expect(servedBy[0].from.kind).toBe("VMBO_SCHOOL");
  });

  it("lists an organisation's upcoming events earliest first", async () => {
    const [organiser] = await sql(
      `SELECT o.slug, o.id FROM "Organisation" o JOIN "EventOrganiser" eo ON eo."organisationId" = o.id JOIN "Event" e ON e.id = eo."eventId"
       WHERE e.status = 'PUBLISHED' AND e."endsAt" >= now() GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
    );
    const data = await query(`query($slug: String!) { organisation(slug: $slug) { events(first: 100) { edges { node { id startsAt } } } } }`, { slug: organiser.slug });
    const expected = await sql(
      `SELECT e.id FROM "Event" e JOIN "EventOrganiser" eo ON eo."eventId" = e.id
       WHERE eo."organisationId" = $1 AND e.status IN ('PUBLISHED','CANCELLED') AND e."endsAt" >= now() ORDER BY e."startsAt", e.id LIMIT 100`,
      [organiser.id],
    );
    expect(data.organisation.events.edges.map((edge: any) => decodeId(edge.node.id).id)).toEqual(expected.map((row) => row.id));
  });

  it("lists only the events it has a given role in, when asked", async () => {
    const [organiser] = await sql(
      `SELECT o.slug, o.id FROM "Organisation" o JOIN "EventOrganiser" eo ON eo."organisationId" = o.id JOIN "Event" e ON e.id = eo."eventId"
       WHERE e.status = 'PUBLISHED' AND e."endsAt" >= now() GROUP BY o.id
       HAVING count(*) FILTER (WHERE eo.role = 'ORGANISER') > 0 AND count(*) FILTER (WHERE eo.role <> 'ORGANISER') > 0 ORDER BY o.id LIMIT 1`,
    );
    const events = async (roles: string[]) =>
      (await query(`query($slug: String!, $roles: [OrganiserRole!]) { organisation(slug: $slug) { events(first: 100, roles: $roles) { edges { node { id } } } } }`, { slug: organiser.slug, roles }))
        .organisation.events.edges.map((edge: any) => decodeId(edge.node.id).id);
    const expected = async (condition: string) =>
      (await sql(
        `SELECT e.id FROM "Event" e JOIN "EventOrganiser" eo ON eo."eventId" = e.id
         WHERE eo."organisationId" = $1 AND ${condition} AND e.status IN ('PUBLISHED','CANCELLED') AND e."endsAt" >= now() ORDER BY e."startsAt", e.id`,
        [organiser.id],
      )).map((row) => row.id);
    expect(await events(["ORGANISER"])).toEqual(await expected(`eo.role = 'ORGANISER'`));
    expect(await events(["CO_ORGANISER", "HOST"])).toEqual(await expected(`eo.role <> 'ORGANISER'`));
    expect((await events([])).length).toBe((await expected("true")).length);
  });

  it("returns null for an unknown slug", async () => {
    expect((await query(`{ organisation(slug: "bestaat-niet") { name } }`)).organisation).toBeNull();
  });
});
