// Prisma migrations without the network: Prisma's own schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm) over @prisma/adapter-pg. It writes the same `_prisma_migrations`
// rows as `prisma migrate deploy` (checksum = sha256 of migration.sql), so the stock CLI agrees.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { Logger, runMigrations as runWorkerMigrations } from "graphile-worker";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);
const prismaDir = path.dirname(fileURLToPath(import.meta.url));
const schemaPath = path.join(prismaDir, "schema.prisma");
const migrationsDir = path.join(prismaDir, "migrations");
const filters = { externalTables: [], externalEnums: [] };

// Without a registry a panic inside the engine surfaces as an unreadable "unreachable" trap.
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => console.error(`schema engine panic: ${message}`),
};

// The engine reads pg_catalog columns of PostgreSQL's internal "char" type (oid 18, e.g.
// pg_constraint.contype), which adapter-pg rejects. Read them as text and tag the column name so
// the connection wrapper below can report them as characters.
const CHAR_TAG = "\u0000char";
const PgResult = require("pg/lib/result.js");
const addFields = PgResult.prototype.addFields;
PgResult.prototype.addFields = function (fields: { dataTypeID: number; name: string }[]) {
  for (const field of fields) {
    if (field.dataTypeID === 18) Object.assign(field, { dataTypeID: 25, name: field.name + CHAR_TAG });
  }
  return addFields.call(this, fields);
};

type Connection = Awaited<ReturnType<PrismaPg["connect"]>>;

function wrapConnection(connection: Connection): Connection {
  const queryRaw = connection.queryRaw.bind(connection);
  connection.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, i) => {
      if (name.endsWith(CHAR_TAG)) {
        result.columnNames[i] = name.slice(0, -CHAR_TAG.length);
        result.columnTypes[i] = ColumnTypeEnum.Character;
      }
    });
    return result;
  };
  // adapter-pg splits scripts on ";" (breaking $$ bodies) and runs the parts one by one. Send the
  // whole migration as one simple query: one implicit transaction, as the native engine does.
  connection.executeScript = async (sql) => {
    await connection
      .underlyingDriver()
      .query(sql)
      .catch((e: unknown) => (connection as unknown as { onError(e: unknown): never }).onError(e));
  };
  return connection;
}

function adapterFactory(url: string) {
  const main = new PrismaPg({ connectionString: url });
  const connectMain = main.connect.bind(main);
  // Freeing the engine does not close its pools; they are closed in withEngine, so the database
  // can be used as a template (or dropped) right after a migration.
  const opened: Connection[] = [];
  const connect = async () => {
    const connection = wrapConnection(await connectMain());
    opened.push(connection);
    return connection;
  };
  return Object.assign(main, {
    connect,
    async disposeAll() {
      await Promise.all(opened.splice(0).map((connection) => connection.dispose().catch(() => {})));
    },
    // adapter-pg's own shadow database would be the main database when given a URL, and it drops
    // the database before closing its pool. Create and drop a uniquely named one here instead.
    async connectToShadowDb() {
      const admin = await connect();
      const leaked = await admin.queryRaw({
        sql: "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'",
        args: [],
        argTypes: [],
      });
      // Left behind by interrupted runs; a shadow database in use by another run refuses to drop.
      for (const [name] of leaked.rows) await admin.executeScript(`DROP DATABASE "${name}"`).catch(() => {});
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadow = wrapConnection(await new PrismaPg({ connectionString: shadowUrl.href }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  });
}

async function withEngine<T>(url: string, work: (engine: wasmBindings.SchemaEngine, schema: string) => Promise<T>) {
  const wasmFile = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmFile), {
    "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports,
  });
  wasmBindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  const schema = await fs.readFile(schemaPath, "utf8");
  const log = (message: string) => process.env.MIGRATE_DEBUG && console.error(message);
  const adapters = adapterFactory(url);
  const engine = await wasmBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapters),
  );
  try {
    return await work(engine, schema);
  } finally {
    engine.free();
    await adapters.disposeAll();
  }
}

// The shape the Prisma CLI builds: the lock file plus the migration folders sorted by name.
async function migrationsList() {
  const lockfile = await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: "migration.sql",
          content: await fs.readFile(path.join(migrationsDir, entry.name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockfile },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

/** Applies pending migrations; returns the names applied. */
/**
 * Applies pending migrations, then brings the job queue's own schema (`graphile_worker`, which
 * graphile-worker migrates itself) up to date, so jobs can be added in SQL from the first request.
 */
export async function deployMigrations(url: string): Promise<string[]> {
  const applied = await withEngine(url, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: await migrationsList(), filters });
    return result.appliedMigrationNames;
  });
  await runWorkerMigrations({ connectionString: url, logger: quietLogger });
  return applied;
}

const quietLogger = new Logger(() => () => {});

/** Writes a new migration with the difference between the migrations folder and schema.prisma. */
export function createMigration(url: string, name: string): Promise<string | null> {
  return withEngine(url, async (engine, schema) => {
    const lockPath = path.join(migrationsDir, "migration_lock.toml");
    if (!(await fs.stat(lockPath).catch(() => null))) {
      await fs.mkdir(migrationsDir, { recursive: true });
      await fs.writeFile(
        lockPath,
        "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = \"postgresql\"\n",
      );
    }
    const { stdout } = await engine.diff({
      from: { tag: "migrations", ...(await migrationsList()) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters,
    });
    if (!stdout || /^-- This is an empty migration\.\s*$/.test(stdout)) return null;
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name.replace(/\W+/g, "_")}`);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, "migration.sql"), stdout);
    return path.relative(process.cwd(), path.join(dir, "migration.sql"));
  });
}

export interface MigrationStatus {
  pending: string[];
  failed: string[];
  edited: string[];
  /** Set when the database and the migrations folder have diverged. */
  drift: unknown;
}

export function migrationStatus(url: string): Promise<MigrationStatus> {
  return withEngine(url, async (engine) => {
    const list = await migrationsList();
    const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters });
    const history = diagnosis.history as { tag: string; unappliedMigrationNames?: string[] } | null;
    return {
      pending: history?.tag === "DatabaseIsBehind" ? (history.unappliedMigrationNames ?? []) : [],
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
      drift: history && history.tag !== "DatabaseIsBehind" ? history : null,
    };
  });
}

export function markRolledBack(url: string, migrationName: string): Promise<void> {
  return withEngine(url, async (engine) => {
    await engine.markMigrationRolledBack({ migrationName });
  });
}
