// The attributes of <techniek-agenda>, the regional agenda for partners and municipalities. Same
// rules as attributes.ts: never throws, falls back with a warning that names the attribute. The
// filters map onto the API's EventFilter; whether a municipality or organisation exists is checked
// by the server against the API, since the list lives in the database.
//
// The keywords of `kind` and `audience` are the API's EventKind and AudienceSector in kebab-case.
// The caller passes them in (AgendaKeywords): web keeps them in lib/enum-words.ts, checked by the
// compiler against the schema's generated types, which embed does not have. The loader itself
// never parses attributes: it forwards them to web's /embed routes, which parse them with this.
import {
  COMMON_DEFAULTS,
  isSlug,
  parseCommon,
  parseInteger,
  parseList,
  reader,
  type AttributeSource,
  type AttributeWarning,
  type CommonOptions,
  type Warn,
} from "./attribute-parsing";

/** The keywords `kind` and `audience` accept, each with the API value it stands for. */
export interface AgendaKeywords<Kind extends string, Audience extends string> {
  kinds: ReadonlyMap<string, Kind>;
  audiences: ReadonlyMap<string, Audience>;
}

export interface AgendaOptions<Kind extends string = string, Audience extends string = string> extends CommonOptions {
  /** `municipality`: comma-separated municipality slugs, e.g. `oss,bernheze`. Default: all. */
  municipalities: string[];
  /** `audience`: comma-separated audience sectors, as the API values they stand for. Default: all. */
  audiences: Audience[];
  /** `kind`: comma-separated kinds of event, as the API values they stand for. Default: all. */
  kinds: Kind[];
  /** `organisation`: slug of an organiser, its locations included. Default: all. */
  organisation: string | null;
  /** `limit`: how many events to show, 1-20. Default 5. */
  limit: number;
}

export const AGENDA_DEFAULTS: Readonly<AgendaOptions<never, never>> = Object.freeze({
  municipalities: [],
  audiences: [],
  kinds: [],
  organisation: null,
  limit: 5,
  ...COMMON_DEFAULTS,
});

/** The attributes <techniek-agenda> reads, as written in HTML. */
export const AGENDA_ATTRIBUTES = ["municipality", "audience", "kind", "organisation", "limit", "lang", "layout", "heading-level"] as const;

export interface ParsedAgendaAttributes<Kind extends string, Audience extends string> {
  options: AgendaOptions<Kind, Audience>;
  warnings: AttributeWarning[];
}

/** Keywords in kebab-case; `_` is accepted for `-` so the API's spelling (OPEN_DAY) works too. */
function keywordOf<T extends string>(keywords: ReadonlyMap<string, T>) {
  return (item: string): T | null => keywords.get(item.toLowerCase().replaceAll("_", "-")) ?? null;
}

const knownKeywords = (keywords: ReadonlyMap<string, string>) => `known: ${[...keywords.keys()].join(", ")}`;

export function parseAgendaAttributes<Kind extends string, Audience extends string>(
  source: AttributeSource,
  keywords: AgendaKeywords<Kind, Audience>,
): ParsedAgendaAttributes<Kind, Audience> {
  const { warnings, warn, read } = reader(source);
  const slug = (item: string) => (isSlug(item.toLowerCase()) ? item.toLowerCase() : null);
  return {
    options: {
      municipalities: parseList("municipality", read("municipality"), slug, "use municipality slugs such as oss", warn),
      audiences: parseList("audience", read("audience"), keywordOf(keywords.audiences), knownKeywords(keywords.audiences), warn),
      kinds: parseList("kind", read("kind"), keywordOf(keywords.kinds), knownKeywords(keywords.kinds), warn),
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
