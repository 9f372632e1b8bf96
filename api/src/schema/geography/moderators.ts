// A region's moderators (programme staff), as their platform admins and fellow moderators see them:
// work contact data, shown to no one else.
import { builder } from "../../builder.ts";

const Moderator = builder.prismaObject("RegionModerator", {
  name: "Moderator",
  description: "Someone who moderates a region (work contact data, shown only to platform admins and the region's moderators).",
  fields: (t) => ({
    name: t.string({ description: "Full name.", select: { account: { select: { name: true } } }, resolve: (moderator) => moderator.account.name }),
    email: t.string({ description: "Work e-mail address.", select: { account: { select: { email: true } } }, resolve: (moderator) => moderator.account.email }),
    since: t.expose("createdAt", { type: "DateTime", description: "When the moderation started." }),
  }),
});

builder.prismaObjectFields("Region", (t) => ({
  moderators: t.relation("moderators", {
    type: Moderator,
    nullable: true,
    description: "Its moderators, by name: for platform admins and the region's own moderators; null for anyone else.",
    authScopes: (region) => ({ moderateRegion: region.id }),
    unauthorizedResolver: () => null,
    query: { orderBy: { account: { name: "asc" } } },
  }),
}));
