import { OfferingKind } from "@techniek-loket/db/enums";
import { describedEnum } from "../enums.ts";

export const OfferingKindEnum = describedEnum("OfferingKind", OfferingKind, "What kind of offering this is.", {
  TECHLAB_SESSION: "A session in a Techlab.",
  GUEST_LESSON: "A guest lesson by a professional.",
  COMPANY_VISIT: "A visit to a company.",
  INTERNSHIP: "An internship (stage) or work placement.",
  ELECTIVE: "An elective (keuzevak).",
  TALENT_LESSON: "Talent lessons, e.g. design or robotics.",
  CHALLENGE: "Taking part in a challenge.",
  TRAINING: "Training for teachers or instructors.",
  PROGRAMME: "A longer programme, e.g. for g/t pupils.",
});
