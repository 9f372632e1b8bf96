import { EventKind, EventStatus, OrganiserRole, SignupMode } from "@techniek-loket/db/enums";
import { describedEnum } from "../enums.ts";

export const EventKindEnum = describedEnum("EventKind", EventKind, "What kind of event this is.", {
  TECHNIEKMARKT: "A technology fair where companies and schools show trades to pupils and parents.",
  TECHLAB_SESSION: "A session in a vmbo school's Techlab, often for primary pupils.",
  COMPANY_VISIT: "A visit to a company (bedrijfsbezoek).",
  GUEST_LESSON: "A guest lesson by a professional at a school.",
  CHALLENGE: "A moment in a regional challenge: kick-off, presentation, final.",
  NETWORK_MEETING: "A meeting of the network's schools, companies and partners.",
  TRAINING: "Training for teachers and instructors (professionalisering).",
  OPEN_DAY: "An open day of a school or company.",
  WORKSHOP: "A hands-on workshop.",
  OTHER: "Another kind of event.",
});

export const EventStatusEnum = describedEnum(
  "EventStatus",
  EventStatus,
  "Where an event stands. Anyone sees published and cancelled events; the others only its editors and the region's moderators.",
  {
    DRAFT: "Being written by its editors.",
    SUBMITTED: "Waiting for a moderator to publish or reject it.",
    PUBLISHED: "Published and going ahead.",
    CANCELLED: "Cancelled; kept so calendars can show the cancellation.",
    REJECTED: "Sent back by a moderator with a reason (`rejectionReason`); its editors may change and submit it again.",
  },
);

export const SignupModeEnum = describedEnum("SignupMode", SignupMode, "Whether and how to sign up.", {
  NONE: "Open to all, no sign-up needed.",
  PLATFORM: "Sign up on this platform; capacity and waiting list are kept here.",
  EXTERNAL: "Sign up elsewhere, at `signupUrl`.",
  INVITATION: "By invitation only.",
});

export const OrganiserRoleEnum = describedEnum("OrganiserRole", OrganiserRole, "An organisation's part in an event.", {
  ORGANISER: "Organises the event.",
  CO_ORGANISER: "Organises it together with the organiser.",
  HOST: "Hosts the event at its premises.",
});
