import { defineConfig } from "prisma/config";

// Used by `prisma generate`. Migrations are applied by cli.ts (offline, same _prisma_migrations rows).
export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations", seed: "tsx cli.ts seed" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
