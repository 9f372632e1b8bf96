import { describe, expect, it } from "vitest";
import { query, sql } from "../../test/graphql.ts";

describe("offerings", () => {
  it("lists bookable offers without a fixed date, with their provider", async () => {
    const data = await query(`{ offerings(first: 100, filter: { bookable: true }) { totalCount edges { node { title bookable bookingInfo organisation { name } } } } }`);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM "Offering" WHERE active AND bookable`);
    expect(data.offerings.totalCount).toBe(n);
    expect(n).toBeGreaterThan(0);
    expect(data.offerings.edges.every((edge: any) => edge.node.bookable && edge.node.organisation.name)).toBe(true);
  });

  it("filters by kind and action line", async () => {
    const data = await query(`{ offerings(first: 100, filter: { kinds: [TECHLAB_SESSION], actionLines: [1] }) { edges { node { kind actionLines { number } } } } }`);
    expect(data.offerings.edges.length).toBeGreaterThan(0);
    for (const { node } of data.offerings.edges) {
      expect(node.kind).toBe("TECHLAB_SESSION");
      expect(node.actionLines.map((l: any) => l.number)).toContain(1);
    }
  });
});

describe("challenges", () => {
  it("shows each challenge's company, participating schools and timeline", async () => {
    const { challenges } = await query(`{ challenges { slug title status company { kind } participants { organisation { kind } } milestones { title date } } }`);
    expect(challenges.length).toBeGreaterThanOrEqual(6);
    for (const challenge of challenges) {
      expect(challenge.company.kind).toBe("COMPANY");
      expect(challenge.participants.length).toBeGreaterThanOrEqual(3);
      const dates = challenge.milestones.map((m: any) => m.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});
