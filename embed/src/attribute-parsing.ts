// Building blocks for the widgets' attribute parsers (attributes.ts, agenda-attributes.ts).
// Attributes are pasted into pages we never see, so nothing here throws: a bad value falls back to
// a default and reports a warning that names the attribute.

export interface AttributeWarning {
  /** The attribute as written in HTML, e.g. `heading-level`. */
  attribute: string;
  message: string;
}

/** Anything attributes can be read from: an Element, or a URL's query (see web/src/lib/embed). */
export interface AttributeSource {
  getAttribute(name: string): string | null;
}

export type Warn = (attribute: string, message: string) => void;

export const LANGS = ["nl", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const LAYOUTS = ["compact", "full"] as const;
export type Layout = (typeof LAYOUTS)[number];

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** A whole number in [min, max]; clamped when outside, the fallback when not a whole number. */
export function parseInteger(
  attribute: string,
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

/** One keyword of a fixed list, without regard to case. */
export function parseKeyword<T extends string>(
  attribute: string,
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

/**
 * A comma-separated list, in the order given, without repeats or empty items. `accept` normalises
 * an item or returns null for one it does not know; unknown items are skipped with a warning each.
 */
export function parseList<T extends string>(
  attribute: string,
  value: string | null,
  accept: (item: string) => T | null,
  known: string,
  warn: Warn,
): T[] {
  if (value === null) return [];
  const items: T[] = [];
  for (const raw of value.split(",")) {
    const item = raw.trim();
    if (!item) continue;
    const accepted = accept(item);
    if (accepted === null) warn(attribute, `unknown value "${item}" ignored; ${known}`);
    else if (!items.includes(accepted)) items.push(accepted);
  }
  return items;
}

/** The options every widget shares. */
export interface CommonOptions {
  /** `lang`: language of the widget's own texts, `nl` or `en`. Default `nl`. */
  lang: Lang;
  /** `layout`: `compact` or `full`. Default `full`. */
  layout: Layout;
  /** `heading-level`: level of the widget's top heading, 2-6 (the host page owns h1). Default 2. */
  headingLevel: HeadingLevel;
}

export const COMMON_DEFAULTS: Readonly<CommonOptions> = Object.freeze({ lang: "nl", layout: "full", headingLevel: 2 });

export function parseCommon(read: (name: string) => string | null, warn: Warn): CommonOptions {
  return {
    lang: parseKeyword("lang", read("lang"), LANGS, COMMON_DEFAULTS.lang, warn),
    layout: parseKeyword("layout", read("layout"), LAYOUTS, COMMON_DEFAULTS.layout, warn),
    headingLevel: parseInteger("heading-level", read("heading-level"), 2, 6, COMMON_DEFAULTS.headingLevel, warn) as HeadingLevel,
  };
}

/** Reads trimmed attribute values and collects warnings. */
export function reader(source: AttributeSource) {
  const warnings: AttributeWarning[] = [];
  const warn: Warn = (attribute, message) => warnings.push({ attribute, message });
  const read = (name: string) => source.getAttribute(name)?.trim() ?? null;
  return { warnings, warn, read };
}
