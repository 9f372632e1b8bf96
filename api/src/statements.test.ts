// One request costs a bounded number of SQL statements, whatever the page size (no N+1).
import { describe, expect, it } from "vitest";
import { db } from "./db.ts";
import { query } from "./test/graphql.ts";

async function countStatements(run: () => Promise<unknown>) {
  let count = 0;
  const listener = () => count++;
  db.$on("query", listener);
  await run();
  return count;
}

const AGENDA = `query($first: Int!) {
  events(first: $first, filter: { from: "2025-01-01T00:00:00Z" }) {
    totalCount
    edges { node {
      title startsAt
      venue { name city municipality { name } }
      organisers { role organisation { name slug municipality { name } } }
      audiences { code } profiles { code } themes { slug } actionLines { number }
    } }
  }
}`;

const DIRECTORY = `query($first: Int!) {
  organisations(first: $first, filter: { includeLocations: true }) {
    edges { node { name municipality { name } profiles { code } locations { name } roles { kind person { name } } } }
  }
}`;

describe("SQL statements per request", () => {
  it("loads an agenda page with nested organisers and places in the same few statements for 10 or 100 events", async () => {
    await query(AGENDA, { first: 1 }); // warm up the connection pool
    const ten = await countStatements(() => query(AGENDA, { first: 10 }));
    const hundred = await countStatements(() => query(AGENDA, { first: 100 }));
    console.log(`agenda page: ${ten} statements for 10 events, ${hundred} for 100`);
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(12);
  });

  it("does the same for the organisation directory", async () => {
    const ten = await countStatements(() => query(DIRECTORY, { first: 10 }));
    const hundred = await countStatements(() => query(DIRECTORY, { first: 100 }));
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(10);
  });
});
