// Adding an organisation, for the region's moderators and platform admins. Its editors are added
// afterwards with setEditor; its slug comes from its name and stays.
import { builder } from "../../builder.ts";
import { recordChange } from "../../audit.ts";
import { db } from "../../db.ts";
import { ForbiddenError, NotFoundError, ValidationError, type FieldProblem } from "../../errors.ts";
import { coordinatesOf } from "../../geocoding/geocoder.ts";
import { withUniqueSlug } from "../../unique-slug.ts";
import { existing } from "../vocabulary/tags.ts";
import { CreateOrganisationInput, type CreateOrganisationInputShape } from "./create-input.ts";
import { Organisation } from "./types.ts";

/** The refusals of links a field-by-field schema cannot see: the school and the municipality must be the region's. */
async function checkPlace(input: CreateOrganisationInputShape, regionId: number) {
  const problems: FieldProblem[] = [];
  if (input.parent) {
    const parent = await db.organisation.findUnique({ where: { id: Number(input.parent.id) }, select: { regionId: true, parentId: true } });
    if (!parent || parent.regionId !== regionId) problems.push({ path: ["input", "parent"], message: "parent must be an organisation in the same region" });
    else if (parent.parentId !== null) problems.push({ path: ["input", "parent"], message: "parent must be a school, not one of its locations" });
  }
  if (input.municipality) {
    const municipality = await db.municipality.findUnique({ where: { id: Number(input.municipality.id) }, select: { regionId: true } });
    if (municipality?.regionId !== regionId) problems.push({ path: ["input", "municipality"], message: "municipality must be one of the region's" });
  }
  if (problems.length) throw new ValidationError(problems);
}

builder.mutationFields((t) => ({
  createOrganisation: t.prismaField({
    type: Organisation,
    description: "Adds an organisation (a school, a location of one, a company, a partner) to a region. For the region's moderators and platform admins.",
    args: { input: t.arg({ type: CreateOrganisationInput, required: true, description: "The new organisation." }) },
    authScopes: (_root, args) => ({ moderateRegion: Number(args.input.region.id) }),
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError],
      directResult: true,
      union: { name: "CreateOrganisationResult", description: "The new organisation, or why adding it failed." },
    },
    resolve: async (query, _root, { input }, { viewer }) => {
      const regionId = Number(input.region.id);
      if (!(await db.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw new NotFoundError("Region");
      await checkPlace(input, regionId);
      const { profile } = input;
      // Asked before the transaction; typed coordinates win, and a geocoder that is down leaves none.
      const point = await coordinatesOf(profile);
      const name = input.name.trim();
      const created = await withUniqueSlug(
        name,
        "organisatie",
        async (base) => (await db.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
        (slug) =>
          db.$transaction(async (tx) => {
            const profiles = await existing("profiles", profile.profiles, (codes) => tx.profile.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }), "code");
            const after = await tx.organisation.create({
              data: {
                slug,
                name,
                kind: input.kind,
                regionId,
                parentId: input.parent ? Number(input.parent.id) : null,
                municipalityId: input.municipality ? Number(input.municipality.id) : null,
                description: profile.description?.trim() ?? "",
                website: profile.website ?? null,
                email: profile.email?.trim().toLowerCase() ?? null,
                phone: profile.phone ?? null,
                street: profile.street?.trim() || null,
                postalCode: profile.postalCode?.toUpperCase().replace(/^(\d{4})\s?/, "$1 ") ?? null,
                city: profile.city?.trim() || null,
                latitude: point.latitude,
                longitude: point.longitude,
                hasTechlab: profile.hasTechlab ?? false,
                profiles: { connect: profiles },
              },
              include: { profiles: { select: { code: true } } },
            });
            await recordChange(tx, viewer!, { action: "organisation.create", subjectType: "Organisation", subjectId: after.id, regionId, after });
            return after;
          }),
      );
      return db.organisation.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
