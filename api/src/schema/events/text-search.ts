// The agenda's text search, over each event's search document in EventSearch (title, summary,
// description, kind, themes, organisers, place and the place's common names; kept by triggers, see
// the migration event_search). A word matches when the document has it, inside compounds too, as
// Dutch needs ("lassen" finds "robotlassen", "techniek" finds "Elektrotechniek"), or has its Dutch
// stem ("techlabs" finds "Techlab", "bedrijfsbezoeken" finds "Bedrijfsbezoek"). A word of five
// letters or more that no event has is taken for a typo and replaced by the closest word the
// events do have ("robotika" finds "Robotica"; pg_trgm). Every word must match. Ranked, the events
// whose title has every word come first (see ranked-page.ts).
//
// The words are worked out first (a stem, a correction: small indexed queries), so the agenda's own
// query stays one Prisma query whose condition the trigram index on the document serves. Those
// first queries read public events only, so a draft's words never shape what a search finds.
import type { Prisma } from "@techniek-loket/db/client";
import { db } from "../../db.ts";
import { escapeLike } from "../filters.ts";
import { publicEvent, visibleStatuses } from "./visibility.ts";

/** Shorter words would be "corrected" too freely; they match as typed or stemmed only. */
const MIN_TYPO_LENGTH = 5;
/** How alike a correction must be (pg_trgm similarity of the two words, 0 to 1). */
const MIN_SIMILARITY = 0.3;

/** The words of a search: split on spaces and punctuation, as the documents' words are. */
export function searchWords(text: string | null | undefined): string[] {
  return text?.toLowerCase().split(/[\s,.;:!?()"/]+/).filter(Boolean) ?? [];
}

/** Documents are stored in lower case, and so are the words: a plain LIKE, no case folding per row. */
const containing = (text: string): Prisma.EventSearchWhereInput => ({ document: { contains: escapeLike(text.toLowerCase()) } });

/** A stem shorter than this finds too much inside other words ("lopen": "lop", in "slopen"). */
const MIN_STEM_LENGTH = 5;

/** The word and its Dutch stem, when that differs and is long enough (none for stop words such as "de"). */
async function forms(word: string): Promise<string[]> {
  const [row] = await db.$queryRaw<{ stem: string[] | null }[]>`SELECT ts_lexize('dutch_stem', ${word}) AS stem`;
  return [...new Set([word, ...(row?.stem ?? []).filter((stem) => stem.length >= MIN_STEM_LENGTH)])];
}

/** The public events' word closest to a word none of them has, if one is close enough. */
async function correction(word: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ word: string }[]>`
    SELECT w AS word FROM (
      SELECT DISTINCT regexp_split_to_table(d.document, '[^[:alnum:]]+') AS w
      FROM (
        SELECT s.document FROM "EventSearch" s JOIN "Event" e ON e.id = s."eventId"
        WHERE e.status = ANY(${visibleStatuses}::"EventStatus"[]) AND ${word} <% s.document LIMIT 20
      ) d
    ) words
    WHERE similarity(w, ${word}) >= ${MIN_SIMILARITY}
    ORDER BY similarity(w, ${word}) DESC, abs(length(w) - length(${word})), w
    LIMIT 1`;
  return row?.word ?? null;
}

/** What counts as a word in the events: the word and its stem, or the correction of a typo. */
async function wordForms(word: string): Promise<string[]> {
  const known = await forms(word);
  const publicMatch = { OR: known.map(containing), event: publicEvent };
  if (word.length < MIN_TYPO_LENGTH || (await db.eventSearch.findFirst({ where: publicMatch, select: { eventId: true } }))) return known;
  const corrected = await correction(word);
  return corrected ? [corrected] : known;
}

/** A search worked out: for each word typed, the forms that count as finding it. */
export type ResolvedSearch = string[][];

export function resolveSearch(text: string | null | undefined): Promise<ResolvedSearch> {
  return Promise.all(searchWords(text).map(wordForms));
}

/** The agenda's condition for a search: every word found in the event's search document. */
export function textCondition(search: ResolvedSearch): Prisma.EventWhereInput[] {
  return search.map((forms) => ({ search: { is: { OR: forms.map(containing) } } }));
}

/** Events whose title has every word: the best matches of a search, listed first when ranked. */
export function titleCondition(search: ResolvedSearch): Prisma.EventWhereInput {
  return { AND: search.map((forms) => ({ OR: forms.map((form) => ({ title: { contains: escapeLike(form), mode: "insensitive" as const } })) })) };
}
