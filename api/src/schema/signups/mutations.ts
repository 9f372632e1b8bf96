// Signing up for events and managing a sign-up: the person with their manage token (no account),
// the organisers with theirs. Expected failures come back as typed results.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { env } from "../../env.ts";
import { db } from "../../db.ts";
import { ConflictError, ForbiddenError, NotFoundError, TooManyRequestsError, ValidationError } from "../../errors.ts";
import { byManageToken } from "../../manage-links.ts";
import { MAX_GROUP_SIZE, SignUpForEventInput, groupSizeRule } from "./inputs.ts";
import { cancelAsOrganiser, cancelByToken, changeGroupSize, eraseByToken, moveSignup, recordAttendance, signUp } from "./service.ts";
import { Event } from "../events/types.ts";
import { Signup } from "./types.ts";
// The organisers' message to everyone signed up (mailSignups) has its own file.
import "./organiser-mail.ts";

const errors = (name: string, what: string, types: (typeof ValidationError | typeof ConflictError | typeof NotFoundError | typeof ForbiddenError | typeof TooManyRequestsError)[]) => ({
  types,
  directResult: true as const,
  union: { name, description: `${what}, or why not.` },
});

const TOKEN = { required: true, description: "The manage token from the sign-up's answer or mail (the last part of its /aanmelding/ link)." } as const;

/** Reloads the sign-up with what the query asks for. */
const reload = (query: object, id: number) => db.signup.findUniqueOrThrow({ ...query, where: { id } });

const clean = (text: string | null | undefined) => text?.trim() || null;

const SignupWithToken = builder.objectRef<{ signupId: number; manageToken: string }>("SignupWithToken").implement({
  description: "A sign-up and the key to manage it.",
  fields: (t) => ({
    signup: t.prismaField({
      type: Signup,
      description: "The sign-up: CONFIRMED, or WAITLISTED with its `waitingPosition`.",
      resolve: (query, result) => reload(query, result.signupId),
    }),
    manageToken: t.exposeString("manageToken", {
      description: "The personal manage token, also mailed as the link /aanmelding/<token>. Shown to the person only; the platform keeps its hash. A newer token (a repeated sign-up, a promotion) replaces it.",
    }),
  }),
});

// Organisers act on a sign-up through its event's editEvent scope; an unknown sign-up is refused
// like one the viewer may not touch.
const eventOfSignup = async (signupId: string) => (await db.signup.findUnique({ where: { id: Number(signupId) }, select: { eventId: true } }))?.eventId ?? -1;

