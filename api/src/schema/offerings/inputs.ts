// What editors send for an offering, and the rules it must keep.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { cappedList } from "../filters.ts";
import { LeerwegEnum } from "../vocabulary/enums.ts";
import { OfferingKindEnum } from "./enums.ts";
import { Image } from "../images/types.ts";

export const OfferingInput = builder.inputType("OfferingInput", {
  description: "An offering's details. On update they replace the offering's details as a whole.",
  fields: (t) => ({
    title: t.string({ required: true, description: "Title (Dutch)." }),
    summary: t.string({ required: false, description: "One or two sentences." }),
    description: t.string({ required: false, description: "Full description, plain text." }),
    kind: t.field({ type: OfferingKindEnum, required: true, description: "What kind of offering." }),
    active: t.boolean({ required: false, description: "Whether it is offered now (default true); false switches it off without deleting it." }),
    bookable: t.boolean({ required: false, description: "Whether schools can book it on request (default false)." }),
    bookingInfo: t.string({ required: false, description: "How to book it." }),
    bookingUrl: t.string({ required: false, description: "Where to book it.", }),
    durationMinutes: t.int({ required: false, description: "Typical duration in minutes." }),
    maxGroupSize: t.int({ required: false, description: "Largest group it takes." }),
    costCents: t.int({ required: false, description: "Cost in euro cents; 0 is free; omit when on request." }),
    leerwegen: t.field({ type: [LeerwegEnum], required: false, description: "For vmbo audiences: the learning paths it suits (empty: all)." }),
    audiences: t.stringList({ required: false, description: "Audience codes." }),
    profiles: t.stringList({ required: false, description: "Profile codes." }),
    actionLines: t.intList({ required: false, description: "Action line numbers 1-8." }),
    themes: t.stringList({ required: false, description: "Theme slugs." }),
    imageId: t.globalID({ for: Image, required: false, description: "Its picture: an image from uploadImage (global ID); null or omitted for none." }),
  }),
  // One schema for the whole input, so every bad field is reported at once.
  validate: z
    .object({
      title: z.string().trim().min(3, "title must be at least 3 characters").max(200, "title must be at most 200 characters"),
      summary: z.string().max(300, "summary must be at most 300 characters").nullish(),
      description: z.string().max(20000, "description must be at most 20000 characters").nullish(),
      bookingInfo: z.string().max(2000, "bookingInfo must be at most 2000 characters").nullish(),
      durationMinutes: z.number().int().min(5, "durationMinutes must be at least 5").max(100000).nullish(),
      maxGroupSize: z.number().int().min(1, "maxGroupSize must be at least 1").max(10000).nullish(),
      costCents: z.number().int().min(0, "costCents must not be negative").max(10_000_000).nullish(),
      audiences: cappedList("audiences"),
      profiles: cappedList("profiles"),
      actionLines: cappedList("actionLines"),
      themes: cappedList("themes"),
      bookingUrl: z.string().regex(/^https?:\/\/\S+$/i, "bookingUrl must be a web address starting with https://").max(2000).nullish(),
    })
    .loose(),
});

export type OfferingInputShape = typeof OfferingInput.$inferInput;
