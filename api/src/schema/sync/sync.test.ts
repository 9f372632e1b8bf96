// Incremental sync as a mirror does it: everything once, then only what changed (`updatedSince`)
// and what left (tombstones), and the mirror equals the agenda again. Cursors in change order
// never skip a change, also when many share a millisecond or a row changes while a mirror pages.
import { describe, expect, it } from "vitest";
import { gid, signedInActors } from "../../test/actors.ts";
import { query, sql } from "../../test/graphql.ts";

const { as, school } = await signedInActors();
const WHOLE_RANGE = { from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" };

interface Mirrored {
  title: string;
  startsAt: string;
  status: string;
}

const CHANGES = `query($since: DateTime, $after: String, $filter: EventFilter) {
  events(updatedSince: $since, first: 40, after: $after, filter: $filter) {
    edges { node { id title startsAt status updatedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every page of a connection, following cursors; `pick` finds the connection in the answer. */
async function allPages<Node>(text: string, variables: Record<string, unknown>, pick: (data: any) => any): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  do {
    const connection = pick(await query(text, { ...variables, after }));
    nodes.push(...connection.edges.map((edge: any) => edge.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

async function databaseNow(): Promise<string> {
  const [{ now }] = await sql<{ now: Date }>(`SELECT clock_timestamp() AS now`);
  return now.toISOString();
}

/** Brings a mirror up to date: drops what left since `since`, then writes what changed. */
async function sync(mirror: Map<string, Mirrored>, since: string) {
  const gone = await allPages<{ id: string }>(
    `query($since: DateTime!, $after: String) { deletedEvents(since: $since, first: 100, after: $after) { edges { node { id removedAt } } pageInfo { hasNextPage endCursor } } }`,
    { since },
    (data) => data.deletedEvents,
  );
  for (const { id } of gone) mirror.delete(id);
  const changed = await allPages<Mirrored & { id: string }>(CHANGES, { since, filter: WHOLE_RANGE }, (data) => data.events);
  for (const { id, title, startsAt, status } of changed) mirror.set(id, { title, startsAt, status });
  return { gone: gone.length, changed: changed.length };
}

async function agenda(): Promise<Map<string, Mirrored>> {
  const nodes = await allPages<Mirrored & { id: string }>(
    `query($after: String, $filter: EventFilter) { events(first: 100, after: $after, filter: $filter) { edges { node { id title startsAt status } } pageInfo { hasNextPage endCursor } } }`,
    { filter: WHOLE_RANGE },
    (data) => data.events,
  );
  return new Map(nodes.map(({ id, ...rest }) => [id, rest]));
}

const publishedIds = async (count: number, offset: number) =>
  (await sql<{ id: number }>(`SELECT id FROM "Event" WHERE status = 'PUBLISHED' ORDER BY id LIMIT $1 OFFSET $2`, [count, offset])).map((row) => row.id);

describe("incremental sync", () => {
  it("keeps a mirror equal to the agenda through a day of edits, cancellations and deletions", async () => {
    const mirror = new Map<string, Mirrored>();
    const firstSync = await databaseNow();
    await sync(mirror, "1970-01-01T00:00:00Z");
    expect(mirror).toEqual(await agenda());

    // A day of changes, through the API and straight in the database.
    const [renamed, cancelled, unpublished, deleted] = await publishedIds(4, 10);
    await sql(`UPDATE "Event" SET title = 'Techniekmiddag (nieuwe datum)', "startsAt" = "startsAt" + interval '1 day', "endsAt" = "endsAt" + interval '1 day', "updatedAt" = clock_timestamp() WHERE id = $1`, [renamed]);
    const cancel = await as("moderator", `mutation($id: ID!) { cancelEvent(id: $id, reason: "Te weinig aanmeldingen.") { __typename } }`, { id: gid("Event", cancelled) });
    expect(cancel.data.cancelEvent.__typename).toBe("Event");
    await sql(`UPDATE "Event" SET status = 'DRAFT', "updatedAt" = clock_timestamp() WHERE id = $1`, [unpublished]);
    await sql(`DELETE FROM "Event" WHERE id = $1`, [deleted]);
    const created = await as(
      "moderator",
      `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { __typename ... on Event { id } ... on ValidationError { problems { path message } } } }`,
      {
        o: school,
        i: { title: "Open Techlab voor ouders", summary: "Kijk rond in het Techlab.", kind: "OPEN_DAY", startsAt: "2027-04-01T15:00:00Z", endsAt: "2027-04-01T17:00:00Z", audiences: ["PARENTS"], venue: { name: "Het Ambachtshuis", street: "Kruisstraat 1", postalCode: "5341ab", city: "Oss" } },
      },
    );
    expect(created.data?.createEvent, JSON.stringify(created)).toMatchObject({ __typename: "Event" });
    const createdId = created.data.createEvent.id;
    const submitted = await as("moderator", `mutation($id: ID!) { submitEvent(id: $id) { __typename ... on Event { status } } }`, { id: createdId });
    expect(submitted, JSON.stringify(submitted)).toMatchObject({ data: { submitEvent: { status: "PUBLISHED" } } });

    const result = await sync(mirror, firstSync);
    expect(result).toEqual({ gone: 2, changed: 3 });
    expect(mirror).toEqual(await agenda());
    expect(mirror.get(gid("Event", renamed))?.title).toBe("Techniekmiddag (nieuwe datum)");
    expect(mirror.get(gid("Event", cancelled))?.status).toBe("CANCELLED");
    expect(mirror.has(gid("Event", unpublished)) || mirror.has(gid("Event", deleted))).toBe(false);
    expect(mirror.has(createdId)).toBe(true);

    // Published again: listed again as a change, so the mirror has it back.
    const secondSync = await databaseNow();
    await sql(`UPDATE "Event" SET status = 'PUBLISHED', "updatedAt" = clock_timestamp() WHERE id = $1`, [unpublished]);
    await sync(mirror, secondSync);
    expect(mirror).toEqual(await agenda());
  });

  it("pages changes of one millisecond, and changes made while paging, without skipping any", async () => {
    const ids = await publishedIds(30, 40);
    const moment = "2031-05-05T10:00:00.123Z";
    await sql(`UPDATE "Event" SET "updatedAt" = $1 WHERE id = ANY($2)`, [moment, ids]);
    const page = (after: string | null) =>
      query(`query($after: String) { events(updatedSince: "${moment}", first: 7, after: $after, filter: { from: "2000-01-01T00:00:00Z" }) { edges { node { id updatedAt } } pageInfo { hasNextPage endCursor } } }`, { after });

    const first = (await page(null)).events;
    expect(first.edges.map((edge: any) => edge.node.updatedAt)).toEqual(Array(7).fill(moment));
    // The last row read changes again before the next page is asked: it moves to the end.
    const moved = first.edges.at(-1).node.id;
    await sql(`UPDATE "Event" SET "updatedAt" = $1 WHERE id = $2`, ["2031-05-05T10:00:01.000Z", Buffer.from(moved, "base64").toString().split(":")[1]]);
    const seen: string[] = first.edges.map((edge: any) => edge.node.id);
    let after = first.pageInfo.endCursor;
    while (after) {
      const next = (await page(after)).events;
      seen.push(...next.edges.map((edge: any) => edge.node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(new Set(seen)).toEqual(new Set(ids.map((id) => gid("Event", id))));
    expect(seen.at(-1)).toBe(moved);
    expect(seen.length).toBe(ids.length + 1);
  });

  it("syncs offerings and organisations too, with tombstones for offerings switched off and organisations deleted", async () => {
    const since = await databaseNow();
    const [{ id: offering }] = await sql<{ id: number }>(`SELECT id FROM "Offering" WHERE active ORDER BY id LIMIT 1`);
    await sql(`UPDATE "Offering" SET active = false, "updatedAt" = clock_timestamp() WHERE id = $1`, [offering]);
    const [{ id: renamed }] = await sql<{ id: number }>(`SELECT id FROM "Offering" WHERE active ORDER BY id LIMIT 1`);
    await sql(`UPDATE "Offering" SET title = 'Lasrobot bedienen', "updatedAt" = clock_timestamp() WHERE id = $1`, [renamed]);
    const [{ id: organisation }] = await sql<{ id: number }>(
      `INSERT INTO "Organisation" (slug, name, kind, "regionId", "updatedAt") SELECT 'tijdelijk-bv', 'Tijdelijk BV', 'COMPANY', id, clock_timestamp() FROM "Region" WHERE slug <> 'andere-regio' ORDER BY id LIMIT 1 RETURNING id`,
    );
    const answer = await query(
      `query($since: DateTime!) {
        offerings(updatedSince: $since, first: 10) { totalCount edges { node { id title } } }
        deletedOfferings(since: $since) { edges { node { id } } }
        organisations(updatedSince: $since, first: 10) { edges { node { id name } } }
      }`,
      { since },
    );
    expect(answer.offerings.edges.map((edge: any) => edge.node)).toEqual([{ id: gid("Offering", renamed), title: "Lasrobot bedienen" }]);
    expect(answer.offerings.totalCount).toBe(1);
    expect(answer.deletedOfferings.edges.map((edge: any) => edge.node.id)).toEqual([gid("Offering", offering)]);
    expect(answer.organisations.edges.map((edge: any) => edge.node.name)).toEqual(["Tijdelijk BV"]);

    await sql(`DELETE FROM "Organisation" WHERE id = $1`, [organisation]);
    const gone = await query(`query($since: DateTime!) { deletedOrganisations(since: $since, region: "andere-regio") { totalCount } all: deletedOrganisations(since: $since) { edges { node { id } } } }`, { since });
    expect(gone.deletedOrganisations.totalCount).toBe(0);
    expect(gone.all.edges.map((edge: any) => edge.node.id)).toEqual([gid("Organisation", organisation)]);
  });
});
