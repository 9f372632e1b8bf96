// Dutch names for the API's enum values, shared by every page. labels.test.ts checks them against
// api/schema.graphql, so a new enum value in the API fails the tests until it has a label.
type Labels = Readonly<Record<string, string>>;

export const eventKindLabels: Labels = {
  TECHNIEKMARKT: "Techniekmarkt",
  TECHLAB_SESSION: "Techlab-sessie",
  COMPANY_VISIT: "Bedrijfsbezoek",
  GUEST_LESSON: "Gastles",
  CHALLENGE: "Challenge",
  NETWORK_MEETING: "Netwerkbijeenkomst",
  TRAINING: "Training",
  OPEN_DAY: "Open dag",
  WORKSHOP: "Workshop",
  OTHER: "Overig",
};

export const organisationKindLabels: Labels = {
  VMBO_SCHOOL: "Vmbo-school",
  PRIMARY_SCHOOL: "Basisschool",
  MBO_COLLEGE: "Mbo",
  COMPANY: "Bedrijf",
  PRAKTIJKONDERWIJS: "Praktijkonderwijs",
  VSO: "Voortgezet speciaal onderwijs",
  MUNICIPALITY: "Gemeente",
  PARTNER: "Partner",
};

export const offeringKindLabels: Labels = {
  TECHLAB_SESSION: "Techlab-sessie",
  GUEST_LESSON: "Gastles",
  COMPANY_VISIT: "Bedrijfsbezoek",
  INTERNSHIP: "Stage",
  ELECTIVE: "Keuzevak",
  TALENT_LESSON: "Talentles",
  CHALLENGE: "Challenge",
  TRAINING: "Training",
  PROGRAMME: "Programma",
};

export const audienceSectorLabels: Labels = {
  PRIMARY: "Basisonderwijs",
  VMBO_ONDERBOUW: "Vmbo onderbouw",
  VMBO_BOVENBOUW: "Vmbo bovenbouw",
  MBO: "Mbo",
  PRAKTIJKONDERWIJS: "Praktijkonderwijs",
  VSO: "Voortgezet speciaal onderwijs",
  TEACHERS: "Docenten",
  PARENTS: "Ouders",
  COMPANIES: "Bedrijven",
};

export const leerwegLabels: Labels = {
  BB: "basisberoepsgerichte leerweg",
  KB: "kaderberoepsgerichte leerweg",
  GL: "gemengde leerweg",
  TL: "theoretische leerweg",
};

export const signupModeLabels: Labels = {
  NONE: "Vrij toegankelijk, aanmelden is niet nodig",
  PLATFORM: "Aanmelden via deze site",
  EXTERNAL: "Aanmelden via de organisator",
  INVITATION: "Alleen op uitnodiging",
};

export const organiserRoleLabels: Labels = {
  ORGANISER: "Organisator",
  CO_ORGANISER: "Mede-organisator",
  HOST: "Gastheer",
};

export const organisationLinkKindLabels: Labels = {
  SERVES_PRIMARY_SCHOOL: "Werkt samen met basisschool",
  PARTNER_COMPANY: "Partnerbedrijf",
  MBO_PARTNER: "Mbo-partner",
  MUNICIPALITY_PARTNER: "Gemeente",
  OTHER: "Samenwerking",
};

export const roleKindLabels: Labels = {
  SCHAKELFUNCTIONARIS: "Schakelfunctionaris",
  BEDRIJVENCONTACTFUNCTIONARIS: "Bedrijvencontactfunctionaris",
  PROGRAMME_MANAGER: "Programmamanager",
  HYBRID_TEACHER: "Hybride docent",
  CONTACT_PERSON: "Contactpersoon",
};

export const challengeStatusLabels: Labels = {
  PLANNED: "Aangekondigd",
  OPEN: "Aanmelden mogelijk",
  RUNNING: "Loopt",
  COMPLETED: "Afgerond",
};

/** The label of an enum value; the raw value if the API has one this site does not know yet. */
export function label(labels: Labels, value: string): string {
  return labels[value] ?? value;
}
