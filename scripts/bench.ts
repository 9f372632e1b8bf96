// `npm run bench [-- --events 100000 --seconds 10 --connections 8]`: the agenda's throughput and
// latency next to a trivial query's, on one API server over a large seeded database, plus the SQL
// statements per agenda request. Fails past the budgets below.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, ensureDatabase } from "@techniek-loket/db/database";
import { deployMigrations } from "@techniek-loket/db/migrations";
import { seedDemoNetwork } from "@techniek-loket/db/seed";

const budgets = { agendaP95Ms: 150, filteredP95Ms: 400, agendaStatements: 12 };

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "100000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "8" },
  },
});
const events = Number(values.events);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const port = 4099;

const queries = {
  trivial: { query: "{ __typename }" },
  agenda: {
    query: `query Agenda($filter: EventFilter) { events(first: 20, filter: $filter) { totalCount edges { node {
      id slug title startsAt endsAt status venue { name city } organisers { organisation { name slug } }
      audiences { code } profiles { code } } } pageInfo { hasNextPage endCursor } } }`,
    variables: {},
  },
  "agenda, filtered": {
    query: `query Agenda($filter: EventFilter) { events(first: 20, filter: $filter) { totalCount edges { node {
      id slug title startsAt venue { name city } organisers { organisation { name } } } } } }`,
    variables: { filter: { kinds: ["TECHLAB_SESSION"], audienceSectors: ["PRIMARY"], municipalities: ["oss", "meierijstad"] } },
  },
  "agenda, text search": {
    query: `query Agenda($filter: EventFilter) { events(first: 20, filter: $filter) { totalCount edges { node {
      id slug title startsAt venue { name city } } } } }`,
    variables: { filter: { text: "robot" } },
  },
};

async function benchDatabase() {
  // A database of its own, so the demo database of `npm start` stays as it is.
  const server = await openDatabase();
  const url = new URL(server.url);
  url.pathname = "/techniek_loket_bench";
  await ensureDatabase(url.href);
  await deployMigrations(url.href);
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  const [{ count }] = (await client.query<{ count: string }>('SELECT count(*) FROM "Event"')).rows;
  if (Number(count) !== events) {
    if (Number(count) > 0) await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await client.end();
    if (Number(count) > 0) await deployMigrations(url.href);
    const started = performance.now();
    await seedDemoNetwork(url.href, { events, log: (message) => console.log(`  seed: ${message}`) });
    console.log(`Seeded ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } else {
    await client.end();
    console.log(`Reusing the benchmark database with ${events} events`);
  }
  const analyse = new pg.Client({ connectionString: url.href });
  await analyse.connect();
  await analyse.query("VACUUM ANALYZE");
  await analyse.end();
  return { url: url.href, stop: server.stop };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function post(body: object) {
  return fetch(`http://localhost:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function load(body: object) {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const response = await post(body);
        const json = (await response.json()) as { errors?: unknown };
        if (!response.ok || json.errors) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    "req/s": Math.round(latencies.length / seconds),
    "p50 ms": +percentile(latencies, 50).toFixed(1),
    "p95 ms": +percentile(latencies, 95).toFixed(1),
    "p99 ms": +percentile(latencies, 99).toFixed(1),
    errors,
  };
}

async function countAgendaStatements(url: string) {
  process.env.DATABASE_URL = url;
  const { db } = await import("../api/src/db.ts");
  const { createApi } = await import("../api/src/yoga.ts");
  const api = createApi({ rateLimit: { limit: 0 } });
  let statements = 0;
  const ask = () =>
    api.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(queries.agenda),
    });
  await ask();
  db.$on("query", () => statements++);
  await ask();
  await db.$disconnect();
  return statements;
}

const database = await benchDatabase();
const api = spawn(process.execPath, ["--import", "tsx", "api/src/server.ts"], {
  env: { ...process.env, DATABASE_URL: database.url, API_PORT: String(port), API_RATE_LIMIT: "0" },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise<void>((resolve) => api.stdout!.on("data", (chunk) => String(chunk).includes("/graphql") && resolve()));

try {
  console.log(`\n${events} events, ${connections} connections, ${seconds} s per query, API on node ${process.version}\n`);
  const results: Record<string, object> = {};
  for (const [name, body] of Object.entries(queries)) {
    for (let i = 0; i < 20; i++) await (await post(body)).text(); // warm up connections and query plans
    results[name] = await load(body);
  }
  console.table(results);
  const statements = await countAgendaStatements(database.url);
  console.log(`SQL statements per agenda request (20 events with places, organisers, audiences, profiles): ${statements}`);

  const p95 = (name: string) => (results[name] as { "p95 ms": number })["p95 ms"];
  const slowestFiltered = Math.max(p95("agenda, filtered"), p95("agenda, text search"));
  const failures = [
    p95("agenda") > budgets.agendaP95Ms && `agenda p95 ${p95("agenda")} ms > ${budgets.agendaP95Ms} ms`,
    slowestFiltered > budgets.filteredP95Ms && `filtered agenda p95 ${slowestFiltered} ms > ${budgets.filteredP95Ms} ms`,
    statements > budgets.agendaStatements && `agenda statements ${statements} > ${budgets.agendaStatements}`,
    Object.values(results).some((r: any) => r.errors > 0) && "some requests failed",
  ].filter(Boolean);
  if (failures.length) {
    console.error(`\nOver budget: ${failures.join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log(
      `\nWithin budget (p95: agenda <= ${budgets.agendaP95Ms} ms, filtered <= ${budgets.filteredP95Ms} ms; <= ${budgets.agendaStatements} statements).`,
    );
  }
} finally {
  api.kill("SIGTERM");
  await database.stop();
}
process.exit(process.exitCode ?? 0);
