// Sample data for the agenda's tests, shaped as the API returns it. Not used by the site.
import type { AgendaEvent } from "./events.server";
import type { AgendaVocabulary } from "./vocabulary";

export const vocabulary: AgendaVocabulary = {
  municipalities: [
    { slug: "oss", name: "Oss" },
    { slug: "s-hertogenbosch", name: "'s-Hertogenbosch" },
  ],
  audiences: [
    { code: "PO_GROUP_7", name: "Groep 7", sector: "PRIMARY" },
    { code: "PARENTS", name: "Ouders en verzorgers", sector: "PARENTS" },
  ],
  profiles: [{ code: "BWI", name: "Bouwen, Wonen en Interieur" }],
  actionLines: [{ number: 8, title: "Programmamanagement en regionale ontwikkelingen" }],
  themes: [{ slug: "robotica", name: "Robotica" }],
};

/** A summer evening (CEST, UTC+2). */
export const summerEvent: AgendaEvent = {
  id: "RXZlbnQ6MQ==",
  slug: "techniekmarkt-oss-2027-06-10",
  title: "Techniekmarkt Oss",
  summary: "Bedrijven & scholen laten zien hoe leuk techniek is; voor groep 7, 8 en ouders.",
  kind: "TECHNIEKMARKT",
  status: "PUBLISHED",
  cancellationReason: null,
  startsAt: "2027-06-10T16:00:00.000Z",
  endsAt: "2027-06-10T19:00:00.000Z",
  allDay: false,
  sequence: 0,
  updatedAt: "2026-11-11T14:00:00.000Z",
  image: null,
  venue: { name: "Sporthal De Rusheuvel", street: "Molenstraat 1", postalCode: "5341 AB", city: "Oss", latitude: 51.7654, longitude: 5.5176 },
  organisers: [{ organisation: { name: "Het Techniek Loket" } }, { organisation: { name: "Gemeente Oss" } }],
  signupMode: "NONE",
  audiences: [{ sector: "PRIMARY" }, { sector: "PARENTS" }, { sector: "PRIMARY" }],
  signupAvailability: null,
};

/** A cancelled winter afternoon (CET, UTC+1), changed twice. */
export const cancelledWinterEvent: AgendaEvent = {
  ...summerEvent,
  id: "RXZlbnQ6Mg==",
  slug: "workshop-drones-bouwen-cuijk-2027-01-08",
  title: "Workshop drones bouwen",
  summary: "Onderbouwleerlingen gaan drones bouwen.",
  kind: "WORKSHOP",
  status: "CANCELLED",
  cancellationReason: "Vanwege code oranje is de activiteit afgelast.",
  startsAt: "2027-01-08T12:00:00.000Z",
  endsAt: "2027-01-08T14:30:00.000Z",
  sequence: 2,
  updatedAt: "2026-11-22T11:00:00.000Z",
  venue: { name: "Maasheggen College Cuijk", street: "Molenstraat 35", postalCode: "5433 XP", city: "Cuijk", latitude: 51.7297, longitude: 5.8794 },
  organisers: [{ organisation: { name: "Maasheggen College" } }],
};

/** Monday to Friday, whole days, online. */
export const allDayEvent: AgendaEvent = {
  ...summerEvent,
  id: "RXZlbnQ6Mw==",
  slug: "techniekweek-2027-03-15",
  title: "Techniekweek Noordoost-Brabant",
  kind: "OTHER",
  startsAt: "2027-03-14T23:00:00.000Z",
  endsAt: "2027-03-19T23:00:00.000Z",
  allDay: true,
  venue: null,
};
