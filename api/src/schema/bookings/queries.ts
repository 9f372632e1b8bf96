import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { byManageToken } from "../../manage-links.ts";
import { manageTokenArg } from "./mutations.ts";
import { BookingRequest } from "./types.ts";

builder.queryFields((t) => ({
  bookingRequest: t.prismaField({
    type: BookingRequest,
    nullable: true,
    description: "The booking request behind a manage token (the requester's own view, without an account); null when the token is unknown.",
    args: { manageToken: t.arg.string({ required: true, description: "The manage token from any of the requester's mails.", validate: manageTokenArg }) },
    resolve: (query, _root, { manageToken }) => db.bookingRequest.findFirst({ ...query, where: byManageToken(manageToken) }),
  }),
}));
