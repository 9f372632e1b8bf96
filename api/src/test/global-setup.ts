// Once per test run: a PostgreSQL server ($DATABASE_URL's, or an embedded one on tmpfs), and a
// template database with the migrations and the demo network. Each test file clones it.
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbedded } from "@techniek-loket/db/database";
import { deployMigrations } from "@techniek-loket/db/migrations";
import { seedDemoNetwork } from "@techniek-loket/db/seed";

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function adminQuery(url: string, sql: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  let stop = async () => {};
  let serverUrl = process.env.DATABASE_URL;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = mkdtempSync(path.join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "techniek-loket-test-"));
    const db = await startEmbedded({ dataDir, port: await freePort(), database: "postgres" });
    serverUrl = db.url;
    stop = db.stop;
  }
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/test_template_${process.pid}`;
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "test_template_${process.pid}" WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE "test_template_${process.pid}"`);
  await deployMigrations(templateUrl.href);
  await seedDemoNetwork(templateUrl.href, {});
  project.provide("templateUrl", templateUrl.href);

  return async () => {
    const clones = await adminQuery(serverUrl, `SELECT datname FROM pg_database WHERE datname LIKE 'test_template_${process.pid}%' ORDER BY datname DESC`);
    for (const { datname } of clones.rows) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
