// API answers for the widget tests: one school with something in every section, and events.
import type { EmbedAanbodQuery } from "$lib/graphql/generated/graphql";
import type { EmbedEvent } from "$lib/embed/widget-data";

type School = NonNullable<EmbedAanbodQuery["organisation"]>;

export const SITE = "http://loket.test";
export const WEB = "http://localhost:3000";

export function school(overrides: Partial<School> = {}): School {
  return {
    slug: "aadal-college",
    name: "Aadal College",
    url: `${WEB}/organisaties/aadal-college`,
    hasTechlab: true,
    email: "info@aadalcollege.example",
    phone: null,
    profiles: [
      { code: "BWI", name: "Bouwen, Wonen en Interieur", technical: true },
      { code: "ZW", name: "Zorg en Welzijn", technical: false },
    ],
    gtProgrammes: [{ slug: "technologie-en-toepassing", name: "Technologie en Toepassing" }],
    offerings: [
      { slug: "techlab-7-8", title: "Techlab voor groep 7 en 8", kind: "TECHLAB_SESSION", summary: "3D-printen.", audiences: [{ sector: "PRIMARY" }] },
      { slug: "gastles-po", title: "Gastles bouwen", kind: "GUEST_LESSON", summary: "In de klas.", audiences: [{ sector: "PRIMARY" }] },
      { slug: "keuzevak-domotica", title: "Keuzevak Domotica", kind: "ELECTIVE", summary: "Slimme installaties.", audiences: [{ sector: "VMBO_BOVENBOUW" }] },
    ],
    roles: [
      { kind: "SCHAKELFUNCTIONARIS", person: { name: "Fatima Timmermans", jobTitle: "Docent techniek", workEmail: "f.timmermans@aadalcollege.example", workPhone: null } },
      { kind: "HYBRID_TEACHER", person: { name: "Priya van de Ven", jobTitle: null, workEmail: null, workPhone: null } },
    ],
    outgoingLinks: [{ to: { slug: "plaatwerk-peelrand", name: "Plaatwerk Peelrand", city: "Boekel", url: `${WEB}/organisaties/plaatwerk-peelrand` } }],
    challengeParticipations: [
      { challenge: { slug: "robot-aan-de-productielijn", title: "Robot aan de productielijn", summary: "Sorteren.", status: "OPEN", company: { name: "Koeltechniek Frisline" } } },
    ],
    ...overrides,
  };
}

export const event: EmbedEvent = {
  id: "RXZlbnQ6MQ==",
  slug: "techniekmarkt-veghel-2027-01-21",
  title: "Techniekmarkt Veghel",
  startsAt: "2027-01-21T17:00:00.000Z",
  endsAt: "2027-01-21T20:00:00.000Z",
  allDay: false,
  status: "PUBLISHED",
  kind: "TECHNIEKMARKT",
  url: `${WEB}/agenda/techniekmarkt-veghel-2027-01-21`,
  venue: { name: "Sportcentrum Het Aaveld", city: "Veghel" },
};

export const edges = (...nodes: EmbedEvent[]) => ({ edges: nodes.map((node) => ({ node })) });

/** The part of a RequestEvent the /embed routes use. */
export function widgetRequest(path: string, headers: Record<string, string> = {}) {
  const url = new URL(path, SITE);
  return { url, fetch: globalThis.fetch, request: new Request(url, { headers }) };
}
