// The demo accounts (the README lists them): sign in with their address and the code from the
// local inbox. Work addresses on the reserved .example domain.
import type { Prisma } from "../generated/prisma/client.ts";

export const demoAccounts = {
  admin: "admin@techniekloket.example",
  moderator: "moderator@techniekloket.example",
  school: "school@techniekloket.example",
  company: "bedrijf@techniekloket.example",
} as const;

/** The organisations the demo editors keep: a vmbo school with Techlab, and a company. */
export const demoOrganisations = { school: "het-ambachtshuis", company: "warmtewerk-installaties" } as const;

export async function seedDemoAccounts(tx: Prisma.TransactionClient, regionSlug: string) {
  const organisation = (slug: string) => tx.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const region = await tx.region.findUniqueOrThrow({ where: { slug: regionSlug }, select: { id: true } });
  await tx.account.create({ data: { email: demoAccounts.admin, name: "Anouk Admin", platformAdmin: true } });
  await tx.account.create({
    data: { email: demoAccounts.moderator, name: "Maarten Moderator", moderatorships: { create: { regionId: region.id } } },
  });
  await tx.account.create({
    data: { email: demoAccounts.school, name: "Sanne Schakel", editorships: { create: { organisationId: (await organisation(demoOrganisations.school)).id, role: "ADMIN" } } },
  });
  await tx.account.create({
    data: { email: demoAccounts.company, name: "Bram Bedrijf", editorships: { create: { organisationId: (await organisation(demoOrganisations.company)).id, role: "EDITOR" } } },
  });
}
