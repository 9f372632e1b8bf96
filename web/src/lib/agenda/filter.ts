// The agenda's state as it lives in the URL: parsing a query string into a filter (ignoring what
// it cannot use, with a short Dutch notice) and writing a filter back. The two round-trip, so a
// shared link shows the same selection. Values from the API's vocabularies (municipalities,
// audiences, ...) are only checked for their form here; vocabulary.ts checks they exist.
import type { AudienceSector, EventKind } from "$lib/graphql/generated/graphql";
import { periodPresets, type PeriodPreset } from "./periods";
import { audienceSectors, eventKinds } from "$lib/enum-words";
import { DEFAULT_ACCESS, DEFAULT_RADIUS_KM, MAX_TEXT_LENGTH, accessByWord, kindByWord, param, radiusChoices, sectorByWord, type Access } from "./url-values";
import { parseDate, parseMonth } from "$lib/time";

export interface AgendaFilter {
  kinds: EventKind[];
  period: PeriodPreset | null;
  /** First day (YYYY-MM-DD), inclusive. */
  from: string | null;
  /** Last day (YYYY-MM-DD), inclusive: "tot en met". */
  to: string | null;
  municipality: string | null;
  /** A town or postcode, resolved to a point by the API's `locate`. */
  place: string | null;
  radiusKm: number;
  sectors: AudienceSector[];
  /** Audience codes, e.g. PO_GROUP_7. */
  audiences: string[];
  /** Profile code, e.g. BWI. */
  profile: string | null;
  actionLine: number | null;
  /** Theme slug, e.g. robotica. */
  theme: string | null;
  text: string | null;
  /** Slug of an organiser; its locations count too. */
  organisation: string | null;
  /** How one takes part; by default what a visitor can go to (no invitation-only sessions). */
  access: Access;
}

export type AgendaView = "lijst" | "maand";

export interface AgendaQuery {
  filter: AgendaFilter;
  view: AgendaView;
  /** The month of the calendar view, YYYY-MM. */
  month: string | null;
  /** Paging cursors: the page after `after`, or the page before `before`. */
  after: string | null;
  before: string | null;
}

export const emptyFilter: AgendaFilter = {
  kinds: [],
  period: null,
  from: null,
  to: null,
  municipality: null,
  place: null,
  radiusKm: DEFAULT_RADIUS_KM,
  sectors: [],
  audiences: [],
  profile: null,
  actionLine: null,
  theme: null,
  text: null,
  organisation: null,
  access: DEFAULT_ACCESS,
};

const CODE = /^[A-Z0-9_]{1,40}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CURSOR = /^[A-Za-z0-9+/=_-]{1,200}$/;

function quote(value: string): string {
  return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
}

export function ignoredNotice(name: string, value: string, reason = "die waarde kennen we niet"): string {
  return `We hebben ${quote(value)} bij "${name}" genegeerd: ${reason}.`;
}

