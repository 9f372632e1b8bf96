import { describe, expect, it } from "vitest";
import { formatDay, formatDays } from "./plain-date";

describe("formatDay and formatDays", () => {
  it("gives a plain date in Dutch, without shifting the day", () => {
    expect(formatDay("2027-01-29")).toBe("29 januari 2027");
    expect(formatDay("2026-03-29")).toBe("29 maart 2026");
  });

  it("gives a period", () => {
    expect(formatDays("2026-09-07", "2027-01-29")).toBe("7 september 2026 tot en met 29 januari 2027");
    expect(formatDays("2027-01-29", "2027-01-29")).toBe("29 januari 2027");
  });
});
