import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../errors.ts";
import { Organisation } from "../organisations/types.ts";
import { OfferingInput } from "./inputs.ts";
import { createOffering, updateOffering } from "./service.ts";
import { Offering } from "./types.ts";

const errors = (name: string, what: string) => ({
  types: [ValidationError, ForbiddenError, NotFoundError, ConflictError],
  directResult: true as const,
  union: { name, description: `The offering, or why ${what} failed.` },
});

builder.mutationFields((t) => ({
  createOffering: t.prismaField({
    type: Offering,
    description: "Adds an offering to an organisation the viewer edits.",
    args: {
      organisation: t.arg.globalID({ for: Organisation, required: true, description: "The offering organisation (global ID)." }),
      input: t.arg({ type: OfferingInput, required: true, description: "The offering's details." }),
    },
    authScopes: (_root, args) => ({ addOfferings: Number(args.organisation.id) }),
    errors: errors("CreateOfferingResult", "creating it"),
    resolve: async (query, _root, args, { viewer }) => {
      const { id } = await createOffering(viewer!, Number(args.organisation.id), args.input);
      return db.offering.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateOffering: t.prismaField({
    type: Offering,
    description: "Replaces an offering's details; `active: false` switches it off and `true` on again. A save over a newer `version` is a ConflictError.",
    args: {
      id: t.arg.globalID({ for: Offering, required: true, description: "The offering (global ID)." }),
      version: t.arg.int({ required: true, description: "The offering's `version` as loaded." }),
      input: t.arg({ type: OfferingInput, required: true, description: "The offering's new details." }),
    },
    authScopes: (_root, args) => ({ editOffering: Number(args.id.id) }),
    errors: errors("UpdateOfferingResult", "saving it"),
    resolve: async (query, _root, args, { viewer }) => {
      const { id } = await updateOffering(viewer!, Number(args.id.id), args.version, args.input);
      return db.offering.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
