// The agenda (`events`): visibility, order, paging and every filter, checked against SQL.
import { describe, expect, it } from "vitest";
import { decodeId, graphql, query, sql } from "../../test/graphql.ts";

// Wider than any demo calendar: the seed places it in the current school year.
const WHOLE_RANGE = { from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" };

const PAGE = `query Page($first: Int, $after: String, $filter: EventFilter, $order: EventOrder) {
  events(first: $first, after: $after, filter: $filter, order: $order) {
    totalCount
    edges { cursor node { id slug startsAt status } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every event id the API returns for a filter, following cursors page by page. */
async function allIds(filter: Record<string, unknown>, { first = 100, order = "START_ASC" } = {}) {
  const ids: number[] = [];
  let after: string | null = null;
  let totalCount = -1;
  do {
    const data: any = await query(PAGE, { first, after, filter, order });
    totalCount = data.events.totalCount;
    ids.push(...data.events.edges.map((edge: any) => decodeId(edge.node.id).id));
    after = data.events.pageInfo.hasNextPage ? data.events.pageInfo.endCursor : null;
  } while (after);
  expect(ids.length).toBe(totalCount);
  return ids;
}

async function sqlIds(where: string, values: unknown[] = []) {
  const rows = await sql<{ id: number }>(
    `SELECT e.id FROM "Event" e LEFT JOIN "Venue" v ON v.id = e."venueId"
     WHERE e.status IN ('PUBLISHED', 'CANCELLED') AND e."endsAt" >= $1 AND e."startsAt" < $2 AND (${where})
     ORDER BY e."startsAt", e.id`,
    [WHOLE_RANGE.from, WHOLE_RANGE.to, ...values],
  );
  return rows.map((row) => row.id);
}

describe("events: visibility and order", () => {
  it("shows upcoming events by default, earliest first, and never drafts", async () => {
    const before = new Date();
    const data = await query(PAGE, { first: 100 });
    const nodes = data.events.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    const expected = await sql(
      `SELECT id FROM "Event" WHERE status IN ('PUBLISHED','CANCELLED') AND "endsAt" >= $1 ORDER BY "startsAt", id LIMIT 100`,
      [before],
    );
    expect(nodes.map((node: any) => decodeId(node.id).id)).toEqual(expected.map((row) => row.id));
    expect(nodes.every((node: any) => node.status !== "DRAFT")).toBe(true);
  });

  it("pages through the whole agenda without duplicates or gaps, in both orders", async () => {
    const expected = await sqlIds("true");
    expect(expected.length).toBeGreaterThanOrEqual(200);
    expect(await allIds(WHOLE_RANGE, { first: 37 })).toEqual(expected);
    expect(await allIds(WHOLE_RANGE, { first: 100, order: "START_DESC" })).toEqual([...expected].reverse());
  });

  it("pages backwards with last and before to the same events", async () => {
    const BACK = `query($last: Int, $before: String, $filter: EventFilter) {
      events(last: $last, before: $before, filter: $filter) { edges { node { id } } pageInfo { hasPreviousPage startCursor } }
    }`;
    const forward = await query(PAGE, { first: 30, filter: WHOLE_RANGE });
    const cursor = forward.events.edges[20].cursor;
    const back = await query(BACK, { last: 10, before: cursor, filter: WHOLE_RANGE });
    expect(back.events.edges.map((edge: any) => edge.node.id)).toEqual(
      forward.events.edges.slice(10, 20).map((edge: any) => edge.node.id),
    );
    expect(back.events.pageInfo.hasPreviousPage).toBe(true);
  });

  it("keeps cursors stable: the page after a cursor is the same when asked again", async () => {
    const first = await query(PAGE, { first: 5, filter: WHOLE_RANGE });
    const cursor = first.events.pageInfo.endCursor;
    const a = await query(PAGE, { first: 5, after: cursor, filter: WHOLE_RANGE });
    const b = await query(PAGE, { first: 5, after: cursor, filter: WHOLE_RANGE });
    expect(a.events.edges).toEqual(b.events.edges);
    expect(a.events.edges[0].node.id).not.toBe(first.events.edges[4].node.id);
  });

  it("returns a published event by slug, and null for drafts and unknown slugs", async () => {
    const [published] = await sql(`SELECT slug FROM "Event" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    const [draft] = await sql(`SELECT slug FROM "Event" WHERE status = 'DRAFT' ORDER BY id LIMIT 1`);
    const EVENT = `query($slug: String!) { event(slug: $slug) { slug title } }`;
    expect((await query(EVENT, { slug: published.slug })).event.slug).toBe(published.slug);
    expect(draft).toBeDefined();
    expect((await query(EVENT, { slug: draft.slug })).event).toBeNull();
    expect((await query(EVENT, { slug: "bestaat-niet" })).event).toBeNull();
  });

  it("finds any event again through node(id)", async () => {
    const data = await query(PAGE, { first: 1 });
    const { id, slug } = data.events.edges[0].node;
    const node = await query(`query($id: ID!) { node(id: $id) { id ... on Event { slug } } }`, { id });
    expect(node.node).toEqual({ id, slug });
  });
});

