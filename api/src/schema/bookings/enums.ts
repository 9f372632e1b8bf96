import { BookingRequestStatus } from "@techniek-loket/db/enums";
import { builder } from "../../builder.ts";
import { describedEnum } from "../enums.ts";

export const BookingRequestStatusEnum = describedEnum(
  "BookingRequestStatus",
  BookingRequestStatus,
  "Where a booking request stands.",
  {
    OPEN: "Waiting for the providing organisation to accept, propose another date or decline.",
    PROPOSED: "The provider proposed another date (`proposedStartsAt`); waiting for the requester to accept it.",
    ACCEPTED: "Accepted: an invitation-only event exists for the group (`event`).",
    DECLINED: "Declined by the provider, with a message (`response`).",
    WITHDRAWN: "Withdrawn by the requester.",
  },
);

export const BookingResponseActionEnum = builder.enumType("BookingResponseAction", {
  description: "How the providing organisation answers a booking request.",
  values: {
    ACCEPT: { description: "Accept with a date and time (`startsAt`, `endsAt`): creates an invitation-only event with the group's sign-up confirmed." },
    PROPOSE: { description: "Propose another date and time (`startsAt`, `endsAt`) with a message; the requester accepts it or not." },
    DECLINE: { description: "Decline with a message." },
  },
});
