// Dutch names for the API's enum values, shared by every page. Each table must name exactly the
// values of its generated enum type, so a new enum value in the API fails `npm run typecheck` until
// it has a label. Values with words in addresses or widget attributes take their label from
// enum-words.ts, with those words.
import type {
  BookingRequestStatus,
  ChallengeStatus,
  EditorRole,
  EventStatus,
  Leerweg,
  OfferingKind,
  OrganisationLinkKind,
  OrganiserRole,
  RoleKind,
  SignupMode,
  SignupStatus,
} from "$lib/graphql/generated/graphql";
import { audienceSectors, eventKinds, labelsOf, organisationKinds } from "./enum-words";

type Labels = Readonly<Record<string, string>>;

export const eventKindLabels = labelsOf(eventKinds);

export const organisationKindLabels = labelsOf(organisationKinds);

export const offeringKindLabels = {
  TECHLAB_SESSION: "Techlab-sessie",
  GUEST_LESSON: "Gastles",
  COMPANY_VISIT: "Bedrijfsbezoek",
  INTERNSHIP: "Stage",
  ELECTIVE: "Keuzevak",
  TALENT_LESSON: "Talentles",
  CHALLENGE: "Challenge",
  TRAINING: "Training",
  PROGRAMME: "Programma",
} satisfies Record<OfferingKind, string>;

export const audienceSectorLabels = labelsOf(audienceSectors);

export const leerwegLabels = {
  BB: "basisberoepsgerichte leerweg",
  KB: "kaderberoepsgerichte leerweg",
  GL: "gemengde leerweg",
  TL: "theoretische leerweg",
} satisfies Record<Leerweg, string>;

export const signupModeLabels = {
  NONE: "Vrij toegankelijk, aanmelden is niet nodig",
  PLATFORM: "Aanmelden via deze site",
  EXTERNAL: "Aanmelden via de organisator",
  INVITATION: "Alleen op uitnodiging",
} satisfies Record<SignupMode, string>;

export const organiserRoleLabels = {
  ORGANISER: "Organisator",
  CO_ORGANISER: "Mede-organisator",
  HOST: "Gastheer",
} satisfies Record<OrganiserRole, string>;

export const organisationLinkKindLabels = {
  SERVES_PRIMARY_SCHOOL: "Werkt samen met basisschool",
  PARTNER_COMPANY: "Partnerbedrijf",
  MBO_PARTNER: "Mbo-partner",
  MUNICIPALITY_PARTNER: "Gemeente",
  OTHER: "Samenwerking",
} satisfies Record<OrganisationLinkKind, string>;

export const roleKindLabels = {
  SCHAKELFUNCTIONARIS: "Schakelfunctionaris",
  BEDRIJVENCONTACTFUNCTIONARIS: "Bedrijvencontactfunctionaris",
  PROGRAMME_MANAGER: "Programmamanager",
  HYBRID_TEACHER: "Hybride docent",
  CONTACT_PERSON: "Contactpersoon",
} satisfies Record<RoleKind, string>;

export const challengeStatusLabels = {
  PLANNED: "Aangekondigd",
  OPEN: "Aanmelden mogelijk",
  RUNNING: "Loopt",
  COMPLETED: "Afgerond",
} satisfies Record<ChallengeStatus, string>;

export const editorRoleLabels = {
  ADMIN: "Beheerder",
  EDITOR: "Redacteur",
} satisfies Record<EditorRole, string>;

/** Where an event stands, as its editors and moderators read it in /beheer. */
export const eventStatusLabels = {
  DRAFT: "Concept",
  SUBMITTED: "Ingediend",
  REJECTED: "Afgewezen",
  PUBLISHED: "Gepubliceerd",
  CANCELLED: "Geannuleerd",
} satisfies Record<EventStatus, string>;

/** The label of an enum value; the raw value if the API has one this site does not know yet. */
export const bookingRequestStatusLabels = {
  OPEN: "Wacht op antwoord",
  PROPOSED: "Andere datum voorgesteld",
  ACCEPTED: "Afgesproken",
  DECLINED: "Afgewezen",
  WITHDRAWN: "Ingetrokken",
} satisfies Record<BookingRequestStatus, string>;

/** Where a sign-up stands, as the person reads it on their manage page. */
export const signupStatusLabels = {
  CONFIRMED: "Aangemeld",
  WAITLISTED: "Op de wachtlijst",
  OFFERED: "Plaats aangeboden",
  CANCELLED: "Geannuleerd",
} satisfies Record<SignupStatus, string>;

/**
 * What is left of an event's seats, for its page and its card: "Nog 4 plaatsen", "Vol: wachtlijst
 * (3 wachtenden)"; null when capacity is unlimited (nothing worth saying).
 */
export function seatsLeftText(availability: { remaining?: number | null; waitingCount: number }): string | null {
  const { remaining, waitingCount } = availability;
  if (remaining == null) return null;
  if (remaining > 0) return remaining === 1 ? "Nog 1 plaats" : `Nog ${remaining} plaatsen`;
  return waitingCount ? `Vol, wachtlijst (${waitingCount} ${waitingCount === 1 ? "wachtende" : "wachtenden"})` : "Vol, wachtlijst";
}

export function label(labels: Labels, value: string): string {
  return labels[value] ?? value;
}
