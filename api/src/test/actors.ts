// The actors of the authorisation tests, signed in: the demo accounts (an editor of the school
// Het Ambachtshuis, an editor of a company, the region's moderator, the platform admin), a
// moderator of another region, and anonymous. `as(actor, query)` asks the API as one of them.
import { createSession } from "../schema/accounts/sessions.ts";
import { graphql, sql } from "./graphql.ts";

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64");
export const idOf = (globalId: string) => Number(Buffer.from(globalId, "base64").toString().split(":")[1]);

export async function signedInActors() {
  const [{ id: otherRegion }] = await sql(`INSERT INTO "Region" (slug, name, "updatedAt") VALUES ('andere-regio', 'Andere regio', now()) RETURNING id`);
  await sql(`INSERT INTO "Account" (email, name, "updatedAt") VALUES ('elders@techniekloket.example', 'Moderator Elders', now())`);
  await sql(`INSERT INTO "RegionModerator" ("accountId", "regionId") SELECT id, $1 FROM "Account" WHERE email = 'elders@techniekloket.example'`, [otherRegion]);
  const tokens: Record<string, string | null> = { anonymous: null };
  const emails = {
    editorA: "school@techniekloket.example",
    editorB: "bedrijf@techniekloket.example",
    moderator: "moderator@techniekloket.example",
    otherModerator: "elders@techniekloket.example",
    admin: "admin@techniekloket.example",
  };
  for (const [actor, email] of Object.entries(emails)) {
    const [{ id }] = await sql(`SELECT id FROM "Account" WHERE email = $1`, [email]);
    tokens[actor] = (await createSession(id)).token;
  }
  const as = (actor: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql(query, variables, { headers: tokens[actor] ? { authorization: `Bearer ${tokens[actor]}` } : {}, peer: "192.0.2.50" });
  const [{ id: schoolId }] = await sql(`SELECT id FROM "Organisation" WHERE slug = 'het-ambachtshuis'`);
  return { actors: Object.keys(tokens), as, school: gid("Organisation", schoolId) };
}

/** What an actor gets: the resulting value (via `pick`), or the kind of refusal. */
export function outcome(result: { data?: any; errors?: { extensions?: { code?: string } }[] }, field: string, pick: (value: any) => string) {
  const value = result.data?.[field];
  if (!value) return result.errors?.[0]?.extensions?.code ?? "no data";
  return value.__typename.endsWith("Error") ? value.__typename : pick(value);
}

/** The expected outcomes: `yes` for the allowed actors, a refusal for the others. */
export function allowedFor(actors: string[], allowed: string[], yes: string | ((actor: string) => string)) {
  return Object.fromEntries(
    actors.map((actor) => [actor, allowed.includes(actor) ? (typeof yes === "function" ? yes(actor) : yes) : actor === "anonymous" ? "UNAUTHENTICATED" : "ForbiddenError"]),
  );
}

/** Who may edit what belongs to the school: its editor, the region's moderator, the admin. */
export const schoolEditors = ["editorA", "moderator", "admin"];
