import { readFileSync } from "node:fs";
import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import * as labels from "./labels";

const schema = buildSchema(readFileSync(new URL("../../../api/schema.graphql", import.meta.url), "utf8"));

const covered = {
  EventKind: labels.eventKindLabels,
  OrganisationKind: labels.organisationKindLabels,
  OfferingKind: labels.offeringKindLabels,
  AudienceSector: labels.audienceSectorLabels,
  Leerweg: labels.leerwegLabels,
  SignupMode: labels.signupModeLabels,
  OrganiserRole: labels.organiserRoleLabels,
  OrganisationLinkKind: labels.organisationLinkKindLabels,
  RoleKind: labels.roleKindLabels,
  ChallengeStatus: labels.challengeStatusLabels,
};

describe("Dutch labels", () => {
  it.each(Object.entries(covered))("name every value of %s in the API", (enumName, map) => {
    const type = schema.getType(enumName);
    expect(isEnumType(type)).toBe(true);
    const values = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    expect(Object.keys(map).sort()).toEqual([...values].sort());
  });

  it("falls back to the raw value for one it does not know", () => {
    expect(labels.label(labels.eventKindLabels, "TECHNIEKMARKT")).toBe("Techniekmarkt");
    expect(labels.label(labels.eventKindLabels, "HACKATHON")).toBe("HACKATHON");
  });
});
