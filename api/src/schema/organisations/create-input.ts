// What a moderator sends to add an organisation: where it belongs (region, municipality, the school
// of a location), what it is, and its public profile as editors keep it (OrganisationInput).
import { z } from "zod";
import { builder } from "../../builder.ts";
import { Municipality, Region } from "../geography/types.ts";
import { OrganisationKindEnum } from "./enums.ts";
import { OrganisationInput } from "./inputs.ts";
import { Organisation } from "./types.ts";

export const CreateOrganisationInput = builder.inputType("CreateOrganisationInput", {
  description: "A new organisation: its place in the network, and its public profile.",
  fields: (t) => ({
    region: t.globalID({ for: Region, required: true, description: "The region it belongs to (global ID)." }),
    name: t.string({
      required: true,
      description: "Its name, e.g. Het Hooghuis, locatie Mondriaan. Its slug is made from it.",
      validate: z.string().trim().min(2, "name must be at least 2 characters").max(200, "name must be at most 200 characters"),
    }),
    kind: t.field({ type: OrganisationKindEnum, required: true, description: "What kind of organisation it is." }),
    parent: t.globalID({ for: Organisation, required: false, description: "For a location of a school: the school (global ID), in the same region." }),
    municipality: t.globalID({ for: Municipality, required: false, description: "The municipality of its address (global ID), one of the region's." }),
    profile: t.field({ type: OrganisationInput, required: true, description: "Its public profile, as updateOrganisation takes it." }),
  }),
});

export type CreateOrganisationInputShape = typeof CreateOrganisationInput.$inferInput;
