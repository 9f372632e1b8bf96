import { describe, expect, it } from "vitest";
import { orderChallenges } from "./challenge-order";

describe("orderChallenges", () => {
  const c = (slug: string, status: string, startsOn: string, endsOn = startsOn) => ({ slug, status, startsOn, endsOn });

  it("puts open and running challenges first, then planned ones, and completed ones apart", () => {
    const { current, completed } = orderChallenges([
      c("gepland", "PLANNED", "2027-04-06"),
      c("oud", "COMPLETED", "2025-09-15", "2026-01-30"),
      c("loopt", "RUNNING", "2026-09-07"),
      c("open-later", "OPEN", "2027-02-15"),
      c("open", "OPEN", "2027-01-11"),
      c("recent", "COMPLETED", "2026-02-02", "2026-06-19"),
    ]);
    expect(current.map((x) => x.slug)).toEqual(["open", "open-later", "loopt", "gepland"]);
    expect(completed.map((x) => x.slug)).toEqual(["recent", "oud"]);
  });
});
