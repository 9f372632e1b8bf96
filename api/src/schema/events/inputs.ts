// What editors send for an event: its GraphQL input and the rules it must keep. The database's own
// constraints (end after start, at most 31 days) are checked here first, so the editor gets the
// reason on the field instead of a database error.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { cappedList } from "../filters.ts";
import { LeerwegEnum } from "../vocabulary/enums.ts";
import { EventKindEnum, SignupModeEnum } from "./enums.ts";
import { MAX_EVENT_DAYS } from "./filter.ts";
import { Image } from "../images/types.ts";

const text = (name: string, max: number) => z.string().max(max, `${name} must be at most ${max} characters`).nullish();
const httpUrl = (name: string) =>
  z
    .string()
    .max(2000, `${name} must be at most 2000 characters`)
    .regex(/^https?:\/\/\S+$/i, `${name} must be a web address starting with https://`)
    .nullish();

export const VenueInput = builder.inputType("VenueInput", {
  description: "Where an event happens: an address. An identical address of the organisation is reused.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Name of the place, e.g. the school or hall." }),
    street: t.string({ required: false, description: "Street and number." }),
    postalCode: t.string({ required: false, description: "Dutch postcode, e.g. 5341 AB.", }),
    city: t.string({ required: true, description: "Town or city." }),
    latitude: t.float({ required: false, description: "WGS 84 latitude." }),
    longitude: t.float({ required: false, description: "WGS 84 longitude." }),
  }),
  validate: z
    .object({
      name: z.string().trim().min(2, "name is required").max(200),
      street: text("street", 200),
      city: z.string().trim().min(2, "city is required").max(100),
      latitude: z.number().min(-90).max(90).nullish(),
      longitude: z.number().min(-180).max(180).nullish(),
      postalCode: z.string().regex(/^\d{4}\s?[A-Za-z]{2}$/, "postalCode must be a Dutch postcode such as 5341 AB").nullish(),
    })
    .loose(),
});

export const EventInput = builder.inputType("EventInput", {
  description: "An event's details. On update they replace the event's details as a whole.",
  fields: (t) => ({
    title: t.string({ required: true, description: "Title (Dutch)." }),
    summary: t.string({ required: false, description: "One or two sentences for lists." }),
    description: t.string({ required: false, description: "Full description, plain text." }),
    kind: t.field({ type: EventKindEnum, required: true, description: "What kind of event." }),
    startsAt: t.field({ type: "DateTime", required: true, description: "Start." }),
    endsAt: t.field({ type: "DateTime", required: true, description: `End: after the start, at most ${MAX_EVENT_DAYS} days later.` }),
    allDay: t.boolean({ required: false, description: "Whether it lasts whole days." }),
    venue: t.field({ type: VenueInput, required: false, description: "Where it happens; omit for an online event." }),
    onlineUrl: t.string({ required: false, description: "Link for online participation." }),
    coOrganisers: t.globalIDList({ required: false, description: "Other organisations organising it (global IDs)." }),
    audiences: t.stringList({ required: false, description: "Audience codes, e.g. PO_GROUP_7." }),
    leerwegen: t.field({ type: [LeerwegEnum], required: false, description: "For vmbo audiences: the learning paths it suits (empty: all)." }),
    profiles: t.stringList({ required: false, description: "Profile codes: BWI, PIE, MT, MVI, ..." }),
    actionLines: t.intList({ required: false, description: "Action line numbers 1-8." }),
    themes: t.stringList({ required: false, description: "Theme slugs, e.g. robotica." }),
    capacity: t.int({ required: false, description: "Maximum participants; omit for no limit." }),
    signupMode: t.field({ type: SignupModeEnum, required: false, description: "Whether and how to sign up (default NONE)." }),
    signupUrl: t.string({ required: false, description: "Where to sign up, when signupMode is EXTERNAL." }),
    signupOpensAt: t.field({ type: "DateTime", required: false, description: "When sign-up opens." }),
    signupClosesAt: t.field({ type: "DateTime", required: false, description: "When sign-up closes." }),
    costCents: t.int({ required: false, description: "Cost per participant in euro cents (default 0)." }),
    imageId: t.globalID({ for: Image, required: false, description: "Its picture: an image from uploadImage (global ID); null or omitted for none." }),
  }),
  // One schema for the whole input, so every bad field is reported at once.
  validate: z
    .object({
      title: z.string().trim().min(3, "title must be at least 3 characters").max(200, "title must be at most 200 characters"),
      summary: text("summary", 300),
      description: text("description", 20000),
      onlineUrl: httpUrl("onlineUrl"),
      coOrganisers: cappedList("coOrganisers"),
      audiences: cappedList("audiences"),
      profiles: cappedList("profiles"),
      actionLines: cappedList("actionLines"),
      themes: cappedList("themes"),
      capacity: z.number().int().min(1, "capacity must be at least 1").max(100000).nullish(),
      signupUrl: httpUrl("signupUrl"),
      costCents: z.number().int().min(0, "costCents must not be negative").max(1_000_000).nullish(),
      startsAt: z.date(),
      endsAt: z.date(),
      signupMode: z.string().nullish(),
      signupOpensAt: z.date().nullish(),
      signupClosesAt: z.date().nullish(),
      venue: z.unknown().nullish(),
    })
    .loose()
    .superRefine((input, context) => {
      const problem = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
      if (input.endsAt <= input.startsAt) problem("endsAt", "endsAt must be after startsAt");
      else if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_EVENT_DAYS * 86_400_000) problem("endsAt", `an event lasts at most ${MAX_EVENT_DAYS} days`);
      if (input.signupMode === "EXTERNAL" && !input.signupUrl) problem("signupUrl", "signupUrl is required when signupMode is EXTERNAL");
      if (input.signupOpensAt && input.signupClosesAt && input.signupClosesAt <= input.signupOpensAt) problem("signupClosesAt", "signupClosesAt must be after signupOpensAt");
      if (input.signupClosesAt && input.signupClosesAt > input.endsAt) problem("signupClosesAt", "signupClosesAt must not be after the event ends");
      if (!input.venue && !input.onlineUrl) problem("venue", "give a venue, or an onlineUrl for an online event");
    }),
});

export type EventInputShape = typeof EventInput.$inferInput;
