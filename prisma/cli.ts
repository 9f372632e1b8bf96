// npm run db:migrate | db:migrate:create -- NAME | db:migrate:status | db:seed [-- --events N] | db:reset
// Works on $DATABASE_URL when set, else on the embedded PostgreSQL (started for the command and stopped after).
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "./database.ts";
import { createMigration, deployMigrations, markRolledBack, migrationStatus } from "./migrations.ts";
import { seedDemoNetwork } from "./seed/index.ts";

const usage = `usage: tsx prisma/cli.ts <command>
  migrate                 apply pending migrations
  create NAME             write a migration for the changes in schema.prisma
  status                  list pending, failed and edited migrations (exit 1 unless up to date)
  rolled-back NAME        mark a failed migration as rolled back
  seed [--events N]       load the demo network (N events: a large agenda for benchmarks)
  reset [--events N]      drop everything, migrate, seed`;

async function resetSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { events: { type: "string" } },
  });
  const [command, name] = positionals;
  const events = values.events === undefined ? undefined : Number(values.events);
  if (events !== undefined && !(Number.isInteger(events) && events > 0)) throw new Error("--events must be a positive whole number");
  if (!command || (["create", "rolled-back"].includes(command) && !name)) throw new Error(usage);

  const db = await openDatabase();
  try {
    switch (command) {
      case "migrate": {
        const applied = await deployMigrations(db.url);
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
        break;
      }
      case "create": {
        const file = await createMigration(db.url, name);
        console.log(file ? `Created ${file}` : "No schema changes; nothing created.");
        break;
      }
      case "status": {
        const status = await migrationStatus(db.url);
        const upToDate = !status.pending.length && !status.failed.length && !status.edited.length && !status.drift;
        if (upToDate) console.log("Database schema is up to date.");
        if (status.pending.length) console.log(`Pending: ${status.pending.join(", ")}`);
        if (status.failed.length) console.log(`Failed: ${status.failed.join(", ")}`);
        if (status.edited.length) console.log(`Edited after being applied: ${status.edited.join(", ")}`);
        if (status.drift) console.log(`The database has diverged from the migrations: ${JSON.stringify(status.drift)}`);
        if (!upToDate) process.exitCode = 1;
        break;
      }
      case "rolled-back":
        await markRolledBack(db.url, name);
        console.log(`Marked ${name} as rolled back.`);
        break;
      case "reset":
        await resetSchema(db.url);
        console.log(`Applied: ${(await deployMigrations(db.url)).join(", ")}`);
        await seedDemoNetwork(db.url, { events, log: console.log });
        break;
      case "seed":
        await seedDemoNetwork(db.url, { events, log: console.log });
        break;
      default:
        throw new Error(usage);
    }
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
