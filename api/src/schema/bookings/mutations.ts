// Booking requests: the requester (no account) asks and later withdraws or accepts a proposal with
// the manage token from their mail; the providing organisation's editors and the region's
// moderators answer (the editOffering scope on the offering asked for).
import { z } from "zod";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ConflictError, ForbiddenError, NotFoundError, TooManyRequestsError, ValidationError } from "../../errors.ts";
import { RequestBookingInput, RespondToBookingRequestInput } from "./inputs.ts";
import { acceptBookingProposal, requestBooking, respondToBookingRequest, withdrawBookingRequest } from "./service.ts";
import { BookingRequest } from "./types.ts";

export const manageTokenArg = z.string().trim().min(1, "manageToken is required").max(100, "manageToken is not a manage token");

const RequestBookingPayload = builder.objectRef<{ id: number; token: string }>("RequestBookingPayload").implement({
  description: "A booking request that was sent, with its manage token.",
  fields: (t) => ({
    bookingRequest: t.prismaField({
      type: BookingRequest,
      description: "The request, now OPEN.",
      resolve: (query, sent) => db.bookingRequest.findUniqueOrThrow({ ...query, where: { id: sent.id } }),
    }),
    manageToken: t.string({
      resolve: (sent) => sent.token,
      description: "The requester's secret token for `bookingRequest(manageToken)`, `withdrawBookingRequest` and `acceptBookingProposal`; it is also mailed. Shown once; keep it secret.",
    }),
  }),
});

const errors = (name: string, what: string, extra: (typeof ValidationError | typeof TooManyRequestsError | typeof ForbiddenError)[] = []) => ({
  types: [ValidationError, NotFoundError, ConflictError, ...extra],
  directResult: true as const,
  union: { name, description: `The booking request, or why ${what} failed.` },
});

/** The offering a request is for, for the auth scope; -1 (allowed to no one) when there is no such request. */
async function offeringOf(id: number) {
  return (await db.bookingRequest.findUnique({ where: { id }, select: { offeringId: true } }))?.offeringId ?? -1;
}

/** Reloads the request with what the query asks for. */
const reload = (query: object, id: number) => db.bookingRequest.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  requestBooking: t.field({
    type: RequestBookingPayload,
    description:
      "Asks the providing organisation for a bookable offering for one group, without an account. Its editors are mailed; the requester gets a mail with the manage link. Limited per client and per address (SIGNUP_RATE_LIMIT per hour).",
    args: { input: t.arg({ type: RequestBookingInput, required: true, description: "The request." }) },
    errors: errors("RequestBookingResult", "sending it", [TooManyRequestsError]),
    resolve: async (_root, { input }, ctx) => {
      const { request, token } = await requestBooking(ctx, input);
      return { id: request.id, token };
    },
  }),
  respondToBookingRequest: t.prismaField({
    type: BookingRequest,
    description:
      "Answers an open (or proposed) booking request: ACCEPT with a date (creates an invitation-only event with the group's sign-up confirmed), PROPOSE another date, or DECLINE with a message. The requester is mailed. For the providing organisation's editors and the region's moderators.",
    args: { input: t.arg({ type: RespondToBookingRequestInput, required: true, description: "The answer." }) },
    authScopes: async (_root, { input }) => ({ editOffering: await offeringOf(Number(input.id.id)) }),
    errors: errors("RespondToBookingRequestResult", "answering it", [ForbiddenError]),
    resolve: async (query, _root, { input }, { viewer }) => reload(query, (await respondToBookingRequest(viewer!, input)).id),
  }),
  withdrawBookingRequest: t.prismaField({
    type: BookingRequest,
    description: "Withdraws a request that is not accepted yet, with the requester's manage token. The provider's editors are mailed.",
    args: { manageToken: t.arg.string({ required: true, description: "The manage token from the requester's mail.", validate: manageTokenArg }) },
    errors: errors("WithdrawBookingRequestResult", "withdrawing it"),
    resolve: async (query, _root, { manageToken }) => reload(query, (await withdrawBookingRequest(manageToken.trim())).id),
  }),
  acceptBookingProposal: t.prismaField({
    type: BookingRequest,
    description: "Accepts the provider's proposed date, with the requester's manage token: creates the invitation-only event as ACCEPT does. Both sides are mailed.",
    args: { manageToken: t.arg.string({ required: true, description: "The manage token from the requester's mail.", validate: manageTokenArg }) },
    errors: errors("AcceptBookingProposalResult", "accepting it"),
    resolve: async (query, _root, { manageToken }) => reload(query, (await acceptBookingProposal(manageToken.trim())).id),
  }),
}));
