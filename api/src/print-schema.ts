// Prints the schema to api/schema.graphql: the public contract partners read, committed so every
// API change shows in review. Run by `npm run generate`.
import { writeFileSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";

process.env.DATABASE_URL ??= "postgresql://localhost/unused"; // the schema is built without connecting
const { schema } = await import("./schema/index.ts");
writeFileSync(new URL("../schema.graphql", import.meta.url), `${printSchema(lexicographicSortSchema(schema))}\n`);