/** Reads the agenda's query string. Never throws: what it cannot use, it reports in `notices`. */
export function parseAgendaQuery(params: URLSearchParams): { query: AgendaQuery; notices: string[] } {
  const notices: string[] = [];
  const all = (name: string) => params.getAll(name).map((v) => v.trim()).filter(Boolean);
  const one = (name: string) => all(name)[0] ?? null;

  /** Values of a repeatable parameter mapped through `read`; unknown ones are reported. */
  function many<T>(name: string, read: (value: string) => T | undefined): T[] {
    const values: T[] = [];
    for (const raw of all(name)) {
      const value = read(raw);
      if (value === undefined) notices.push(ignoredNotice(name, raw));
      else if (!values.includes(value)) values.push(value);
    }
    return values;
  }
  function single<T>(name: string, read: (value: string) => T | undefined, reason?: string): T | null {
    const raw = one(name);
    if (raw === null) return null;
    const value = read(raw);
    if (value === undefined) notices.push(ignoredNotice(name, raw, reason));
    return value ?? null;
  }
  const matching = (pattern: RegExp, normalise: (v: string) => string) => (raw: string) => {
    const value = normalise(raw);
    return pattern.test(value) ? value : undefined;
  };

  const filter: AgendaFilter = {
    ...emptyFilter,
    kinds: many(param.kind, (v) => kindByWord.get(v.toLowerCase())),
    period: single(param.period, (v) => periodPresets.find((p) => p === v)),
    from: single(param.from, parseDate, "dat is geen geldige datum"),
    to: single(param.to, parseDate, "dat is geen geldige datum"),
    municipality: single(param.municipality, matching(SLUG, (v) => v.toLowerCase())),
    place: one(param.place)?.slice(0, 100) ?? null,
    sectors: many(param.sector, (v) => sectorByWord.get(v.toLowerCase())),
    audiences: many(param.audience, matching(CODE, (v) => v.toUpperCase())),
    profile: single(param.profile, matching(CODE, (v) => v.toUpperCase())),
    actionLine: single(param.actionLine, (v) => (/^[1-9]\d?$/.test(v) ? Number(v) : undefined)),
    theme: single(param.theme, matching(SLUG, (v) => v.toLowerCase())),
    text: one(param.text),
    organisation: single(param.organisation, matching(SLUG, (v) => v.toLowerCase())),
    access: single(param.access, (v) => accessByWord(v.toLowerCase())) ?? DEFAULT_ACCESS,
  };

  const radius = single(param.radius, (v) => radiusChoices.find((r) => String(r) === v), "kies 5, 10, 25 of 50 km");
  if (radius !== null) filter.radiusKm = radius;

  if (filter.from && filter.to && filter.from > filter.to) {
    [filter.from, filter.to] = [filter.to, filter.from];
    notices.push("De einddatum lag voor de begindatum; we hebben ze omgedraaid.");
  }
  if (filter.text && filter.text.length > MAX_TEXT_LENGTH) {
    filter.text = filter.text.slice(0, MAX_TEXT_LENGTH);
    notices.push(`We zoeken op de eerste ${MAX_TEXT_LENGTH} tekens van je zoektekst.`);
  }

  const view: AgendaView = one(param.view) === "maand" ? "maand" : "lijst";
  const month = single(param.month, parseMonth, "gebruik de vorm 2027-03");
  const cursor = (v: string) => (CURSOR.test(v) ? v : undefined);
  const after = single(param.after, cursor, "dat is geen geldige paginalink");
  const before = after ? null : single(param.before, cursor, "dat is geen geldige paginalink");

  return { query: { filter, view, month, after, before }, notices };
}

/** The query string of a filter, parameters in a fixed order; defaults are left out. */
export function agendaSearchParams(filter: AgendaFilter, extra: Partial<Omit<AgendaQuery, "filter">> = {}): URLSearchParams {
  const params = new URLSearchParams();
  const add = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== "") params.append(name, String(value));
  };
  for (const kind of filter.kinds) add(param.kind, eventKinds[kind].url);
  add(param.period, filter.period);
  add(param.from, filter.from);
  add(param.to, filter.to);
  add(param.municipality, filter.municipality);
  add(param.place, filter.place);
  if (filter.place && filter.radiusKm !== DEFAULT_RADIUS_KM) add(param.radius, filter.radiusKm);
  for (const sector of filter.sectors) add(param.sector, audienceSectors[sector].url);
  for (const audience of filter.audiences) add(param.audience, audience.toLowerCase());
  add(param.profile, filter.profile?.toLowerCase());
  add(param.actionLine, filter.actionLine);
  add(param.theme, filter.theme);
  add(param.text, filter.text);
  add(param.organisation, filter.organisation);
  if (filter.access !== DEFAULT_ACCESS) add(param.access, filter.access);
  if (extra.view === "maand") add(param.view, "maand");
  add(param.month, extra.month);
  add(param.after, extra.after);
  add(param.before, extra.before);
  return params;
}

/** A path with the filter's query string, e.g. agendaHref("/agenda.ics", filter). */
export function agendaHref(path: string, filter: AgendaFilter, extra: Partial<Omit<AgendaQuery, "filter">> = {}): string {
  const search = agendaSearchParams(filter, extra).toString();
  return search ? `${path}?${search}` : path;
}

/** Whether any condition narrows the agenda. */
export function hasConditions(filter: AgendaFilter): boolean {
  return agendaSearchParams(filter).size > 0;
}
