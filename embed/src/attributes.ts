// The attributes of <techniek-aanbod> are the widget's public API: schools paste them into pages
// we never see, so a wrong value must not break the page. The parser never throws: it falls back
// to a default and reports a warning that names the attribute.

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

export const LANGS = ["nl", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const LAYOUTS = ["compact", "full"] as const;
export type Layout = (typeof LAYOUTS)[number];

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface WidgetOptions {
  /** `school` (required): the school's slug, e.g. `het-hooghuis`. null when missing or invalid. */
  school: string | null;
  /** `sections`: comma-separated, in the order given. Default: all, in the order of SECTIONS. */
  sections: Section[];
  /** `events`: how many upcoming events to show, 0-20. Default 3. */
  events: number;
  /** `lang`: language of the widget's own texts, `nl` or `en`. Default `nl`. */
  lang: Lang;
  /** `layout`: `compact` or `full`. Default `full`. */
  layout: Layout;
  /** `heading-level`: level of the widget's top headings, 2-6 (the host page owns h1). Default 2. */
  headingLevel: HeadingLevel;
}

export const DEFAULTS: Readonly<WidgetOptions> = Object.freeze({
  school: null,
  sections: [...SECTIONS],
  events: 3,
  lang: "nl",
  layout: "full",
  headingLevel: 2,
});

/** The attributes the parser reads, as written in HTML. */
export const ATTRIBUTES = ["school", "sections", "events", "lang", "layout", "heading-level"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface AttributeWarning {
  attribute: AttributeName;
  message: string;
}

export interface ParsedAttributes {
  options: WidgetOptions;
  warnings: AttributeWarning[];
}

/** Anything attributes can be read from; an Element is one. */
export interface AttributeSource {
  getAttribute(name: string): string | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * Reads the widget's options from its attributes. Values are trimmed; keywords are matched without
 * regard to case. Unknown or invalid values fall back to the default with a warning; numbers
 * outside their range are clamped to it.
 */
export function parseAttributes(source: AttributeSource): ParsedAttributes {
  const warnings: AttributeWarning[] = [];
  const warn = (attribute: AttributeName, message: string) => warnings.push({ attribute, message });
  const read = (name: AttributeName) => source.getAttribute(name)?.trim() ?? null;

  return {
    options: {
      school: parseSchool(read("school"), warn),
      sections: parseSections(read("sections"), warn),
      events: parseInteger("events", read("events"), 0, 20, DEFAULTS.events, warn),
      lang: parseKeyword("lang", read("lang"), LANGS, DEFAULTS.lang, warn),
      layout: parseKeyword("layout", read("layout"), LAYOUTS, DEFAULTS.layout, warn),
      headingLevel: parseInteger("heading-level", read("heading-level"), 2, 6, DEFAULTS.headingLevel, warn) as HeadingLevel,
    },
    warnings,
  };
}

type Warn = (attribute: AttributeName, message: string) => void;

function parseSchool(value: string | null, warn: Warn): string | null {
  if (!value) {
    warn("school", 'is required: the slug of a school, e.g. school="het-hooghuis"');
    return null;
  }
  if (!SLUG.test(value)) {
    warn("school", `"${value}" is not a slug (lowercase letters, digits and single hyphens)`);
    return null;
  }
  return value;
}

function parseSections(value: string | null, warn: Warn): Section[] {
  if (value === null) return [...DEFAULTS.sections];
  const sections: Section[] = [];
  for (const raw of value.split(",")) {
    const name = raw.trim().toLowerCase();
    if (!name) continue;
    if (!oneOf(SECTIONS, name)) {
      warn("sections", `unknown section "${raw.trim()}" ignored; known: ${SECTIONS.join(", ")}`);
    } else if (!sections.includes(name)) {
      sections.push(name);
    }
  }
  if (sections.length === 0) {
    warn("sections", "no known section given; showing all");
    return [...DEFAULTS.sections];
  }
  return sections;
}

function parseInteger(
  attribute: AttributeName,
  value: string | null,
  min: number,
  max: number,
  fallback: number,
  warn: Warn,
): number {
  if (value === null) return fallback;
  if (!/^[+-]?\d+$/.test(value)) {
    warn(attribute, `"${value}" is not a whole number from ${min} to ${max}; using ${fallback}`);
    return fallback;
  }
  const number = Number(value);
  if (number < min || number > max) {
    const clamped = Math.min(max, Math.max(min, number));
    warn(attribute, `${value} is outside ${min}-${max}; using ${clamped}`);
    return clamped;
  }
  return number;
}

function parseKeyword<T extends string>(
  attribute: AttributeName,
  value: string | null,
  allowed: readonly T[],
  fallback: T,
  warn: Warn,
): T {
  if (value === null) return fallback;
  const keyword = value.toLowerCase();
  if (oneOf(allowed, keyword)) return keyword;
  warn(attribute, `unknown value "${value}"; use ${allowed.join(" or ")}; using ${fallback}`);
  return fallback;
}
