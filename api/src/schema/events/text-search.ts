// The agenda's text search, over each event's search document (title, summary, description, kind,
// themes, organisers, place and the place's common names; kept by triggers, see the migration
// event_search). A word matches when it occurs in the document as typed, inside compounds too, as
// Dutch needs ("lassen" finds "robotlassen", "techniek" finds "Elektrotechniek"), or when its Dutch
// stem does ("techlabs" finds "Techlab"). A word of five letters or more that matches nowhere in the
// period is taken as a typo and matches words close to it ("robotika" finds "Robotica"; pg_trgm's
// word similarity, 0.6 by default); a word that matches somewhere is never widened. Every word must
// match.
import { Prisma } from "@techniek-loket/db/client";
import { db } from "../../db.ts";
import { escapeLike } from "../filters.ts";

/** Shorter words would find too much by similarity alone; they still match as typed or stemmed. */
const MIN_TYPO_LENGTH = 5;

function wordMatches(word: string, window: Prisma.Sql) {
  const exact = Prisma.sql`("searchDocument" ILIKE ${`%${escapeLike(word)}%`} OR to_tsvector('dutch', "searchDocument") @@ plainto_tsquery('dutch', ${word}))`;
  if (word.length < MIN_TYPO_LENGTH) return exact;
  // PostgreSQL runs the uncorrelated NOT EXISTS once per query, not once per row.
  return Prisma.sql`(${exact} OR (NOT EXISTS (SELECT 1 FROM "Event" WHERE ${window} AND ${exact}) AND ${word} <% "searchDocument"))`;
}

/** The words of a search: split on spaces and punctuation, as the documents' words are. */
export function searchWords(text: string | null | undefined): string[] {
  return text?.toLowerCase().split(/[\s,.;:!?()"/]+/).filter(Boolean) ?? [];
}

export interface SearchWindow {
  /** Only events ending at or after this (and so starting after this minus the longest duration). */
  endsFrom: Date | null;
  startsFrom: Date | null;
  startsBefore: Date | null;
}

/**
 * Ids of the events within the window whose document matches every word. The window is the
 * agenda's time filter, so a search of the coming weeks reads the coming weeks only.
 */
export async function eventIdsMatching(words: string[], window: SearchWindow): Promise<number[]> {
  const bounds = [Prisma.sql`true`];
  if (window.endsFrom) bounds.push(Prisma.sql`"endsAt" >= ${window.endsFrom}`);
  if (window.startsFrom) bounds.push(Prisma.sql`"startsAt" >= ${window.startsFrom}`);
  if (window.startsBefore) bounds.push(Prisma.sql`"startsAt" < ${window.startsBefore}`);
  const inWindow = Prisma.join(bounds, " AND ");
  const conditions = [inWindow, ...words.map((word) => wordMatches(word, inWindow))];
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT id FROM "Event" WHERE ${Prisma.join(conditions, " AND ")}`;
  return rows.map((row) => row.id);
}
