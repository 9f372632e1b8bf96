// What events and offerings are tagged with, from the codes editors send: audiences, profiles,
// action lines and themes. An unknown code is a ValidationError on its input field.
import type { Prisma } from "@techniek-loket/db/client";
import { ValidationError } from "../../errors.ts";

export interface TagCodes {
  audiences?: readonly string[] | null;
  profiles?: readonly string[] | null;
  actionLines?: readonly number[] | null;
  themes?: readonly string[] | null;
}

/** The rows with these values of `key`, as `{ id }` for connect/set; refuses unknown values. */
export async function existing<Value extends string | number>(
  field: string,
  wanted: readonly Value[] | null | undefined,
  find: (values: Value[]) => Promise<({ id: number } & Record<string, unknown>)[]>,
  key: string,
): Promise<{ id: number }[]> {
  if (!wanted?.length) return [];
  const found = await find([...new Set(wanted)]);
  const known = new Set(found.map((row) => row[key]));
  const unknown = wanted.filter((value) => !known.has(value));
  if (unknown.length) throw new ValidationError([{ path: ["input", field], message: `${field}: unknown ${unknown.join(", ")}` }]);
  return found.map((row) => ({ id: row.id }));
}

// One after another: a transaction is one connection, and pg refuses to run queries on it at once.
export async function tagIds(tx: Prisma.TransactionClient, codes: TagCodes) {
  const audiences = await existing("audiences", codes.audiences, (values) => tx.audience.findMany({ where: { code: { in: values } }, select: { id: true, code: true } }), "code");
  const profiles = await existing("profiles", codes.profiles, (values) => tx.profile.findMany({ where: { code: { in: values } }, select: { id: true, code: true } }), "code");
  const actionLines = await existing("actionLines", codes.actionLines, (values) => tx.actionLine.findMany({ where: { number: { in: values } }, select: { id: true, number: true } }), "number");
  const themes = await existing("themes", codes.themes, (values) => tx.theme.findMany({ where: { slug: { in: values } }, select: { id: true, slug: true } }), "slug");
  return { audiences, profiles, actionLines, themes };
}

/** The codes an object is tagged with, for the audit log. */
export const tagSnapshot = {
  audiences: { select: { code: true } },
  profiles: { select: { code: true } },
  actionLines: { select: { number: true } },
  themes: { select: { slug: true } },
} as const;
