import { builder } from "../../builder.ts";
import { recordChange } from "../../audit.ts";
import { db } from "../../db.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../errors.ts";
import { coordinatesOf } from "../../geocoding/geocoder.ts";
import { lockRow } from "../../versions.ts";
import { imageToAttach } from "../images/service.ts";
import { existing } from "../vocabulary/tags.ts";
import { OrganisationInput } from "./inputs.ts";
import { Organisation } from "./types.ts";

builder.mutationFields((t) => ({
  updateOrganisation: t.prismaField({
    type: Organisation,
    description: "Replaces an organisation's public profile. A save over a newer `version` is a ConflictError.",
    args: {
      id: t.arg.globalID({ for: Organisation, required: true, description: "The organisation (global ID)." }),
      version: t.arg.int({ required: true, description: "The organisation's `version` as loaded." }),
      input: t.arg({ type: OrganisationInput, required: true, description: "The new profile." }),
    },
    authScopes: (_root, args) => ({ editOrganisation: Number(args.id.id) }),
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, ConflictError],
      directResult: true,
      union: { name: "UpdateOrganisationResult", description: "The organisation, or why saving its profile failed." },
    },
    resolve: async (query, _root, { id: globalId, version, input }, { viewer }) => {
      const id = Number(globalId.id);
      // Asked before the transaction, so no row stays locked while the geocoder answers.
      const point = await coordinatesOf(input);
      await db.$transaction(async (tx) => {
        await lockRow(tx, "Organisation", id, version);
        const snapshot = { include: { profiles: { select: { code: true } } } } as const;
        const before = await tx.organisation.findUniqueOrThrow({ where: { id }, ...snapshot });
        const profiles = await existing("profiles", input.profiles, (codes) => tx.profile.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }), "code");
        const attach = (field: "imageId" | "logoId", current: number | null) =>
          imageToAttach(tx, viewer!, input[field], { path: ["input", field], current, regionId: before.regionId });
        const imageId = await attach("imageId", before.imageId);
        const logoId = await attach("logoId", before.logoId);
        const after = await tx.organisation.update({
          where: { id },
          data: {
            description: input.description?.trim() ?? "",
            website: input.website ?? null,
            email: input.email?.trim().toLowerCase() ?? null,
            phone: input.phone ?? null,
            street: input.street?.trim() || null,
            postalCode: input.postalCode?.toUpperCase().replace(/^(\d{4})\s?/, "$1 ") ?? null,
            city: input.city?.trim() || null,
            latitude: point.latitude,
            longitude: point.longitude,
            hasTechlab: input.hasTechlab ?? false,
            imageId,
            logoId,
            profiles: { set: profiles },
            version: { increment: 1 },
          },
          ...snapshot,
        });
        await recordChange(tx, viewer!, { action: "organisation.update", subjectType: "Organisation", subjectId: id, regionId: after.regionId, before, after });
      });
      return db.organisation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
