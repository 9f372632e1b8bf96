// What a person sends to sign up, and its rules. An adult signs up, for themselves or a group: a
// group is a size and a label such as "groep 7b", never pupils' names or data.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { Organisation } from "../organisations/types.ts";
import { Event } from "../events/types.ts";

export const MAX_GROUP_SIZE = 500;

const optionalText = (name: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${name} must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);

export const groupSizeRule = z
  .number()
  .int()
  .min(1, "groupSize must be at least 1")
  .max(MAX_GROUP_SIZE, `groupSize must be at most ${MAX_GROUP_SIZE}`);

export const emailRule = z.string().trim().max(254, "email must be at most 254 characters").email("email is not an e-mail address");

export const SignUpForEventInput = builder.inputType("SignUpForEventInput", {
  description: "A sign-up for an event. No account is needed; the manage token in the answer (and in the mail) is the key to it.",
  fields: (t) => ({
    eventId: t.globalID({ for: Event, required: true, description: "The event (global ID)." }),
    name: t.string({ required: true, description: "Who signs up: an adult (teacher, professional, parent), 2 to 200 characters." }),
    email: t.string({ required: true, description: "Their e-mail address; one sign-up per address and event (signing up again returns the existing one)." }),
    organisationId: t.globalID({ for: Organisation, required: false, description: "Their organisation from the directory, e.g. the school." }),
    organisationName: t.string({ required: false, description: "Their organisation as text, when it is not in the directory." }),
    groupLabel: t.string({ required: false, description: "The group, e.g. \"groep 7b\". Never pupils' names." }),
    groupSize: t.int({ required: true, description: `Seats: the people who come, pupils and adults (1 to ${MAX_GROUP_SIZE}).` }),
    phone: t.string({ required: false, description: "A phone number for the organiser." }),
    remark: t.string({ required: false, description: "A remark for the organiser (at most 1000 characters). Never data about pupils." }),
    acceptedPrivacyStatement: t.boolean({ required: true, description: "Whether the person accepted the privacy statement (/privacy); must be true." }),
  }),
  validate: z
    .object({
      name: z.string().trim().min(2, "name must be at least 2 characters").max(200, "name must be at most 200 characters"),
      email: emailRule,
      organisationName: optionalText("organisationName", 200),
      groupLabel: optionalText("groupLabel", 100),
      groupSize: groupSizeRule,
      phone: optionalText("phone", 40).refine((value) => value === null || /^[+\d][\d\s()-]{5,}$/.test(value), "phone is not a phone number"),
      remark: optionalText("remark", 1000),
      acceptedPrivacyStatement: z.literal(true, { error: "acceptedPrivacyStatement: the privacy statement must be accepted" }),
    })
    .loose(),
});
