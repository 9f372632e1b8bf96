// The directory's state lives in its address, in Dutch: ?soort=vmbo-school&gemeente=oss&profiel=pie.
// Unknown kinds and malformed values are ignored rather than refused: an old or hand-typed link
// still shows a list.
import { param as agendaParam } from "$lib/agenda/url-values";
import { organisationKinds, valueByWord } from "$lib/enum-words";
import type { OrganisationFilter, OrganisationKind } from "$lib/graphql/generated/graphql";

/** Page size of the directory. */
export const PAGE_SIZE = 24;

/** The agenda's names, so a word means the same on every page (?tekst= is the text search). */
export const param = {
  kind: agendaParam.kind,
  municipality: agendaParam.municipality,
  profile: agendaParam.profile,
  text: agendaParam.text,
  after: agendaParam.after,
  before: agendaParam.before,
} as const;

/**
 * Names the directory used before it spoke like the agenda: `voor` was the previous page, which
 * the agenda uses for the audience. The page redirects them (renamed-params.ts).
 */
export const formerParams: Readonly<Record<string, string>> = { zoek: param.text, voor: param.before };

const kindByWord = valueByWord(organisationKinds, "url");

export interface DirectoryParams {
  kind: OrganisationKind | null;
  /** Municipality slug, e.g. "oss". */
  municipality: string | null;
  /** Profile code in lower case, e.g. "pie". */
  profile: string | null;
  /** Words in the name or town. */
  text: string | null;
  /** Cursor: the page after this item (?na=) or before it (?terug=). */
  after: string | null;
  before: string | null;
}

function value(params: URLSearchParams, name: string): string | null {
  return params.get(name)?.trim() || null;
}

/** A slug or code as the API has them; anything else cannot match and is dropped. */
function slugValue(params: URLSearchParams, name: string): string | null {
  const slug = value(params, name)?.toLowerCase() ?? null;
  return slug && /^[a-z0-9][a-z0-9-]{0,79}$/.test(slug) ? slug : null;
}

export function readDirectoryParams(params: URLSearchParams): DirectoryParams {
  return {
    kind: kindByWord.get(slugValue(params, param.kind) ?? "") ?? null,
    // Municipalities and profiles are checked by the API: an unknown one simply matches nothing.
    municipality: slugValue(params, param.municipality),
    profile: slugValue(params, param.profile),
    // The API refuses text filters over 200 characters.
    text: value(params, param.text)?.slice(0, 200) ?? null,
    after: value(params, param.after),
    before: value(params, param.after) ? null : value(params, param.before),
  };
}

export function toApiFilter(params: DirectoryParams): OrganisationFilter {
  return {
    ...(params.kind ? { kinds: [params.kind] } : {}),
    ...(params.municipality ? { municipalities: [params.municipality] } : {}),
    ...(params.profile ? { profiles: [params.profile.toUpperCase()] } : {}),
    ...(params.text ? { text: params.text } : {}),
  };
}

/** Paging variables for the API: forwards after a cursor, backwards before one. */
export function toApiPage(params: DirectoryParams) {
  if (params.before) return { last: PAGE_SIZE, before: params.before };
  return { first: PAGE_SIZE, after: params.after };
}

/** The address of the directory with these filters and an optional cursor, filters first. */
export function directoryHref(params: DirectoryParams, page: { after?: string; before?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.kind) search.set(param.kind, organisationKinds[params.kind].url);
  if (params.municipality) search.set(param.municipality, params.municipality);
  if (params.profile) search.set(param.profile, params.profile);
  if (params.text) search.set(param.text, params.text);
  if (page.after) search.set(param.after, page.after);
  if (page.before) search.set(param.before, page.before);
  const query = search.toString();
  return query ? `/organisaties?${query}` : "/organisaties";
}

export function hasFilters(params: DirectoryParams): boolean {
  return Boolean(params.kind || params.municipality || params.profile || params.text);
}
