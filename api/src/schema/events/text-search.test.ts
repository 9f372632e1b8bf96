// The agenda's text search (`filter.text`): what a person types finds what they mean, in every
// part of an event, and the search document follows every change to those parts.
import { describe, expect, it } from "vitest";
import { decodeId, query, sql } from "../../test/graphql.ts";

const WHOLE_RANGE = { from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" };

async function found(text: string): Promise<number[]> {
  const data = await query(`query($filter: EventFilter) { events(first: 100, filter: $filter) { totalCount edges { node { id } } } }`, { filter: { ...WHOLE_RANGE, text } });
  expect(data.events.totalCount).toBeLessThanOrEqual(100);
  return data.events.edges.map((edge: any) => decodeId(edge.node.id).id).sort((a: number, b: number) => a - b);
}

async function publicIds(where: string, values: unknown[] = []): Promise<number[]> {
  const rows = await sql<{ id: number }>(
    `SELECT e.id FROM "Event" e JOIN "EventSearch" s ON s."eventId" = e.id WHERE e.status IN ('PUBLISHED', 'CANCELLED') AND (${where}) ORDER BY e.id`,
    values,
  );
  return rows.map((row) => row.id);
}

describe("text search", () => {
  it("finds a theme, in any case and despite a typo", async () => {
    const themed = await publicIds(`EXISTS (SELECT 1 FROM "_EventToTheme" et JOIN "Theme" t ON t.id = et."B" WHERE et."A" = e.id AND t.slug = 'robotica')`);
    expect(themed.length).toBeGreaterThan(0);
    for (const text of ["robotica", "Robotica", "robotika", "ROBOTIKA"]) expect(await found(text)).toEqual(expect.arrayContaining(themed));
  });

  it("finds a place by its name and by its common name, and an organiser by name", async () => {
    const inBosch = await publicIds(`EXISTS (SELECT 1 FROM "Venue" v JOIN "Municipality" m ON m.id = v."municipalityId" WHERE v.id = e."venueId" AND m.name = '''s-Hertogenbosch')`);
    expect(inBosch.length).toBeGreaterThan(0);
    expect(await found("Den Bosch")).toEqual(expect.arrayContaining(inBosch));
    expect(await found("'s-Hertogenbosch")).toEqual(expect.arrayContaining(inBosch));

    const [{ id, name }] = await sql<{ id: number; name: string }>(
      `SELECT o.id, o.name FROM "Organisation" o WHERE o.kind = 'COMPANY' AND EXISTS (SELECT 1 FROM "EventOrganiser" eo WHERE eo."organisationId" = o.id) ORDER BY o.id LIMIT 1`,
    );
    const organised = await publicIds(`EXISTS (SELECT 1 FROM "EventOrganiser" eo WHERE eo."eventId" = e.id AND eo."organisationId" = $1)`, [id]);
    expect(await found(name)).toEqual(expect.arrayContaining(organised));
  });

  it("finds the kind in Dutch and other forms of a word (Dutch stemming)", async () => {
    const visits = await publicIds(`e.kind = 'COMPANY_VISIT'`);
    expect(await found("bedrijfsbezoek")).toEqual(expect.arrayContaining(visits));
    const techlabs = await publicIds(`e.title ILIKE '%techlab%'`);
    expect(techlabs.length).toBeGreaterThan(0);
    expect(await found("techlabs")).toEqual(expect.arrayContaining(techlabs));
  });

  it("needs every word, and finds nothing for nonsense", async () => {
    const both = await found("robotica Den Bosch");
    for (const id of both) {
      const [{ document }] = await sql<{ document: string }>(`SELECT document FROM "EventSearch" WHERE "eventId" = $1`, [id]);
      expect(document).toMatch(/robot/i);
      expect(document).toMatch(/den bosch/);
    }
    expect(both.length).toBeLessThan((await found("robotica")).length);
    expect(await found("zzzgeenresultaat")).toEqual([]);
    expect(await found("qwxyzvbn")).toEqual([]);
  });

  it("follows renames of themes, organisations and places, and new organisers", async () => {
    const [{ id: eventId }] = await sql<{ id: number }>(`SELECT id FROM "Event" WHERE status = 'PUBLISHED' AND "venueId" IS NOT NULL ORDER BY id LIMIT 1`);
    const [{ themeId }] = await sql<{ themeId: number }>(`SELECT id AS "themeId" FROM "Theme" ORDER BY id LIMIT 1`);
    await sql(`INSERT INTO "_EventToTheme" ("A", "B") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [eventId, themeId]);
    await sql(`UPDATE "Theme" SET name = 'Zeppelinbouw' WHERE id = $1`, [themeId]);
    expect(await found("zeppelinbouw")).toContain(eventId);

    const [{ organisationId }] = await sql<{ organisationId: number }>(`SELECT "organisationId" FROM "EventOrganiser" WHERE "eventId" = $1 LIMIT 1`, [eventId]);
    await sql(`UPDATE "Organisation" SET name = 'Koekoeksklok Werkplaats' WHERE id = $1`, [organisationId]);
    expect(await found("koekoeksklok")).toContain(eventId);
    const [{ otherId }] = await sql<{ otherId: number }>(`SELECT id AS "otherId" FROM "Organisation" WHERE id <> $1 ORDER BY id LIMIT 1`, [organisationId]);
    await sql(`UPDATE "Organisation" SET name = 'Walvisharmonie' WHERE id = $1`, [otherId]);
    expect(await found("walvisharmonie")).not.toContain(eventId);
    await sql(`INSERT INTO "EventOrganiser" ("eventId", "organisationId", role) VALUES ($1, $2, 'CO_ORGANISER')`, [eventId, otherId]);
    expect(await found("walvisharmonie")).toContain(eventId);
    await sql(`DELETE FROM "EventOrganiser" WHERE "eventId" = $1 AND "organisationId" = $2`, [eventId, otherId]);
    expect(await found("walvisharmonie")).not.toContain(eventId);

    await sql(`UPDATE "Venue" SET city = 'Zandvoortje' WHERE id = (SELECT "venueId" FROM "Event" WHERE id = $1)`, [eventId]);
    expect(await found("zandvoortje")).toContain(eventId);
    await sql(`INSERT INTO "PlaceAlias" (name, alias) VALUES ('Zandvoortje', 'Het Duinendorp')`);
    expect(await found("duinendorp")).toContain(eventId);
  });

  it("judges whether a word is a typo by public events only, so a draft's words shape no search", async () => {
    const [{ draft }] = await sql<{ draft: number }>(`SELECT id AS draft FROM "Event" WHERE status = 'PUBLISHED' ORDER BY id DESC LIMIT 1`);
    await sql(`UPDATE "Event" SET title = 'Kabeljauwfeest', status = 'DRAFT' WHERE id = $1`, [draft]);
    const [{ other }] = await sql<{ other: number }>(`SELECT id AS other FROM "Event" WHERE status = 'PUBLISHED' ORDER BY id DESC LIMIT 1`);
    await sql(`UPDATE "Event" SET title = 'Kabeljouwfeest op de markt' WHERE id = $1`, [other]);
    // Only a draft has the word as typed: for the public it is a typo of the published event's word.
    expect(await found("kabeljauwfeest")).toEqual([other]);
  });

  it("follows a change of the title", async () => {
    const [{ id }] = await sql<{ id: number }>(`SELECT id FROM "Event" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    await sql(`UPDATE "Event" SET title = 'Kaleidoscoopwerkplaats voor iedereen' WHERE id = $1`, [id]);
    expect(await found("kaleidoscoopwerkplaats")).toEqual([id]);
  });
});

describe("text search: compounds and typos", () => {
  it("finds a word inside compounds, and does not widen a word that is found", async () => {
    const lassen = await found("lassen");
    const compound = await publicIds(`s.document ILIKE '%robotlassen%'`);
    expect(compound.length).toBeGreaterThan(0);
    expect(lassen).toEqual(expect.arrayContaining(compound));
    // "lassen" is found as typed, so words merely close to it ("lessen") are not added.
    expect(lassen).toEqual(await publicIds(`s.document ILIKE '%lassen%'`));
  });
});

describe("text search: ranked", () => {
  const RANKED = `query($first: Int, $after: String, $last: Int, $before: String, $filter: EventFilter) {
    events(first: $first, after: $after, last: $last, before: $before, filter: $filter, order: RELEVANCE) {
      totalCount edges { cursor node { id title startsAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  it("lists the events with every word in the title first, then the others, each by start, and pages both ways", async () => {
    const filter = { ...WHOLE_RANGE, text: "veghel" };
    const all = (await query(RANKED, { first: 100, filter })).events;
    const titles = all.edges.map((edge: any) => edge.node.title as string);
    const inTitle = titles.filter((title: string) => /veghel/i.test(title)).length;
    // Some have the place in the title, others only in the venue: both groups are there.
    expect(inTitle).toBeGreaterThan(0);
    expect(inTitle).toBeLessThan(titles.length);
    expect(titles.slice(0, inTitle).every((title: string) => /veghel/i.test(title))).toBe(true);
    const starts = all.edges.map((edge: any) => edge.node.startsAt as string);
    const sorted = (list: string[]) => list.every((start, i) => i === 0 || list[i - 1] <= start);
    expect(sorted(starts.slice(0, inTitle)) && sorted(starts.slice(inTitle))).toBe(true);
    // The same events as in date order.
    expect(all.edges.map((edge: any) => decodeId(edge.node.id).id).sort((a: number, b: number) => a - b)).toEqual(await found("veghel"));

    // Pages of 3 across the boundary of the groups, forward and back, give the same sequence.
    const ids = all.edges.map((edge: any) => edge.node.id);
    const forward: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await query(RANKED, { first: 3, after, filter })).events;
      forward.push(...page.edges.map((edge: any) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(forward).toEqual(ids);
    const backward: string[] = [];
    let before: string | null = all.edges.at(-1).cursor;
    do {
      const page: any = (await query(RANKED, { last: 3, before, filter })).events;
      backward.unshift(...page.edges.map((edge: any) => edge.node.id));
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
    } while (before);
    expect(backward).toEqual(ids.slice(0, -1));
  });

  it("is date order without a text", async () => {
    const ranked = await query(RANKED, { first: 50, filter: WHOLE_RANGE });
    const dated = await query(`query($filter: EventFilter) { events(first: 50, filter: $filter) { edges { node { id } } } }`, { filter: WHOLE_RANGE });
    expect(ranked.events.edges.map((edge: any) => edge.node.id)).toEqual(dated.events.edges.map((edge: any) => edge.node.id));
  });
});
