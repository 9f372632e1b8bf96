// The agenda's query string speaks Dutch: ?soort=techniekmarkt&voor=basisonderwijs. The words for
// the API's enum values come from lib/enum-words.ts, with the widget's keywords and the labels.
import { audienceSectors, eventKinds, valueByWord } from "$lib/enum-words";
import type { SignupMode } from "$lib/graphql/generated/graphql";

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
  access: "toegang",
  view: "weergave",
  month: "maand",
  after: "na",
  before: "terug",
} as const;

/** URL word -> API value: ?soort=techlab is TECHLAB_SESSION. */
// Pure: pages that only need the parameter names do not carry the word tables.
export const kindByWord = /* @__PURE__ */ valueByWord(eventKinds, "url");
export const sectorByWord = /* @__PURE__ */ valueByWord(audienceSectors, "url");

/** The radius choices of the distance filter, in km; the first is not the default. */
export const radiusChoices = [5, 10, 25, 50] as const;
export const DEFAULT_RADIUS_KM = 10;

/** The API refuses longer search texts. */
export const MAX_TEXT_LENGTH = 200;

/**
 * ?toegang=: events by how one takes part. Without it the agenda shows what a visitor can go to;
 * sessions by invitation only (a school's class in a Techlab) are on the schools' own pages.
 */
export const accessModes = {
  open: ["NONE", "PLATFORM", "EXTERNAL"],
  aanmelden: ["PLATFORM", "EXTERNAL"],
  vrij: ["NONE"],
  alles: null,
} as const satisfies Record<string, readonly SignupMode[] | null>;

export type Access = keyof typeof accessModes;
export const DEFAULT_ACCESS: Access = "open";
export const accessByWord = (word: string): Access | undefined => (Object.hasOwn(accessModes, word) ? (word as Access) : undefined);

export const accessLabels: Record<Access, string> = {
  open: "Alles waar je heen kunt",
  aanmelden: "Aanmelden mogelijk",
  vrij: "Vrij toegankelijk, zonder aanmelden",
  alles: "Ook sessies op uitnodiging",
};
