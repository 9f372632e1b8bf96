// The agenda's query string speaks Dutch: ?soort=techniekmarkt&voor=basisonderwijs. The words for
// the API's enum values come from lib/enum-words.ts, with the widget's keywords and the labels.
import { audienceSectors, eventKinds, valueByWord } from "$lib/enum-words";

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

/** URL word -> API value: ?soort=techlab is TECHLAB_SESSION. */
export const kindByWord = valueByWord(eventKinds, "url");
export const sectorByWord = valueByWord(audienceSectors, "url");

/** The radius choices of the distance filter, in km; the first is not the default. */
export const radiusChoices = [5, 10, 25, 50] as const;
export const DEFAULT_RADIUS_KM = 10;

/** The API refuses longer search texts. */
export const MAX_TEXT_LENGTH = 200;
