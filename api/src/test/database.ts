// Before each test file: a database of its own, cloned from the migrated and seeded template.
// The API modules read DATABASE_URL when first imported, which happens after this file runs.
import pg from "pg";
import { inject } from "vitest";

const template = new URL(inject("templateUrl"));
const templateName = template.pathname.slice(1);
// Named after the template, so the run's teardown finds and drops every clone.
const name = `${templateName}_${Math.random().toString(36).slice(2, 10)}`;

const admin = new pg.Client({ connectionString: Object.assign(new URL(template), { pathname: "/postgres" }).href });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
await admin.end();

const url = new URL(template);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.href;
