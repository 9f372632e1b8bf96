// The expected failures of requests. They are GraphQLErrors, so where a field does not list one
// (a query's argument), it still reaches the client as an error with its code; mutations list
// them as typed results (the Pothos errors plugin; their GraphQL types are in schema/errors.ts).
import { GraphQLError } from "graphql";

export interface FieldProblem {
  /** Where in the input: argument name and the fields below it, e.g. ["input", "endsAt"]. */
  path: string[];
  message: string;
}

export class ValidationError extends GraphQLError {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => problem.message).join("; "), { extensions: { code: "BAD_USER_INPUT" } });
  }
}

export class TooManyRequestsError extends GraphQLError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s`, { extensions: { code: "RATE_LIMITED" } });
  }
}

export class InvalidSignInCodeError extends GraphQLError {
  constructor() {
    super("The code is wrong or has expired; request a new one if needed", { extensions: { code: "BAD_USER_INPUT" } });
  }
}

export class NotSignedInError extends GraphQLError {
  constructor() {
    super("Sign in first: send `Authorization: Bearer <token>` from signInWithCode", { extensions: { code: "UNAUTHENTICATED" } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = "This account may not do this") {
    super(message, { extensions: { code: "FORBIDDEN" } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string) {
    super(`${what} not found`, { extensions: { code: "NOT_FOUND" } });
  }
}

/** Someone else saved the object since it was loaded; reload and apply the change again. */
export class ConflictError extends GraphQLError {
  constructor(
    message: string,
    readonly currentVersion: number | null = null,
  ) {
    super(message, { extensions: { code: "CONFLICT" } });
  }
}
