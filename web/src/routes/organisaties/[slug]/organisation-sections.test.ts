import { describe, expect, it } from "vitest";
import { linkGroups, splitOffering, splitRoles } from "./organisation-sections";

describe("splitOffering", () => {
  it("puts offers with a primary audience apart", () => {
    const techlab = { slug: "techlab", audiences: [{ sector: "PRIMARY" }, { sector: "VMBO_ONDERBOUW" }] };
    const keuzevak = { slug: "keuzevak", audiences: [{ sector: "VMBO_BOVENBOUW" }] };
    expect(splitOffering([techlab, keuzevak])).toEqual({ forPrimary: [techlab], other: [keuzevak] });
  });
});

describe("splitRoles", () => {
  it("puts the schakelfunctionaris apart from other contacts", () => {
    const schakel = { kind: "SCHAKELFUNCTIONARIS" };
    const hybrid = { kind: "HYBRID_TEACHER" };
    expect(splitRoles([hybrid, schakel])).toEqual({ schakelfunctionarissen: [schakel], contacts: [hybrid] });
  });
});

describe("linkGroups", () => {
  const org = (slug: string) => ({ slug, name: slug.toUpperCase(), city: "Oss" });

  it("titles a school's links by kind, in page order, without empty groups", () => {
    const groups = linkGroups({
      outgoingLinks: [
        { kind: "SERVES_PRIMARY_SCHOOL", note: "Techlab", to: org("het-kompas") },
        { kind: "PARTNER_COMPANY", note: "Stages", to: org("thermion") },
        { kind: "MBO_PARTNER", note: "Doorstroom", to: org("campus") },
      ],
      incomingLinks: [],
    });
    expect(groups.map((group) => group.heading)).toEqual([
      "Partnerbedrijven",
      "Mbo-partner",
      "Samenwerkende basisscholen",
    ]);
    expect(groups[0].organisations).toEqual([{ slug: "thermion", name: "THERMION", city: "Oss", note: "Stages" }]);
  });

  it("shows a company its partner schools and a primary school its vmbo school", () => {
    const company = linkGroups({ outgoingLinks: [], incomingLinks: [{ kind: "PARTNER_COMPANY", note: "", from: org("ambachtshuis") }] });
    expect(company.map((group) => group.id)).toEqual(["partnerscholen"]);

    const primary = linkGroups({ outgoingLinks: [], incomingLinks: [{ kind: "SERVES_PRIMARY_SCHOOL", note: "", from: org("ambachtshuis") }] });
    expect(primary.map((group) => group.heading)).toEqual(["Samenwerking met het vmbo"]);
  });

  it("puts other cooperation from both ends in one group", () => {
    const groups = linkGroups({
      outgoingLinks: [{ kind: "OTHER", note: "a", to: org("x") }],
      incomingLinks: [{ kind: "OTHER", note: "b", from: org("y") }],
    });
    expect(groups).toHaveLength(1);
    expect(groups[0].organisations.map((o) => o.slug)).toEqual(["x", "y"]);
  });

  it("has nothing to show without links", () => {
    expect(linkGroups({ outgoingLinks: [], incomingLinks: [] })).toEqual([]);
  });
});
