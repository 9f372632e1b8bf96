// The widgets' own texts in both languages (`lang` attribute). Data from the network (names,
// titles, summaries) stays as the API gives it, in Dutch.
import {
  audienceSectorLabels,
  challengeStatusLabels,
  eventKindLabels,
  label,
  offeringKindLabels,
} from "$lib/labels";
import type { AudienceSector, ChallengeStatus, EventKind, OfferingKind } from "$lib/graphql/generated/graphql";
import type { Lang } from "./options";

const nl = {
  aanbodTitle: (name: string) => `Techniek bij ${name}`,
  agendaTitle: "Techniekagenda",
  profiles: "Technische profielen",
  gtProgrammes: "Praktijkgerichte programma's voor g/t-leerlingen",
  techlab: "Techlab",
  hasTechlab: (name: string) =>
    `${name} heeft een Techlab waar basisschoolleerlingen en onderbouwleerlingen techniek ontdekken.`,
  primary: "Voor basisscholen",
  electives: "Keuzevakken en talentlessen",
  challenges: "Regionale challenges",
  partners: "Partnerbedrijven",
  events: "Binnenkort",
  noEvents: "Er staan nu geen activiteiten gepland.",
  contact: "Contact",
  schakelfunctionaris: "Schakelfunctionaris voor basisscholen",
  email: "E-mail",
  phone: "Telefoon",
  cancelled: "Geannuleerd:",
  online: "Online",
  moreOn: "Meer op Het Techniek Loket",
  fullAgenda: "Bekijk de hele agenda",
  inMunicipalities: "In",
  forAudiences: "Voor",
  unknownSchool: "Deze school staat niet (meer) op Het Techniek Loket.",
  noSchool: "Dit overzicht weet niet welke school het moet tonen.",
  allOrganisations: "Bekijk alle organisaties op Het Techniek Loket",
  unavailable: "Dit overzicht kan nu niet worden getoond.",
  refused: "Dit overzicht kan met deze instellingen niet worden getoond.",
  seeOnSite: "Bekijk het op Het Techniek Loket",
};

export type Texts = typeof nl;

const en: Texts = {
  aanbodTitle: (name) => `Technology at ${name}`,
  agendaTitle: "Technology events",
  profiles: "Technical profiles",
  gtProgrammes: "Practical programmes for g/t pupils",
  techlab: "Techlab",
  hasTechlab: (name) => `${name} has a Techlab where primary pupils and lower-years pupils discover technology hands-on.`,
  primary: "For primary schools",
  electives: "Electives and talent lessons",
  challenges: "Regional challenges",
  partners: "Partner companies",
  events: "Coming up",
  noEvents: "No events are planned right now.",
  contact: "Contact",
  schakelfunctionaris: "Liaison for primary schools",
  email: "Email",
  phone: "Phone",
  cancelled: "Cancelled:",
  online: "Online",
  moreOn: "More on Het Techniek Loket",
  fullAgenda: "See the full agenda",
  inMunicipalities: "In",
  forAudiences: "For",
  unknownSchool: "This school is not (or no longer) on Het Techniek Loket.",
  noSchool: "This overview does not know which school to show.",
  allOrganisations: "See all organisations on Het Techniek Loket",
  unavailable: "This overview cannot be shown right now.",
  refused: "This overview cannot be shown with these settings.",
  seeOnSite: "See it on Het Techniek Loket",
};

export const texts: Record<Lang, Texts> = { nl, en };

type Labels = Readonly<Record<string, string>>;

// Each table names exactly the values of its enum (checked by the compiler), like labels.ts.
const englishLabels = {
  eventKind: {
    TECHNIEKMARKT: "Technology fair",
    TECHLAB_SESSION: "Techlab session",
    COMPANY_VISIT: "Company visit",
    GUEST_LESSON: "Guest lesson",
    CHALLENGE: "Challenge",
    NETWORK_MEETING: "Network meeting",
    TRAINING: "Training",
    OPEN_DAY: "Open day",
    WORKSHOP: "Workshop",
    OTHER: "Other",
  } satisfies Record<EventKind, string>,
  offeringKind: {
    TECHLAB_SESSION: "Techlab session",
    GUEST_LESSON: "Guest lesson",
    COMPANY_VISIT: "Company visit",
    INTERNSHIP: "Internship",
    ELECTIVE: "Elective",
    TALENT_LESSON: "Talent lessons",
    CHALLENGE: "Challenge",
    TRAINING: "Training",
    PROGRAMME: "Programme",
  } satisfies Record<OfferingKind, string>,
  challengeStatus: { PLANNED: "Announced", OPEN: "Open to join", RUNNING: "Running", COMPLETED: "Completed" } satisfies Record<ChallengeStatus, string>,
  audienceSector: {
    PRIMARY: "Primary education",
    VMBO_ONDERBOUW: "Vmbo lower years",
    VMBO_BOVENBOUW: "Vmbo upper years",
    MBO: "Mbo",
    PRAKTIJKONDERWIJS: "Praktijkonderwijs",
    VSO: "Special secondary education",
    TEACHERS: "Teachers",
    PARENTS: "Parents",
    COMPANIES: "Companies",
  } satisfies Record<AudienceSector, string>,
};

const dutchLabels: Record<keyof typeof englishLabels, Labels> = {
  eventKind: eventKindLabels,
  offeringKind: offeringKindLabels,
  challengeStatus: challengeStatusLabels,
  audienceSector: audienceSectorLabels,
};

/** The label of an API enum value in the widget's language; the raw value for an unknown one. */
export function enumLabel(lang: Lang, kind: keyof typeof englishLabels, value: string): string {
  return label(lang === "en" ? englishLabels[kind] : dutchLabels[kind], value);
}
