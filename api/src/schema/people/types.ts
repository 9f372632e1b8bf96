// Adults in network roles. Only work contact data is stored, published for the purpose of the role.
import { RoleKind } from "@techniek-loket/db/enums";
import { builder } from "../../builder.ts";
import { describedEnum } from "../enums.ts";

const RoleKindEnum = describedEnum("RoleKind", RoleKind, "A role in the network.", {
  SCHAKELFUNCTIONARIS: "Per vmbo school: the link to the local primary schools.",
  BEDRIJVENCONTACTFUNCTIONARIS: "The regional contact for companies.",
  PROGRAMME_MANAGER: "Manages the regional programme.",
  HYBRID_TEACHER: "A professional from a company who also teaches at a school.",
  CONTACT_PERSON: "The contact for an organisation's offering or events.",
});

builder.prismaObject("Person", {
  description: "An adult in a network role. Only work contact data, published so schools and companies can reach the role.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Full name." }),
    jobTitle: t.exposeString("jobTitle", { nullable: true, description: "Job title at the employer." }),
    workEmail: t.exposeString("workEmail", { nullable: true, description: "Work e-mail address." }),
    workPhone: t.exposeString("workPhone", { nullable: true, description: "Work phone number." }),
    organisation: t.relation("organisation", { nullable: true, description: "Employer." }),
  }),
});

builder.prismaObject("PersonRole", {
  description: "A role a person holds for an organisation or for a whole region.",
  fields: (t) => ({
    kind: t.expose("kind", { type: RoleKindEnum, description: "Which role." }),
    person: t.relation("person", { description: "Who holds the role." }),
    organisation: t.relation("organisation", { nullable: true, description: "The organisation the role is for, if any." }),
    region: t.relation("region", { nullable: true, description: "The region the role is for, if regional." }),
    startsOn: t.expose("startsOn", { type: "Date", nullable: true, description: "Since when." }),
    endsOn: t.expose("endsOn", { type: "Date", nullable: true, description: "Until when, if it ends." }),
  }),
});
