// The agenda's query string speaks Dutch: ?soort=techniekmarkt&voor=basisonderwijs. These maps
// give each API enum value its word in the URL; url-values.test.ts checks them against the schema,
// so a new kind in the API fails the tests until it has a word here.
import type { AudienceSector, EventKind } from "$lib/graphql/generated/graphql";

/** Query parameter names, in the order they are written into a URL. */
export const param = {
  kind: "soort",
  period: "wanneer",
  from: "van",
  to: "tot",
  municipality: "gemeente",
  place: "plaats",
  radius: "afstand",
  sector: "voor",
  audience: "doelgroep",
  profile: "profiel",
  actionLine: "actielijn",
  theme: "thema",
  text: "tekst",
  organisation: "organisatie",
  view: "weergave",
  month: "maand",
  after: "na",
  before: "terug",
} as const;

export const kindBySlug: Readonly<Record<string, EventKind>> = {
  techniekmarkt: "TECHNIEKMARKT",
  techlab: "TECHLAB_SESSION",
  bedrijfsbezoek: "COMPANY_VISIT",
  gastles: "GUEST_LESSON",
  challenge: "CHALLENGE",
  netwerkbijeenkomst: "NETWORK_MEETING",
  training: "TRAINING",
  "open-dag": "OPEN_DAY",
  workshop: "WORKSHOP",
  overig: "OTHER",
};

export const sectorBySlug: Readonly<Record<string, AudienceSector>> = {
  basisonderwijs: "PRIMARY",
  "vmbo-onderbouw": "VMBO_ONDERBOUW",
  "vmbo-bovenbouw": "VMBO_BOVENBOUW",
  mbo: "MBO",
  praktijkonderwijs: "PRAKTIJKONDERWIJS",
  vso: "VSO",
  docenten: "TEACHERS",
  ouders: "PARENTS",
  bedrijven: "COMPANIES",
};

function invert<T extends string>(map: Readonly<Record<string, T>>): Readonly<Record<T, string>> {
  return Object.fromEntries(Object.entries(map).map(([slug, value]) => [value, slug])) as Record<T, string>;
}

export const slugOfKind = invert(kindBySlug);
export const slugOfSector = invert(sectorBySlug);

/** The radius choices of the distance filter, in km; the first is not the default. */
export const radiusChoices = [5, 10, 25, 50] as const;
export const DEFAULT_RADIUS_KM = 10;

/** The API refuses longer search texts. */
export const MAX_TEXT_LENGTH = 200;
