import { SignupStatus } from "@techniek-loket/db/enums";
import { describedEnum } from "../enums.ts";

export const SignupStatusEnum = describedEnum("SignupStatus", SignupStatus, "Where a sign-up stands.", {
  CONFIRMED: "Has seats for its whole group.",
  WAITLISTED:
    "Waits for seats, in order of waiting (`waitingPosition`). Freed seats go at once, in that order, to each waiting group that fits; a group that does not fit yet does not block smaller groups behind it.",
  OFFERED: "Seats held for a waiting sign-up to confirm. Not produced: this platform promotes waiting sign-ups at once (see WAITLISTED).",
  CANCELLED: "Cancelled by the person, the organiser, or with the event. Its seats went to the waiting list.",
});
