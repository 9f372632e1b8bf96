import { describe, expect, it } from "vitest";
import { actionLabel, changedFields, editPathOf } from "./changes";

const gid = (raw: string) => btoa(raw);

describe("the audit log's wording", () => {
  it("names actions in Dutch, and keeps an unknown one as the API wrote it", () => {
    expect(actionLabel("event.publish")).toBe("Activiteit gepubliceerd");
    expect(actionLabel("event.teleport")).toBe("event.teleport");
  });

  it("lists the fields that changed, leaving out the bookkeeping", () => {
    const before = JSON.stringify({ title: "Oud", startsAt: "2027-03-10T08:30:00.000Z", version: 1, themes: [{ slug: "ai" }] });
    const after = JSON.stringify({ title: "Nieuw", startsAt: "2027-03-10T08:30:00.000Z", version: 2, themes: [{ slug: "vr" }] });
    expect(changedFields(before, after)).toEqual(["themes", "title"]);
    expect(changedFields(null, after)).toEqual([]);
  });

  it("links to where the object is kept, while it exists", () => {
    expect(editPathOf(gid("Event:7"), "event.update")).toBe(`/beheer/activiteiten/${gid("Event:7")}`);
    expect(editPathOf(gid("Event:7"), "event.delete")).toBeNull();
    expect(editPathOf(gid("Offering:3"), "offering.update")).toBe(`/beheer/aanbod/${gid("Offering:3")}`);
    expect(editPathOf(gid("Organisation:1"), "organisation.update")).toBeNull();
  });
});
