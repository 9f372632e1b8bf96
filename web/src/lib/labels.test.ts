import { describe, expect, it } from "vitest";
import * as labels from "./labels";

describe("Dutch labels", () => {
  it("falls back to the raw value for one it does not know", () => {
    expect(labels.label(labels.eventKindLabels, "TECHNIEKMARKT")).toBe("Techniekmarkt");
    expect(labels.label(labels.eventKindLabels, "HACKATHON")).toBe("HACKATHON");
  });
});
