// The attributes of <techniek-agenda>, the regional agenda for partners and municipalities. Same
// rules as attributes.ts: never throws, falls back with a warning that names the attribute. The
// filters map onto the API's EventFilter; whether a municipality or organisation exists is checked
// by the server against the API, since the list lives in the database.
import {
  COMMON_DEFAULTS,
  isSlug,
  oneOf,
  parseCommon,
  parseInteger,
  parseList,
  reader,
  type AttributeSource,
  type AttributeWarning,
  type CommonOptions,
  type Warn,
} from "./attribute-parsing";

/** `audience` values: the API's AudienceSector, in kebab-case. */
export const AUDIENCES = [
  "primary",
  "vmbo-onderbouw",
  "vmbo-bovenbouw",
  "mbo",
  "praktijkonderwijs",
  "vso",
  "teachers",
  "parents",
  "companies",
] as const;
export type AgendaAudience = (typeof AUDIENCES)[number];

/** `kind` values: the API's EventKind, in kebab-case. */
export const KINDS = [
  "techniekmarkt",
  "techlab-session",
  "company-visit",
  "guest-lesson",
  "challenge",
  "network-meeting",
  "training",
  "open-day",
  "workshop",
  "other",
] as const;
export type AgendaKind = (typeof KINDS)[number];

export interface AgendaOptions extends CommonOptions {
  /** `municipality`: comma-separated municipality slugs, e.g. `oss,bernheze`. Default: all. */
  municipalities: string[];
  /** `audience`: comma-separated audience sectors (AUDIENCES). Default: all. */
  audiences: AgendaAudience[];
  /** `kind`: comma-separated kinds of event (KINDS). Default: all. */
  kinds: AgendaKind[];
  /** `organisation`: slug of an organiser, its locations included. Default: all. */
  organisation: string | null;
  /** `limit`: how many events to show, 1-20. Default 5. */
  limit: number;
}

export const AGENDA_DEFAULTS: Readonly<AgendaOptions> = Object.freeze({
  municipalities: [],
  audiences: [],
  kinds: [],
  organisation: null,
  limit: 5,
  ...COMMON_DEFAULTS,
});

/** The attributes <techniek-agenda> reads, as written in HTML. */
export const AGENDA_ATTRIBUTES = ["municipality", "audience", "kind", "organisation", "limit", "lang", "layout", "heading-level"] as const;

export interface ParsedAgendaAttributes {
  options: AgendaOptions;
  warnings: AttributeWarning[];
}

/** Keywords in kebab-case; `_` is accepted for `-` so the API's spelling (OPEN_DAY) works too. */
function keywordOf<T extends string>(list: readonly T[]) {
  return (item: string): T | null => {
    const keyword = item.toLowerCase().replaceAll("_", "-");
    return oneOf(list, keyword) ? keyword : null;
  };
}

export function parseAgendaAttributes(source: AttributeSource): ParsedAgendaAttributes {
  const { warnings, warn, read } = reader(source);
  const slug = (item: string) => (isSlug(item.toLowerCase()) ? item.toLowerCase() : null);
  return {
    options: {
      municipalities: parseList("municipality", read("municipality"), slug, "use municipality slugs such as oss", warn),
      audiences: parseList("audience", read("audience"), keywordOf(AUDIENCES), `known: ${AUDIENCES.join(", ")}`, warn),
      kinds: parseList("kind", read("kind"), keywordOf(KINDS), `known: ${KINDS.join(", ")}`, warn),
      organisation: parseOrganisation(read("organisation"), warn),
      limit: parseInteger("limit", read("limit"), 1, 20, AGENDA_DEFAULTS.limit, warn),
      ...parseCommon(read, warn),
    },
    warnings,
  };
}

function parseOrganisation(value: string | null, warn: Warn): string | null {
  if (!value) return null;
  if (isSlug(value)) return value;
  warn("organisation", `"${value}" is not a slug (lowercase letters, digits and single hyphens); showing all organisations`);
  return null;
}
