import { describe, expect, it } from "vitest";
import { formatCost, formatLeerwegen, formatMoment, signupWindow } from "./event-text";

describe("formatCost", () => {
  it("says Gratis for nothing", () => {
    expect(formatCost(0)).toBe("Gratis");
  });

  it("gives euros the Dutch way", () => {
    expect(formatCost(1250).replace(/\s/g, " ")).toBe("€ 12,50 per deelnemer");
  });
});

describe("formatMoment", () => {
  it("gives the Amsterdam date and time", () => {
    expect(formatMoment("2027-01-06T22:59:00.000Z")).toBe("woensdag 6 januari 2027 om 23:59 uur");
  });
});

describe("formatLeerwegen", () => {
  it("says nothing when none are given", () => {
    expect(formatLeerwegen([])).toBeNull();
  });

  it("says all when all four are given", () => {
    expect(formatLeerwegen(["BB", "KB", "GL", "TL"])).toBe("Alle leerwegen");
  });

  it("names some", () => {
    expect(formatLeerwegen(["GL", "TL"])).toBe("Gemengde leerweg en theoretische leerweg");
    expect(formatLeerwegen(["BB"])).toBe("Basisberoepsgerichte leerweg");
  });
});

describe("signupWindow", () => {
  const now = "2026-11-28T12:00:00.000Z";

  it("is not yet open before it opens", () => {
    expect(signupWindow("2026-12-01T08:00:00.000Z", null, now)).toBe("not-yet-open");
  });

  it("is open between opening and closing", () => {
    expect(signupWindow("2026-11-01T08:00:00.000Z", "2026-12-01T08:00:00.000Z", now)).toBe("open");
  });

  it("is closed after closing", () => {
    expect(signupWindow(null, "2026-11-28T12:00:00.000Z", now)).toBe("closed");
  });

  it("is unknown without dates", () => {
    expect(signupWindow(null, undefined, now)).toBe("unknown");
  });
});
