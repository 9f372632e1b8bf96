// Every spelling of the API's enum values that people type or read: the Dutch word in the site's
// addresses (/agenda?soort=techlab), the widget's kebab-case keyword (<techniek-agenda
// kind="techlab-session">) and the Dutch label. One row per value, checked by the compiler against
// the types generated from api/schema.graphql: a new value in the API fails `npm run typecheck`
// until it has its words here, and a removed one fails until its row goes.
//
// The rows live in web, not in embed, because only web has the generated types, and because the
// widget's attributes are read by web (the /embed routes), not by the loader: embed's parser
// takes its keywords from here (lib/embed/options.ts).
import type { AudienceSector, EventKind, OrganisationKind } from "$lib/graphql/generated/graphql";

/** OPEN_DAY -> open-day: the widget's keywords are the API's values in kebab-case (embed/README.md). */
type KebabCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Lowercase<Head>}-${KebabCase<Tail>}` : Lowercase<S>;

interface SiteWords {
  /** The value in the site's addresses: lower case, Dutch, stable (links are shared). */
  url: string;
  label: string;
}

type WidgetWords<Value extends string> = { [V in Value]: SiteWords & { widget: KebabCase<V> } };

export const eventKinds = {
  TECHNIEKMARKT: { url: "techniekmarkt", widget: "techniekmarkt", label: "Techniekmarkt" },
  TECHLAB_SESSION: { url: "techlab", widget: "techlab-session", label: "Techlab-sessie" },
  COMPANY_VISIT: { url: "bedrijfsbezoek", widget: "company-visit", label: "Bedrijfsbezoek" },
  GUEST_LESSON: { url: "gastles", widget: "guest-lesson", label: "Gastles" },
  CHALLENGE: { url: "challenge", widget: "challenge", label: "Challenge" },
  NETWORK_MEETING: { url: "netwerkbijeenkomst", widget: "network-meeting", label: "Netwerkbijeenkomst" },
  TRAINING: { url: "training", widget: "training", label: "Training" },
  OPEN_DAY: { url: "open-dag", widget: "open-day", label: "Open dag" },
  WORKSHOP: { url: "workshop", widget: "workshop", label: "Workshop" },
  OTHER: { url: "overig", widget: "other", label: "Overig" },
} satisfies WidgetWords<EventKind>;

export const audienceSectors = {
  PRIMARY: { url: "basisonderwijs", widget: "primary", label: "Basisonderwijs" },
  VMBO_ONDERBOUW: { url: "vmbo-onderbouw", widget: "vmbo-onderbouw", label: "Vmbo onderbouw" },
  VMBO_BOVENBOUW: { url: "vmbo-bovenbouw", widget: "vmbo-bovenbouw", label: "Vmbo bovenbouw" },
  MBO: { url: "mbo", widget: "mbo", label: "Mbo" },
  PRAKTIJKONDERWIJS: { url: "praktijkonderwijs", widget: "praktijkonderwijs", label: "Praktijkonderwijs" },
  VSO: { url: "vso", widget: "vso", label: "Voortgezet speciaal onderwijs" },
  TEACHERS: { url: "docenten", widget: "teachers", label: "Docenten" },
  PARENTS: { url: "ouders", widget: "parents", label: "Ouders" },
  COMPANIES: { url: "bedrijven", widget: "companies", label: "Bedrijven" },
} satisfies WidgetWords<AudienceSector>;

/** The directory's kinds of organisation (/organisaties?soort=vmbo-school); no widget filters on them. */
export const organisationKinds = {
  VMBO_SCHOOL: { url: "vmbo-school", label: "Vmbo-school" },
  PRIMARY_SCHOOL: { url: "basisschool", label: "Basisschool" },
  MBO_COLLEGE: { url: "mbo", label: "Mbo" },
  COMPANY: { url: "bedrijf", label: "Bedrijf" },
  PRAKTIJKONDERWIJS: { url: "praktijkonderwijs", label: "Praktijkonderwijs" },
  VSO: { url: "vso", label: "Voortgezet speciaal onderwijs" },
  MUNICIPALITY: { url: "gemeente", label: "Gemeente" },
  PARTNER: { url: "partner", label: "Partner" },
} satisfies Record<OrganisationKind, SiteWords>;

/** The rows of a table in its (display) order, with their enum value. */
export function wordsOf<Value extends string, Words>(table: Record<Value, Words>): [Value, Words][] {
  return Object.entries(table) as [Value, Words][];
}

/** Reading a word back: "techlab" -> TECHLAB_SESSION. A Map, so "constructor" is no kind. */
export function valueByWord<Value extends string, Spelling extends string>(
  table: Record<Value, Record<Spelling, string>>,
  spelling: Spelling,
): ReadonlyMap<string, Value> {
  return new Map(wordsOf(table).map(([value, words]) => [words[spelling], value]));
}

/** The labels of a table, for `label()` in labels.ts. */
export function labelsOf<Value extends string>(table: Record<Value, SiteWords>): Record<Value, string> {
  return Object.fromEntries(wordsOf(table).map(([value, words]) => [value, words.label])) as Record<Value, string>;
}
