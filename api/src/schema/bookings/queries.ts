import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { hashToken } from "../../tokens.ts";
import { manageTokenArg } from "./mutations.ts";
import { BookingRequest } from "./types.ts";

builder.queryFields((t) => ({
  bookingRequest: t.prismaField({
    type: BookingRequest,
    nullable: true,
    description: "The booking request behind a manage token (the requester's own view, without an account); null when the token is unknown or was replaced by a newer mail's.",
    args: { manageToken: t.arg.string({ required: true, description: "The manage token from the requester's newest mail.", validate: manageTokenArg }) },
    resolve: (query, _root, { manageToken }) => db.bookingRequest.findUnique({ ...query, where: { manageTokenHash: hashToken(manageToken.trim()) } }),
  }),
}));
