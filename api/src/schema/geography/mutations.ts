// Regions and their municipalities, kept by platform admins. A region's slug is made from its name
// once and stays, so links to it keep working when it is renamed.
import type { Prisma } from "@techniek-loket/db/client";
import { recordChange } from "../../audit.ts";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../../errors.ts";
import { isUniqueViolation, withUniqueSlug } from "../../unique-slug.ts";
import { MunicipalityInput, RegionInput } from "./inputs.ts";
import { Region } from "./types.ts";

const errors = (name: string, what: string) => ({
  types: [ValidationError, ForbiddenError, NotFoundError],
  directResult: true as const,
  union: { name, description: `The region, or why ${what} failed.` },
});

const snapshot = { include: { municipalities: { select: { name: true, cbsCode: true }, orderBy: { name: "asc" } } } } satisfies Prisma.RegionDefaultArgs;

const takenSlugs = (table: "region" | "municipality") => async (base: string) => {
  const rows = table === "region" ? await db.region.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }) : await db.municipality.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return rows.map((row) => row.slug);
};

builder.mutationFields((t) => ({
  createRegion: t.prismaField({
    type: Region,
    description: "Adds a region (a regional network) to the platform. For platform admins.",
    args: { input: t.arg({ type: RegionInput, required: true, description: "Its name and description." }) },
    authScopes: { platformAdmin: true },
    errors: errors("CreateRegionResult", "adding it"),
    resolve: async (query, _root, { input }, { viewer }) => {
      const created = await withUniqueSlug(input.name, "regio", takenSlugs("region"), (slug) =>
        db.$transaction(async (tx) => {
          const after = await tx.region.create({ data: { slug, name: input.name.trim(), description: input.description?.trim() ?? "" }, ...snapshot });
          await recordChange(tx, viewer!, { action: "region.create", subjectType: "Region", subjectId: after.id, regionId: after.id, after });
          return after;
        }),
      );
      return db.region.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateRegion: t.prismaField({
    type: Region,
    description: "Renames a region or changes its description; its slug stays. For platform admins.",
    args: {
      id: t.arg.globalID({ for: Region, required: true, description: "The region (global ID)." }),
      input: t.arg({ type: RegionInput, required: true, description: "Its new name and description." }),
    },
    authScopes: { platformAdmin: true },
    errors: errors("UpdateRegionResult", "changing it"),
    resolve: async (query, _root, { id: globalId, input }, { viewer }) => {
      const id = Number(globalId.id);
      await db.$transaction(async (tx) => {
        const before = await tx.region.findUnique({ where: { id }, ...snapshot });
        if (!before) throw new NotFoundError("Region");
        const after = await tx.region.update({ where: { id }, data: { name: input.name.trim(), description: input.description?.trim() ?? "" }, ...snapshot });
        await recordChange(tx, viewer!, { action: "region.update", subjectType: "Region", subjectId: id, regionId: id, before, after });
      });
      return db.region.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  addMunicipality: t.prismaField({
    type: Region,
    description: "Adds a municipality to a region. A CBS code that another municipality has is a ValidationError. For platform admins.",
    args: {
      region: t.arg.globalID({ for: Region, required: true, description: "The region (global ID)." }),
      input: t.arg({ type: MunicipalityInput, required: true, description: "The municipality's name and CBS code." }),
    },
    authScopes: { platformAdmin: true },
    errors: errors("AddMunicipalityResult", "adding the municipality"),
    resolve: async (query, _root, { region, input }, { viewer }) => {
      const regionId = Number(region.id);
      if (!(await db.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw new NotFoundError("Region");
      const cbsCode = input.cbsCode.trim().toUpperCase();
      const taken = await db.municipality.findUnique({ where: { cbsCode }, select: { name: true } });
      const refuse = (name: string) => new ValidationError([{ path: ["input", "cbsCode"], message: `cbsCode ${cbsCode} is already the code of ${name}` }]);
      if (taken) throw refuse(taken.name);
      try {
        await withUniqueSlug(input.name, "gemeente", takenSlugs("municipality"), (slug) =>
          db.$transaction(async (tx) => {
            const after = await tx.municipality.create({ data: { slug, name: input.name.trim(), cbsCode, regionId } });
            await recordChange(tx, viewer!, { action: "region.add-municipality", subjectType: "Region", subjectId: regionId, regionId, after });
          }),
        );
      } catch (error) {
        // Someone added the same code in the meantime.
        if (isUniqueViolation(error, "cbsCode")) throw refuse("another municipality");
        throw error;
      }
      return db.region.findUniqueOrThrow({ ...query, where: { id: regionId } });
    },
  }),
}));
