import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@techniek-loket/db/client";
import { env } from "./env.ts";

// Query events are emitted so tests and the benchmark can count SQL statements per request.
export const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }),
  log: [{ emit: "event", level: "query" }],
});
