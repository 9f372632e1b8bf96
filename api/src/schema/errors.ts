// The GraphQL types of the expected failures (../errors.ts), members of mutations' result unions.
import type { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { ConflictError, ForbiddenError, InvalidSignInCodeError, NotFoundError, TooManyRequestsError, ValidationError, type FieldProblem } from "../errors.ts";

const ErrorInterface = builder.interfaceRef<GraphQLError>("Error").implement({
  description: "An expected failure of a mutation, with a message in English for developers.",
  fields: (t) => ({ message: t.exposeString("message", { description: "What went wrong." }) }),
});

const FieldProblemType = builder.objectRef<FieldProblem>("FieldProblem").implement({
  description: "What is wrong with one field of the input.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: "The argument and the fields below it, e.g. [\"input\", \"endsAt\"]." }),
    message: t.exposeString("message", { description: "What is wrong, in English." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input was refused; `problems` says which fields and why.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ problems: t.field({ type: [FieldProblemType], description: "One entry per bad field.", resolve: (error) => error.problems }) }),
});

builder.objectType(TooManyRequestsError, {
  name: "TooManyRequestsError",
  description: "Too many attempts in a short time.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds", { description: "When to try again." }) }),
});

builder.objectType(InvalidSignInCodeError, {
  name: "InvalidSignInCodeError",
  description: "The sign-in code is wrong, used, replaced by a newer one or expired.",
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "The signed-in account may not do this (or the object does not exist).",
  interfaces: [ErrorInterface],
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "The object does not exist, or is not visible to this account.",
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The object changed since it was loaded (another save came first), or its state does not allow this.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt("currentVersion", { nullable: true, description: "The object's version now, when a newer save came first." }),
  }),
});
