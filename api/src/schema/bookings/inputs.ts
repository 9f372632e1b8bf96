// What a requester sends for a booking, and what the provider answers: their GraphQL inputs and
// the rules they must keep. Rules that need the offering (its largest group) are in the service.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { Offering } from "../offerings/types.ts";
import { Organisation } from "../organisations/types.ts";
import { MAX_EVENT_DAYS } from "../events/filter.ts";
import { BookingResponseActionEnum } from "./enums.ts";
import { BookingRequest } from "./types.ts";

const optionalText = (name: string, max: number) => z.string().max(max, `${name} must be at most ${max} characters`).nullish();
const message = z.string().trim().min(3, "message must be at least 3 characters").max(2000, "message must be at most 2000 characters");

/** The largest group anyone books; an offering's own maximum is checked beside it. */
export const MAX_GROUP_SIZE = 1000;

export const RequestBookingInput = builder.inputType("RequestBookingInput", {
  description: "A teacher's request for a bookable offering for one group. Work contact data only; never pupils' names or data.",
  fields: (t) => ({
    offeringId: t.globalID({ for: Offering, required: true, description: "The bookable offering (global ID)." }),
    preferredDates: t.string({ required: true, description: "Preferred dates or a period, in the requester's words, e.g. \"dinsdagen in maart\"." }),
    groupSize: t.int({ required: true, description: "How many people come, pupils and teachers; at most the offering's `maxGroupSize` when it has one." }),
    groupLabel: t.string({ required: false, description: "The group, e.g. \"groep 7b\" or \"2 vmbo\"." }),
    organisationId: t.globalID({ for: Organisation, required: false, description: "The requester's school from the directory (global ID); or give `organisationName`." }),
    organisationName: t.string({ required: false, description: "The requester's school or organisation, when it is not in the directory." }),
    name: t.string({ required: true, description: "The requester's name." }),
    email: t.string({ required: true, description: "The requester's work e-mail address; the manage link is sent there." }),
    phone: t.string({ required: false, description: "A work phone number." }),
    remark: t.string({ required: false, description: "Anything the provider should know (Dutch)." }),
    acceptedPrivacyStatement: t.boolean({ required: true, description: "Whether the requester accepted the privacy statement (/privacy); must be true." }),
  }),
  // One schema for the whole input, so every bad field is reported at once.
  validate: z
    .object({
      preferredDates: z.string().trim().min(3, "preferredDates must be at least 3 characters").max(500, "preferredDates must be at most 500 characters"),
      groupSize: z.number().int().min(1, "groupSize must be at least 1").max(MAX_GROUP_SIZE, `groupSize must be at most ${MAX_GROUP_SIZE}`),
      groupLabel: optionalText("groupLabel", 50),
      organisationName: optionalText("organisationName", 200),
      name: z.string().trim().min(2, "name must be at least 2 characters").max(200, "name must be at most 200 characters"),
      email: z.string().trim().max(254, "email must be at most 254 characters").regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "email must be an e-mail address"),
      phone: z.string().regex(/^[+\d][\d\s()-]{5,24}$/, "phone must be a phone number such as 0412 123 456").nullish(),
      remark: optionalText("remark", 2000),
      acceptedPrivacyStatement: z.literal(true, "acceptedPrivacyStatement must be true: the privacy statement must be accepted"),
      organisationId: z.unknown().nullish(),
    })
    .loose()
    // `when`: checked also when other fields are wrong, so every problem is reported at once.
    .refine((input) => Boolean(input.organisationId || input.organisationName?.trim()), {
      path: ["organisationName"],
      message: "give organisationId or organisationName: the requester's school",
      when: () => true,
    }),
});

export type RequestBookingInputShape = typeof RequestBookingInput.$inferInput;

export const RespondToBookingRequestInput = builder.inputType("RespondToBookingRequestInput", {
  description: "The providing organisation's answer to an open booking request.",
  fields: (t) => ({
    id: t.globalID({ for: BookingRequest, required: true, description: "The booking request (global ID)." }),
    action: t.field({ type: BookingResponseActionEnum, required: true, description: "Accept, propose another date, or decline." }),
    startsAt: t.field({ type: "DateTime", required: false, description: "Start of the session (ACCEPT, PROPOSE); in the future." }),
    endsAt: t.field({ type: "DateTime", required: false, description: `End of the session (ACCEPT, PROPOSE): after the start, at most ${MAX_EVENT_DAYS} days later.` }),
    message: t.string({ required: false, description: "A message for the requester (Dutch); required to propose or decline." }),
  }),
  validate: z
    .object({ action: z.string(), startsAt: z.date().nullish(), endsAt: z.date().nullish(), message: message.nullish() })
    .loose()
    .superRefine((input, context) => {
      const problem = (path: string, text: string) => context.addIssue({ code: "custom", path: [path], message: text });
      if (input.action !== "DECLINE") {
        if (!input.startsAt) problem("startsAt", "startsAt is required to accept or propose");
        else if (input.startsAt.getTime() <= Date.now()) problem("startsAt", "startsAt must be in the future");
        if (!input.endsAt) problem("endsAt", "endsAt is required to accept or propose");
        else if (input.startsAt && input.endsAt <= input.startsAt) problem("endsAt", "endsAt must be after startsAt");
        else if (input.startsAt && input.endsAt.getTime() - input.startsAt.getTime() > MAX_EVENT_DAYS * 86_400_000) problem("endsAt", `a session lasts at most ${MAX_EVENT_DAYS} days`);
      }
      if (input.action !== "ACCEPT" && !input.message) problem("message", "message is required to propose another date or decline");
    }),
});

export type RespondToBookingRequestShape = typeof RespondToBookingRequestInput.$inferInput;
