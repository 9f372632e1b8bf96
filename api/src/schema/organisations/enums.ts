import { OrganisationKind, OrganisationLinkKind } from "@techniek-loket/db/enums";
import { describedEnum } from "../enums.ts";

export const OrganisationKindEnum = describedEnum("OrganisationKind", OrganisationKind, "What kind of organisation this is.", {
  VMBO_SCHOOL: "A vmbo school or one of its locations.",
  PRIMARY_SCHOOL: "A primary school (basisschool).",
  MBO_COLLEGE: "A vocational college (mbo).",
  COMPANY: "A company.",
  PRAKTIJKONDERWIJS: "A school for praktijkonderwijs.",
  VSO: "A school for special secondary education (vso).",
  MUNICIPALITY: "A municipality as a partner of the network.",
  PARTNER: "Another partner: the programme office, a company network, an LOB platform.",
});

export const OrganisationLinkKindEnum = describedEnum("OrganisationLinkKind", OrganisationLinkKind, "How two organisations work together.", {
  SERVES_PRIMARY_SCHOOL: "from: a vmbo school; to: a primary school it works with (Techlab visits, schakelfunctionaris).",
  PARTNER_COMPANY: "from: a school; to: a partner company (visits, internships, guest lessons, hybrid teachers).",
  MBO_PARTNER: "from: a vmbo school; to: the mbo college its pupils continue at.",
  MUNICIPALITY_PARTNER: "from: a school; to: a municipality that supports it.",
  OTHER: "Another kind of cooperation, described in the note.",
});
