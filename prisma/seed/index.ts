// The demo network of Het Techniek Loket (Noordoost-Brabant): `npm run db:seed`, `db:reset`, the
// first start and the API tests load it. Deterministic: seeded PRNG streams and the region's dates,
// moved into the current school year (rolling-calendar.ts), so the same input on any day of a
// school year gives the same rows (createdAt/updatedAt included).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { seedDemoAccounts } from "./accounts.ts";
import { buildChallenges } from "./challenges.ts";
import { noordoostBrabant } from "./directory.ts";
import { catalogue } from "./event-kinds.ts";
import { buildDemoAgenda, calendar } from "./events.ts";
import { generateLargeAgenda } from "./large.ts";
import { createNetwork, type Network } from "./network.ts";
import { buildOrganisations } from "./organisations.ts";
import { buildOfferings } from "./programme-offerings.ts";
import type { RegionDefinition } from "./region.ts";
import { buildLinks, buildPeople, buildVenues } from "./relations.ts";
import { inSchoolYearOf } from "./rolling-calendar.ts";
import { todayInAmsterdam } from "./time.ts";
import { BulkWriter, resetSequences, writeDataset, writeEvents } from "./writer.ts";

export { noordoostBrabant };
export { demoAccounts, demoOrganisations } from "./accounts.ts";

/** Builds the whole demo network of a region in memory (no database). */
export function buildDemoNetwork(region: RegionDefinition = noordoostBrabant) {
  const net: Network = createNetwork(region);
  buildOrganisations(net);
  buildVenues(net);
  buildLinks(net);
  buildPeople(net);
  buildOfferings(net);
  buildChallenges(net);
  const c = catalogue(net);
  const cal = calendar(net);
  buildDemoAgenda(net, c, cal);
  return { net, catalogue: c, calendar: cal };
}

export interface SeedOptions {
  /** Total number of events: the demo agenda plus generated ones (for benchmarks). */
  events?: number;
  log?: (message: string) => void;
  /** Another region's data; Noordoost-Brabant by default. The database must be empty. */
  region?: RegionDefinition;
  /** The day whose school year the demo agenda is placed in (YYYY-MM-DD); today by default. */
  today?: string;
}

export async function seedDemoNetwork(url: string, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if ((await prisma.region.count()) > 0) {
      throw new Error("The database already holds data; run `npm run db:reset` to start over");
    }
    const today = options.today ?? todayInAmsterdam();
    const { net, catalogue: c, calendar: cal } = buildDemoNetwork(inSchoolYearOf(options.region ?? noordoostBrabant, today));
    const demoEvents = net.data.agenda.events.length;
    const total = Math.max(options.events ?? demoEvents, demoEvents);
    if (options.events !== undefined && options.events < demoEvents) log(`The demo agenda alone has ${demoEvents} events; seeding those.`);
    // One transaction: a failed seed leaves an empty database, not half a network.
    await prisma.$transaction(
      async (tx) => {
        const writer = new BulkWriter(tx);
        await writeDataset(writer, net.data);
        if (total > demoEvents) {
          log(`events ${demoEvents}/${total}`);
          await generateLargeAgenda(net, c, cal, { from: demoEvents + 1, total, write: (batch) => writeEvents(writer, batch), log });
        }
        await resetSequences(tx);
        await seedDemoAccounts(tx, net.region.slug);
      },
      { timeout: 60_000 + total * 5, maxWait: 30_000 },
    );
    const counts = `${net.data.organisations.length} organisations, ${net.data.offerings.length} offerings, ${net.data.challenges.length} challenges, ${total} events`;
    log(`Seeded ${net.region.name}: ${counts} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await prisma.$disconnect();
  }
}