builder.mutationFields((t) => ({
  signUpForEvent: t.field({
    type: SignupWithToken,
    description: `Signs up for an event whose signupMode is PLATFORM while sign-up is open. Confirmed when the group fits in the seats left, otherwise on the waiting list; either way a mail with the event (.ics) and the manage link follows. The same address again returns its active sign-up (with a new manage token, mailed too) and never takes a second seat. Limited per client and per address (SIGNUP_RATE_LIMIT an hour).`,
    args: { input: t.arg({ type: SignUpForEventInput, required: true, description: "Who signs up, and for how many." }) },
    errors: errors("SignUpForEventResult", "The sign-up with its manage token", [ValidationError, ConflictError, NotFoundError, TooManyRequestsError]),
    resolve: async (_root, { input }, ctx) => {
      const { signup, manageToken } = await signUp(ctx, {
        eventId: Number(input.eventId.id),
        name: input.name.trim(),
        email: input.email.trim().toLowerCase(),
        organisationId: input.organisationId ? Number(input.organisationId.id) : null,
        organisationName: clean(input.organisationName),
        groupLabel: clean(input.groupLabel),
        groupSize: input.groupSize,
        phone: clean(input.phone),
        remark: clean(input.remark),
      });
      return { signupId: signup.id, manageToken };
    },
  }),
  updateSignup: t.prismaField({
    type: Signup,
    description: `Changes the group size (1 to ${MAX_GROUP_SIZE}) until the event starts. A smaller group frees seats for the waiting list. A larger confirmed group needs the extra seats free; otherwise a ValidationError says how many are left and the sign-up stays as it was. A waiting group may change and keeps its place.`,
    args: {
      manageToken: t.arg.string(TOKEN),
      groupSize: t.arg.int({ required: true, description: "The new number of people.", validate: groupSizeRule }),
    },
    errors: errors("UpdateSignupResult", "The changed sign-up", [ValidationError, ConflictError, NotFoundError]),
    resolve: async (query, _root, args) => reload(query, (await changeGroupSize(args.manageToken, args.groupSize)).id),
  }),
  cancelSignup: t.prismaField({
    type: Signup,
    description: "Cancels the sign-up (again is harmless). Its seats go at once to waiting sign-ups that fit, in order.",
    args: { manageToken: t.arg.string(TOKEN) },
    errors: errors("CancelSignupResult", "The cancelled sign-up", [NotFoundError]),
    resolve: async (query, _root, args) => reload(query, (await cancelByToken(args.manageToken)).id),
  }),
  eraseSignup: t.prismaField({
    type: Signup,
    description: "Deletes the person's contact data (name, e-mail, phone, remark, organisation as typed): the sign-up is cancelled first if still active. Group size, label and attendance stay for the counts.",
    args: { manageToken: t.arg.string(TOKEN) },
    errors: errors("EraseSignupResult", "The erased sign-up", [NotFoundError]),
    resolve: async (query, _root, args) => reload(query, (await eraseByToken(args.manageToken)).id),
  }),
  cancelSignupAsOrganiser: t.prismaField({
    type: Signup,
    description: "Cancels a sign-up with a reason, which the person gets by mail (the event's editors, the region's moderators). Its seats go to the waiting list.",
    args: {
      signupId: t.arg.globalID({ for: Signup, required: true, description: "The sign-up (global ID)." }),
      reason: t.arg.string({
        required: true,
        description: "Why (Dutch), mailed to the person.",
        validate: z.string().trim().min(3, "reason must be at least 3 characters").max(2000, "reason must be at most 2000 characters"),
      }),
    },
    authScopes: async (_root, args) => ({ editEvent: await eventOfSignup(args.signupId.id) }),
    errors: errors("CancelSignupAsOrganiserResult", "The cancelled sign-up", [ValidationError, ForbiddenError, NotFoundError]),
    resolve: async (query, _root, args) => reload(query, (await cancelAsOrganiser(Number(args.signupId.id), args.reason.trim())).id),
  }),
  moveSignup: t.prismaField({
    type: Signup,
    description:
      "Moves an active sign-up to another published event that takes sign-ups on this platform (e.g. another session), before either starts, even outside its sign-up window. Confirmed there when the group fits, else at the back of its waiting list; the seats it leaves go to the old event's waiting list. The person is mailed the new event (.ics); their manage links keep working. For organisers who may edit both events.",
    args: {
      signupId: t.arg.globalID({ for: Signup, required: true, description: "The sign-up (global ID)." }),
      toEventId: t.arg.globalID({ for: Event, required: true, description: "The event to move it to (global ID)." }),
    },
    authScopes: async (_root, args) => ({ $all: { editEvent: await eventOfSignup(args.signupId.id), $all: { editEvent: Number(args.toEventId.id) } } }),
    errors: errors("MoveSignupResult", "The moved sign-up", [ValidationError, ConflictError, ForbiddenError, NotFoundError]),
    resolve: async (query, _root, args) => reload(query, (await moveSignup(Number(args.signupId.id), Number(args.toEventId.id))).id),
  }),
  recordAttendance: t.prismaField({
    type: Signup,
    description: "Records after the event (once it has started) whether the group came and how many people (default: the group size). For the event's editors and the region's moderators.",
    args: {
      signupId: t.arg.globalID({ for: Signup, required: true, description: "The sign-up (global ID)." }),
      attended: t.arg.boolean({ required: true, description: "Whether the group came." }),
      count: t.arg.int({
        required: false,
        description: "How many people came; omit for the group size.",
        validate: z.number().int().min(0, "count must not be negative").max(MAX_GROUP_SIZE * 2, `count must be at most ${MAX_GROUP_SIZE * 2}`).nullish(),
      }),
    },
    authScopes: async (_root, args) => ({ editEvent: await eventOfSignup(args.signupId.id) }),
    errors: errors("RecordAttendanceResult", "The sign-up with its attendance", [ValidationError, ConflictError, ForbiddenError, NotFoundError]),
    resolve: async (query, _root, args) => reload(query, (await recordAttendance(Number(args.signupId.id), args.attended, args.count ?? null)).id),
  }),
}));

builder.queryFields((t) => ({
  signup: t.prismaField({
    type: Signup,
    nullable: true,
    description: "A sign-up by its manage token, with its own contact data: what the manage page shows. Null for an unknown token.",
    args: { manageToken: t.arg.string({ required: true, description: "The manage token from the sign-up's answer or mail." }) },
    resolve: (query, _root, args) => db.signup.findFirst({ ...query, where: byManageToken(args.manageToken) }),
  }),
  signupRetentionMonths: t.int({
    description: "Months after an event ends before the contact data of its sign-ups and booking requests is erased; the counts stay.",
    resolve: () => env.SIGNUP_RETENTION_MONTHS,
  }),
}));
