// How an organisation's data falls into the sections of its page. Every section is optional:
// the page shows only those with content, so a company page has no Techlab and a primary school
// no partner companies, without the page asking what kind it is.
import type { OrganisationLinkKind } from "$lib/graphql/generated/graphql";

interface Offering {
  audiences: readonly { sector: string }[];
}

/** What a school offers primary schools apart; the rest is its other offering. */
export function splitOffering<T extends Offering>(offerings: readonly T[]): { forPrimary: T[]; other: T[] } {
  const forPrimary = offerings.filter((offering) => offering.audiences.some((a) => a.sector === "PRIMARY"));
  return { forPrimary, other: offerings.filter((offering) => !forPrimary.includes(offering)) };
}

interface Role {
  kind: string;
}

/** The schakelfunctionaris gets a section of its own; other roles are contacts. */
export function splitRoles<T extends Role>(roles: readonly T[]): { schakelfunctionarissen: T[]; contacts: T[] } {
  return {
    schakelfunctionarissen: roles.filter((role) => role.kind === "SCHAKELFUNCTIONARIS"),
    contacts: roles.filter((role) => role.kind !== "SCHAKELFUNCTIONARIS"),
  };
}

interface LinkedOrganisation {
  slug: string;
  name: string;
  city?: string | null;
}

interface Links {
  outgoingLinks: readonly { kind: OrganisationLinkKind; note: string; to: LinkedOrganisation }[];
  incomingLinks: readonly { kind: OrganisationLinkKind; note: string; from: LinkedOrganisation }[];
}

export interface LinkGroup {
  /** Stable id for the section's heading. */
  id: string;
  heading: string;
  organisations: (LinkedOrganisation & { note: string })[];
}

type Direction = "outgoing" | "incoming" | "both";

// A link reads differently from each end: a school's partner company sees the school as its
// partner school. Order here is the order on the page.
const groups: readonly { id: string; heading: string; direction: Direction; kind: OrganisationLinkKind }[] = [
  { id: "partnerbedrijven", heading: "Partnerbedrijven", direction: "outgoing", kind: "PARTNER_COMPANY" },
  { id: "mbo-partner", heading: "Mbo-partner", direction: "outgoing", kind: "MBO_PARTNER" },
  { id: "basisscholen", heading: "Samenwerkende basisscholen", direction: "outgoing", kind: "SERVES_PRIMARY_SCHOOL" },
  { id: "vmbo-school", heading: "Samenwerking met het vmbo", direction: "incoming", kind: "SERVES_PRIMARY_SCHOOL" },
  { id: "partnerscholen", heading: "Partnerscholen", direction: "incoming", kind: "PARTNER_COMPANY" },
  { id: "vmbo-partners", heading: "Samenwerkende vmbo-scholen", direction: "incoming", kind: "MBO_PARTNER" },
  { id: "gemeente", heading: "Gemeente", direction: "outgoing", kind: "MUNICIPALITY_PARTNER" },
  { id: "ondersteunde-scholen", heading: "Ondersteunde scholen", direction: "incoming", kind: "MUNICIPALITY_PARTNER" },
  { id: "samenwerkingen", heading: "Andere samenwerkingen", direction: "both", kind: "OTHER" },
];

/** The organisation's links as titled lists, without empty ones. */
export function linkGroups(organisation: Links): LinkGroup[] {
  return groups
    .map(({ id, heading, direction, kind }) => ({
      id,
      heading,
      organisations: [
        ...(direction === "incoming" ? [] : organisation.outgoingLinks)
          .filter((link) => link.kind === kind)
          .map((link) => ({ ...link.to, note: link.note })),
        ...(direction === "outgoing" ? [] : organisation.incomingLinks)
          .filter((link) => link.kind === kind)
          .map((link) => ({ ...link.from, note: link.note })),
      ],
    }))
    .filter((group) => group.organisations.length > 0);
}
