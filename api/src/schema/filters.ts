// What every list filter of the API shares: the cap on list arguments and free-text search.
import { z } from "zod";
import { limits } from "../limits.ts";

/** Validation for a list argument of a filter: at most `limits.maxFilterValues` values. */
export const cappedList = (name: string) =>
  z.array(z.any()).max(limits.maxFilterValues, `${name}: at most ${limits.maxFilterValues} values`).nullish();

/** Validation for a free-text search argument. */
export const searchText = z.string().max(limits.maxSearchLength, `text must be at most ${limits.maxSearchLength} characters`).nullish();

/** Escapes LIKE's wildcards, so `%`, `_` and `\` in a search match only themselves. */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, "\\$&");
}

/**
 * Conditions for a free-text search: every word must occur, case-insensitively, in one of the
 * fields. `Where` is the model's Prisma where type; the fields are its string columns.
 */
export function everyWordIn<Where>(text: string | null | undefined, fields: string[]): Where[] {
  const words = text?.trim().split(/\s+/).filter(Boolean) ?? [];
  return words.map((word) => ({ OR: fields.map((field) => ({ [field]: { contains: escapeLike(word), mode: "insensitive" } })) }) as Where);
}
