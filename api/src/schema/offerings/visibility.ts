// What the public sees of the offering, the one rule every path applies: lists, slugs, node(id),
// an organisation's or action line's offering, and the offering an event belongs to.
import type { Prisma } from "@techniek-loket/db/client";

/** Active offerings only; an organisation switches off what it no longer offers. */
export const publicOffering = { active: true } satisfies Prisma.OfferingWhereInput;

/** The same rule for an offering already loaded, where a relation cannot filter (a to-one relation). */
export const isPublicOffering = (offering: { active: boolean }) => offering.active;
