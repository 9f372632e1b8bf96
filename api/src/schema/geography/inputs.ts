// What platform admins send for a region and its municipalities.
import { z } from "zod";
import { builder } from "../../builder.ts";

export const RegionInput = builder.inputType("RegionInput", {
  description: "A region's name and description. Its slug is made from the name when it is created, and stays.",
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "The region's name, e.g. Noordoost-Brabant.",
      validate: z.string().trim().min(2, "name must be at least 2 characters").max(100, "name must be at most 100 characters"),
    }),
    description: t.string({
      required: false,
      description: "What the regional network does (Dutch, plain text).",
      validate: z.string().max(5000, "description must be at most 5000 characters").nullish(),
    }),
  }),
});

export type RegionInputShape = typeof RegionInput.$inferInput;

export const MunicipalityInput = builder.inputType("MunicipalityInput", {
  description: "A municipality to add to a region.",
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "Its official name, e.g. 's-Hertogenbosch.",
      validate: z.string().trim().min(2, "name must be at least 2 characters").max(100, "name must be at most 100 characters"),
    }),
    cbsCode: t.string({
      required: true,
      description: "Its CBS code: GM and four digits, e.g. GM0796. A code belongs to one municipality.",
      validate: z.string().trim().regex(/^GM\d{4}$/i, "cbsCode must be GM and four digits, e.g. GM0796"),
    }),
  }),
});