describe("events: filters", () => {
  it("filters by date range: events overlapping [from, to)", async () => {
    // A month in the middle of the demo calendar, whichever school year it was seeded in.
    const [{ month }] = await sql(
      `SELECT date_trunc('month', "startsAt" AT TIME ZONE 'UTC') AS month FROM "Event" ORDER BY "startsAt" OFFSET (SELECT count(*) / 2 FROM "Event") LIMIT 1`,
    );
    const start = new Date(Date.UTC(month.getFullYear(), month.getMonth(), 1));
    const range = { from: start.toISOString(), to: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)).toISOString() };
    const expected = (
      await sql(
        `SELECT id FROM "Event" WHERE status IN ('PUBLISHED','CANCELLED') AND "endsAt" >= $1 AND "startsAt" < $2 ORDER BY "startsAt", id`,
        [range.from, range.to],
      )
    ).map((row) => row.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allIds(range)).toEqual(expected);
  });

  it.each([
    ["kinds", { kinds: ["TECHNIEKMARKT", "NETWORK_MEETING"] }, `e.kind IN ('TECHNIEKMARKT', 'NETWORK_MEETING')`],
    ["audiences", { audiences: ["PO_GROUP_7"] }, `EXISTS (SELECT 1 FROM "_AudienceToEvent" x JOIN "Audience" a ON a.id = x."A" WHERE x."B" = e.id AND a.code = 'PO_GROUP_7')`],
    ["audienceSectors", { audienceSectors: ["TEACHERS"] }, `EXISTS (SELECT 1 FROM "_AudienceToEvent" x JOIN "Audience" a ON a.id = x."A" WHERE x."B" = e.id AND a.sector = 'TEACHERS')`],
    ["profiles", { profiles: ["PIE", "MVI"] }, `EXISTS (SELECT 1 FROM "_EventToProfile" x JOIN "Profile" p ON p.id = x."B" WHERE x."A" = e.id AND p.code IN ('PIE', 'MVI'))`],
    ["actionLines", { actionLines: [6] }, `EXISTS (SELECT 1 FROM "_ActionLineToEvent" x JOIN "ActionLine" l ON l.id = x."A" WHERE x."B" = e.id AND l.number = 6)`],
    ["themes", { themes: ["robotica"] }, `EXISTS (SELECT 1 FROM "_EventToTheme" x JOIN "Theme" t ON t.id = x."B" WHERE x."A" = e.id AND t.slug = 'robotica')`],
    ["municipalities", { municipalities: ["oss", "meierijstad"] }, `v."municipalityId" IN (SELECT id FROM "Municipality" WHERE slug IN ('oss', 'meierijstad'))`],
    ["includeCancelled: false", { includeCancelled: false }, `e.status = 'PUBLISHED'`],
  ])("filters by %s", async (_name, filter, where) => {
    const expected = await sqlIds(where);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allIds({ ...WHOLE_RANGE, ...filter })).toEqual(expected);
  });

  it("filters by organisation, including events of its locations", async () => {
    const [school] = await sql(
      `SELECT o.id, o.slug FROM "Organisation" o WHERE o."parentId" IS NULL AND EXISTS (SELECT 1 FROM "Organisation" l WHERE l."parentId" = o.id)
       AND EXISTS (SELECT 1 FROM "EventOrganiser" eo JOIN "Organisation" l ON l.id = eo."organisationId" WHERE l."parentId" = o.id) ORDER BY o.id LIMIT 1`,
    );
    expect(school).toBeDefined();
    const expected = await sqlIds(
      `EXISTS (SELECT 1 FROM "EventOrganiser" eo JOIN "Organisation" o ON o.id = eo."organisationId" WHERE eo."eventId" = e.id AND (o.id = $3 OR o."parentId" = $3))`,
      [school.id],
    );
    expect(await allIds({ ...WHOLE_RANGE, organisation: school.slug })).toEqual(expected);
  });

  it("filters by distance from a point", async () => {
    const near = { latitude: 51.7650, longitude: 5.5180, radiusKm: 12 }; // Oss
    const venues = await sql(`SELECT id, latitude, longitude FROM "Venue" WHERE latitude IS NOT NULL`);
    const rad = Math.PI / 180;
    const inside = venues
      .filter((v) => {
        const a = Math.sin(((v.latitude - near.latitude) * rad) / 2) ** 2 +
          Math.cos(near.latitude * rad) * Math.cos(v.latitude * rad) * Math.sin(((v.longitude - near.longitude) * rad) / 2) ** 2;
        return 2 * 6371 * Math.asin(Math.sqrt(a)) <= near.radiusKm;
      })
      .map((v) => v.id);
    const expected = await sqlIds(`e."venueId" = ANY($3::int[])`, [inside]);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allIds({ ...WHOLE_RANGE, near })).toEqual(expected);
  });

  it("filters by how one takes part", async () => {
    const expected = await sqlIds(`e."signupMode" IN ('NONE', 'PLATFORM')`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allIds({ ...WHOLE_RANGE, signupModes: ["NONE", "PLATFORM"] })).toEqual(expected);
  });

  it("combines filters with AND", async () => {
    const expected = await sqlIds(
      `e.kind = 'TECHLAB_SESSION' AND EXISTS (SELECT 1 FROM "_AudienceToEvent" x JOIN "Audience" a ON a.id = x."A" WHERE x."B" = e.id AND a.sector = 'PRIMARY')`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await allIds({ ...WHOLE_RANGE, kinds: ["TECHLAB_SESSION"], audienceSectors: ["PRIMARY"] })).toEqual(expected);
  });

  it("returns an empty page, not an error, when nothing matches", async () => {
    const data = await query(PAGE, { first: 10, filter: { ...WHOLE_RANGE, text: "zzzgeenresultaat" } });
    expect(data.events).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe("events: bad arguments get clear errors", () => {
  it.each([
    ["a page larger than 100", { first: 101 }, "first must be at most 100"],
    ["a negative page size", { first: -1 }, "first must not be negative"],
    ["from after to", { filter: { from: "2026-05-01T00:00:00Z", to: "2026-04-01T00:00:00Z" } }, "from must not be later than to"],
    ["a zero radius", { filter: { near: { latitude: 51.7, longitude: 5.5, radiusKm: 0 } } }, "radiusKm must be more than 0"],
    ["a latitude off the globe", { filter: { near: { latitude: 91, longitude: 5.5, radiusKm: 5 } } }, "latitude must be between -90 and 90"],
    ["an overlong search text", { filter: { text: "x".repeat(201) } }, "text must be at most 200 characters"],
    ["a malformed date-time", { filter: { from: "volgende week" } }, "Expected an ISO 8601 date-time"],
  ])("rejects %s", async (_name, variables, message) => {
    const result = await graphql(PAGE, variables);
    expect(result.data?.events ?? null).toBeNull();
    expect(result.errors?.map((error) => error.message).join(" ")).toContain(message);
  });

  it("rejects a cursor that was not issued by the API", async () => {
    const result = await graphql(PAGE, { first: 5, after: "bm9uc2Vuc2U=" });
    expect(result.errors?.[0].message).toMatch(/cursor/i);
  });
});
