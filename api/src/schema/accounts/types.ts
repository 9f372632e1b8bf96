import { EditorRole } from "@techniek-loket/db/enums";
import { builder } from "../../builder.ts";
import { describedEnum } from "../enums.ts";
import { Region } from "../geography/types.ts";

export const EditorRoleEnum = describedEnum("EditorRole", EditorRole, "An account's role for an organisation.", {
  EDITOR: "Keeps the organisation's profile, offering and events.",
  ADMIN: "An editor who also invites and removes the organisation's editors.",
});

export const Viewer = builder.prismaObject("Account", {
  variant: "Viewer",
  description: "The signed-in account: who it is and what it may keep current.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Full name." }),
    email: t.exposeString("email", { description: "Work e-mail address; sign-in codes are sent here." }),
    platformAdmin: t.exposeBoolean("platformAdmin", { description: "Whether the account manages the platform: regions and their moderators." }),
    memberships: t.relation("editorships", {
      description: "The organisations the account edits, with its role, by organisation name.",
      query: { orderBy: { organisation: { name: "asc" } } },
    }),
    moderatedRegions: t.field({
      type: [Region],
      description: "The regions the account moderates.",
      select: (_args, _ctx, nestedSelection) => ({ moderatorships: { select: { region: nestedSelection() }, orderBy: { regionId: "asc" } } }),
      resolve: (account) => account.moderatorships.map((moderatorship) => moderatorship.region),
    }),
  }),
});

builder.prismaObject("OrganisationEditor", {
  name: "Membership",
  description: "An account's right to edit an organisation (and its locations).",
  fields: (t) => ({
    organisation: t.relation("organisation", { description: "The organisation." }),
    role: t.expose("role", { type: EditorRoleEnum, description: "Editor, or admin who also manages the editors." }),
  }),
});
