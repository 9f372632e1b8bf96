import { ChallengeStatus } from "@techniek-loket/db/enums";
import { describedEnum } from "../enums.ts";

export const ChallengeStatusEnum = describedEnum("ChallengeStatus", ChallengeStatus, "Where a challenge stands.", {
  PLANNED: "Announced; schools cannot join yet.",
  OPEN: "Schools can join.",
  RUNNING: "Schools are working on it.",
  COMPLETED: "Finished.",
});
