// Challenges as visitors look for them: what runs or can be joined now, then what is coming,
// and the finished ones apart.

/** Order of the current statuses on the page. */
const CURRENT_ORDER = ["OPEN", "RUNNING", "PLANNED"];

/**
 * Splits challenges into current ones (open and running first, then planned; soonest start first
 * within a status) and completed ones (most recent first).
 */
export function orderChallenges<T extends { status: string; startsOn: string; endsOn: string }>(
  challenges: readonly T[],
): { current: T[]; completed: T[] } {
  const current = challenges
    .filter((challenge) => challenge.status !== "COMPLETED")
    .sort(
      (a, b) =>
        rank(a.status) - rank(b.status) || a.startsOn.localeCompare(b.startsOn),
    );
  const completed = challenges
    .filter((challenge) => challenge.status === "COMPLETED")
    .sort((a, b) => b.endsOn.localeCompare(a.endsOn));
  return { current, completed };
}

function rank(status: string): number {
  const index = CURRENT_ORDER.indexOf(status);
  return index === -1 ? CURRENT_ORDER.length : index;
}
