// The attributes of <techniek-aanbod> are the widget's public API: schools paste them into pages
// we never see, so a wrong value must not break the page. The parser never throws: it falls back
// to a default and reports a warning that names the attribute. The server (web's /embed routes)
// runs it on the query, which mirrors the attributes, and the loader prints its warnings, so the
// rules live in one place and the loader stays small.
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

export { LANGS, LAYOUTS, type AttributeSource, type AttributeWarning, type HeadingLevel, type Lang, type Layout } from "./attribute-parsing";

/** The parts of a school's offering the widget can show. */
export const SECTIONS = [
  "profiles", // bovenbouw profiles (BWI, PIE, M&T, MVI, ...)
  "techlab", // the school's Techlab
  "primary", // what it offers primary schools
  "electives", // electives and talent lessons
  "challenges", // regional challenges it takes part in
  "partners", // partner companies
  "events", // upcoming events
  "contact", // contact people
] as const;
export type Section = (typeof SECTIONS)[number];

export interface WidgetOptions extends CommonOptions {
  /** `school` (required): the school's slug, e.g. `het-hooghuis`. null when missing or invalid. */
  school: string | null;
  /** `sections`: comma-separated, in the order given. Default: all, in the order of SECTIONS. */
  sections: Section[];
  /** `events`: how many upcoming events to show, 0-20. Default 3. */
  events: number;
}

export const DEFAULTS: Readonly<WidgetOptions> = Object.freeze({
  school: null,
  sections: [...SECTIONS],
  events: 3,
  ...COMMON_DEFAULTS,
});

/** The attributes the parser reads, as written in HTML. */
export const ATTRIBUTES = ["school", "sections", "events", "lang", "layout", "heading-level"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface ParsedAttributes {
  options: WidgetOptions;
  warnings: AttributeWarning[];
}

/**
 * Reads the widget's options from its attributes. Values are trimmed; keywords are matched without
 * regard to case. Unknown or invalid values fall back to the default with a warning; numbers
 * outside their range are clamped to it.
 */
export function parseAttributes(source: AttributeSource): ParsedAttributes {
  const { warnings, warn, read } = reader(source);
  return {
    options: {
      school: parseSchool(read("school"), warn),
      sections: parseSections(read("sections"), warn),
      events: parseInteger("events", read("events"), 0, 20, DEFAULTS.events, warn),
      ...parseCommon(read, warn),
    },
    warnings,
  };
}

function parseSchool(value: string | null, warn: Warn): string | null {
  if (!value) {
    warn("school", 'is required: the slug of a school, e.g. school="het-hooghuis"');
    return null;
  }
  if (!isSlug(value)) {
    warn("school", `"${value}" is not a slug (lowercase letters, digits and single hyphens)`);
    return null;
  }
  return value;
}

function parseSections(value: string | null, warn: Warn): Section[] {
  if (value === null) return [...DEFAULTS.sections];
  const toSection = (item: string) => {
    const name = item.toLowerCase();
    return oneOf(SECTIONS, name) ? name : null;
  };
  const sections = parseList("sections", value, toSection, `known: ${SECTIONS.join(", ")}`, warn);
  if (sections.length > 0) return sections;
  warn("sections", "no known section given; showing all");
  return [...DEFAULTS.sections];
}
