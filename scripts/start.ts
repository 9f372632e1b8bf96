// `npm start`: the whole platform on one machine. The database ($DATABASE_URL, or the embedded
// PostgreSQL), its migrations, the demo network on first start, a development mail server with an
// inbox (unless $SMTP_URL names a real one), then the API and the web site.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { MailDev } from "maildev";
import pg from "pg";
import { openDatabase } from "@techniek-loket/db/database";
import { deployMigrations } from "@techniek-loket/db/migrations";
import { seedDemoNetwork } from "@techniek-loket/db/seed";

const apiPort = process.env.API_PORT ?? "4000";
const webPort = process.env.WEB_PORT ?? "3000";
const apiUrl = `http://localhost:${apiPort}/graphql`;

async function isEmpty(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM "Region"');
    return rows[0].count === "0";
  } finally {
    await client.end();
  }
}

const db = await openDatabase();
console.log(process.env.DATABASE_URL ? "Database $DATABASE_URL" : `Database embedded PostgreSQL in ${process.env.PG_DATA_DIR ?? ".data/postgres"}`);
const applied = await deployMigrations(db.url);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
if (await isEmpty(db.url)) {
  console.log("Loading the demo network (first start) ...");
  await seedDemoNetwork(db.url, { log: (message) => console.log(`  ${message}`) });
}

// Without SMTP_URL, mail goes to MailDev: an SMTP server that keeps every mail in an inbox to read
// in the browser (and through its REST API, which the browser tests use).
let smtpUrl = process.env.SMTP_URL;
let mailDev: MailDev | undefined;
if (!smtpUrl) {
  const smtp = Number(process.env.MAILDEV_SMTP_PORT ?? 1025);
  const web = Number(process.env.MAILDEV_WEB_PORT ?? 1080);
  mailDev = new MailDev({ smtp, web, ip: "127.0.0.1", webIp: "127.0.0.1", silent: true });
  await mailDev.start();
  smtpUrl = `smtp://127.0.0.1:${smtp}`;
  console.log(`Mail     http://localhost:${web} (development inbox: every mail the platform sends)`);
}

const children: ChildProcess[] = [];
function run(name: string, command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the platform.`);
      void shutdown(1);
    }
  });
  children.push(child);
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once("exit", r)) : null)));
  await mailDev?.stop();
  await db.stop();
  console.log("Stopped.");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

run("API", process.execPath, ["--import", "tsx", "api/src/server.ts"], { DATABASE_URL: db.url, API_PORT: apiPort, WEB_URL: `http://localhost:${webPort}`, SMTP_URL: smtpUrl });
// The site renders from the API, so it starts once the API answers.
async function apiReady() {
  for (let attempt = 0; attempt < 300; attempt++) {
    const ok = await fetch(apiUrl, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API did not answer at ${apiUrl} within 30 s`);
}

await apiReady();
if (existsSync("web/build/index.js")) {
  run("Web", process.execPath, ["web/server.js"], { PORT: webPort, API_URL: apiUrl, ORIGIN: `http://localhost:${webPort}` });
  console.log(`Web      http://localhost:${webPort}`);
  console.log(`Sign in  http://localhost:${webPort}/inloggen as school@, bedrijf@, moderator@ or admin@techniekloket.example (code in the mail inbox)`);
}
console.log("Press Ctrl-C to stop.");
