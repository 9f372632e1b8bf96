// Hidden objects stay hidden on every path to them: lists, slugs, node(id), nodes(ids) and the
// relations of other objects. Each test hides something in this file's own database, then looks.
import { describe, expect, it } from "vitest";
import { query, sql } from "../test/graphql.ts";

describe("a draft event", async () => {
  const [event] = await sql<{ id: number; slug: string; organisation: string; challenge: string }>(
    `SELECT e.id, e.slug, o.slug AS organisation, c.slug AS challenge
       FROM "Event" e JOIN "EventOrganiser" eo ON eo."eventId" = e.id JOIN "Organisation" o ON o.id = eo."organisationId"
       JOIN "Challenge" c ON c.id = e."challengeId"
      WHERE e.status = 'PUBLISHED' AND e."endsAt" > now() ORDER BY e."startsAt" LIMIT 1`,
  );
  const id = Buffer.from(`Event:${event.id}`).toString("base64");
  const before = await query(`query($id: ID!) { node(id: $id) { id } }`, { id });
  await sql(`UPDATE "Event" SET status = 'DRAFT' WHERE id = $1`, [event.id]);

  it("was public before", () => expect(before.node).toEqual({ id }));

  it("is not in the agenda, nor found by slug, node or nodes", async () => {
    const data = await query(
      `query($slug: String!, $id: ID!, $organisation: String!) {
        events(first: 100, filter: { organisation: $organisation }) { edges { node { id } } }
        event(slug: $slug) { id } node(id: $id) { id } nodes(ids: [$id]) { id } }`,
      { slug: event.slug, id, organisation: event.organisation },
    );
    expect(data.events.edges.map((edge: any) => edge.node.id)).not.toContain(id);
    expect([data.event, data.node, data.nodes]).toEqual([null, null, [null]]);
  });

  it("is not among its organiser's or its challenge's events", async () => {
    const data = await query(
      `query($organisation: String!, $challenge: String!) {
        organisation(slug: $organisation) { events(first: 100) { edges { node { id } } } }
        challenge(slug: $challenge) { events { id } } }`,
      { organisation: event.organisation, challenge: event.challenge },
    );
    expect(data.organisation.events.edges.map((edge: any) => edge.node.id)).not.toContain(id);
    expect(data.challenge.events.map((e: any) => e.id)).not.toContain(id);
  });
});

describe("an offering no longer offered", async () => {
  const [offering] = await sql<{ id: number; slug: string; organisation: string; event: string; actionLine: number }>(
    `SELECT f.id, f.slug, o.slug AS organisation, e.slug AS event, a.number AS "actionLine"
       FROM "Offering" f JOIN "Organisation" o ON o.id = f."organisationId" JOIN "Event" e ON e."offeringId" = f.id
       JOIN "_ActionLineToOffering" af ON af."B" = f.id JOIN "ActionLine" a ON a.id = af."A"
      WHERE f.active AND e.status = 'PUBLISHED' LIMIT 1`,
  );
  const id = Buffer.from(`Offering:${offering.id}`).toString("base64");
  const before = await query(`query($slug: String!) { event(slug: $slug) { offering { id } } }`, { slug: offering.event });
  await sql(`UPDATE "Offering" SET active = false WHERE id = $1`, [offering.id]);

  it("was public before", () => expect(before.event.offering).toEqual({ id }));

  it("is hidden on every path: list, slug, node, organisation, action line, and the events of its sessions", async () => {
    const data = await query(
      `query($slug: String!, $id: ID!, $organisation: String!, $event: String!, $line: Int!) {
        offerings(first: 100, filter: { organisation: $organisation }) { edges { node { id } } }
        offering(slug: $slug) { id } node(id: $id) { id } nodes(ids: [$id]) { id }
        organisation(slug: $organisation) { offerings { id } }
        actionLine(number: $line) { offerings { id } }
        event(slug: $event) { offering { id } } }`,
      { slug: offering.slug, id, organisation: offering.organisation, event: offering.event, line: offering.actionLine },
    );
    expect(data.offerings.edges.map((edge: any) => edge.node.id)).not.toContain(id);
    expect([data.offering, data.node, data.nodes, data.event.offering]).toEqual([null, null, [null], null]);
    expect(data.organisation.offerings.map((o: any) => o.id)).not.toContain(id);
    expect(data.actionLine.offerings.map((o: any) => o.id)).not.toContain(id);
  });
});

describe("a role that has ended", async () => {
  const roles = await sql<{ id: number; organisation: string; name: string }>(
    `SELECT r.id, o.slug AS organisation, p.name FROM "PersonRole" r JOIN "Organisation" o ON o.id = r."organisationId"
       JOIN "Person" p ON p.id = r."personId" WHERE r."endsOn" IS NULL ORDER BY r.id LIMIT 2`,
  );
  await sql(`UPDATE "PersonRole" SET "endsOn" = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 1 WHERE id = $1`, [roles[0].id]);
  await sql(`UPDATE "PersonRole" SET "endsOn" = (now() AT TIME ZONE 'Europe/Amsterdam')::date WHERE id = $1`, [roles[1].id]);
  const names = async (organisation: string) =>
    (await query(`query($slug: String!) { organisation(slug: $slug) { roles { person { name } } } }`, { slug: organisation })).organisation.roles.map(
      (role: any) => role.person.name,
    );

  it("is no longer shown with the person's work contact data; one that ends today still is", async () => {
    expect(await names(roles[0].organisation)).not.toContain(roles[0].name);
    expect(await names(roles[1].organisation)).toContain(roles[1].name);
  });
});
