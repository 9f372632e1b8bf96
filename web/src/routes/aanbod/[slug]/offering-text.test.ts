import { describe, expect, it } from "vitest";
import { formatDuration, formatOfferingCost } from "./offering-text";

describe("an offering's facts in words", () => {
  it("says durations in hours and minutes", () => {
    expect([formatDuration(45), formatDuration(60), formatDuration(90), formatDuration(480)]).toEqual(["45 minuten", "1 uur", "1 uur en 30 minuten", "8 uur"]);
  });
  it("says the cost, free, or on request", () => {
    expect([formatOfferingCost(null), formatOfferingCost(0), formatOfferingCost(1250)]).toEqual(["Op aanvraag", "Gratis", "€\u00a012,50"]);
  });
});
