// The directory's state lives in its address, in Dutch: ?soort=vmbo-school&gemeente=oss&profiel=pie.
// Unknown kinds and malformed values are ignored rather than refused: an old or hand-typed link
// still shows a list.
import type { OrganisationFilter, OrganisationKind } from "$lib/graphql/generated/graphql";

/** Page size of the directory. */
export const PAGE_SIZE = 24;

/** The Dutch address word for each kind of organisation. */
export const kindSlugs: Readonly<Record<OrganisationKind, string>> = {
  VMBO_SCHOOL: "vmbo-school",
  PRIMARY_SCHOOL: "basisschool",
  MBO_COLLEGE: "mbo",
  COMPANY: "bedrijf",
  PRAKTIJKONDERWIJS: "praktijkonderwijs",
  VSO: "vso",
  MUNICIPALITY: "gemeente",
  PARTNER: "partner",
};

const kindsBySlug = new Map(Object.entries(kindSlugs).map(([kind, slug]) => [slug, kind as OrganisationKind]));

export interface DirectoryParams {
  kind: OrganisationKind | null;
  /** Municipality slug, e.g. "oss". */
  municipality: string | null;
  /** Profile code in lower case, e.g. "pie". */
  profile: string | null;
  /** Words in the name or town. */
  text: string | null;
  /** Cursor: the page after this item (?na=) or before it (?voor=). */
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
    kind: kindsBySlug.get(slugValue(params, "soort") ?? "") ?? null,
    // Municipalities and profiles are checked by the API: an unknown one simply matches nothing.
    municipality: slugValue(params, "gemeente"),
    profile: slugValue(params, "profiel"),
    // The API refuses text filters over 200 characters.
    text: value(params, "zoek")?.slice(0, 200) ?? null,
    after: value(params, "na"),
    before: value(params, "na") ? null : value(params, "voor"),
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
  if (params.kind) search.set("soort", kindSlugs[params.kind]);
  if (params.municipality) search.set("gemeente", params.municipality);
  if (params.profile) search.set("profiel", params.profile);
  if (params.text) search.set("zoek", params.text);
  if (page.after) search.set("na", page.after);
  if (page.before) search.set("voor", page.before);
  const query = search.toString();
  return query ? `/organisaties?${query}` : "/organisaties";
}

export function hasFilters(params: DirectoryParams): boolean {
  return Boolean(params.kind || params.municipality || params.profile || params.text);
}
