import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { Viewer } from "./types.ts";

builder.queryFields((t) => ({
  viewer: t.prismaField({
    type: Viewer,
    nullable: true,
    description: "The signed-in account (`Authorization: Bearer <token>`); null when anonymous or the session has ended.",
    resolve: (query, _root, _args, { viewer }) => (viewer ? db.account.findUnique({ ...query, where: { id: viewer.accountId } }) : null),
  }),
}));
