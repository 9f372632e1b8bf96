import { defineConfig } from "prisma/config";

// Used by `prisma generate`. Migrations are applied by prisma/cli.ts (offline, same _prisma_migrations rows).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/cli.ts seed" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
