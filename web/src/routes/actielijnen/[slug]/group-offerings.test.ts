import { describe, expect, it } from "vitest";
import { groupByKind } from "./group-offerings";

describe("groupByKind", () => {
  it("groups offers by kind in the labels' order, keeping the order within a group", () => {
    const groups = groupByKind([
      { slug: "stage", kind: "INTERNSHIP" },
      { slug: "techlab-a", kind: "TECHLAB_SESSION" },
      { slug: "nieuw", kind: "HACKATHON" },
      { slug: "techlab-b", kind: "TECHLAB_SESSION" },
    ]);
    expect(groups.map((group) => group.heading)).toEqual(["Techlab-sessie", "Stage", "HACKATHON"]);
    expect(groups[0].offerings.map((offering) => offering.slug)).toEqual(["techlab-a", "techlab-b"]);
  });

  it("has no groups without offers", () => {
    expect(groupByKind([])).toEqual([]);
  });
});
