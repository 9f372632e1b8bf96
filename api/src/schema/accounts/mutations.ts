import { z } from "zod";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { InvalidSignInCodeError, TooManyRequestsError, ValidationError } from "../../errors.ts";
import { endSessions } from "./sessions.ts";
import { CODE_MINUTES, normaliseEmail, requestSignInCode, signInWithCode } from "./sign-in.ts";
import { Viewer } from "./types.ts";

const emailArg = z.string().trim().max(254, "email must be at most 254 characters").email("email is not an e-mail address");

const SignInCodeSent = builder.objectRef<{ email: string }>("SignInCodeSent").implement({
  description: "Sent when the address belongs to an account; the answer is the same when it does not.",
  fields: (t) => ({
    email: t.exposeString("email", { description: "The address, as the code is sent to it (lower case)." }),
    expiresInMinutes: t.int({ description: "How long a code stays valid.", resolve: () => CODE_MINUTES }),
  }),
});

const SignIn = builder.objectRef<{ token: string; expiresAt: Date; accountId: number }>("SignIn").implement({
  description: "A new session.",
  fields: (t) => ({
    token: t.exposeString("token", { description: "The session token: send it as `Authorization: Bearer <token>`. Shown once; keep it secret." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When the session ends unless used; each use in its second half renews it for 30 days." }),
    viewer: t.prismaField({
      type: Viewer,
      description: "The account now signed in.",
      resolve: (query, signIn) => db.account.findUniqueOrThrow({ ...query, where: { id: signIn.accountId } }),
    }),
  }),
});

const SignOut = builder.objectRef<{ endedSessions: number }>("SignOut").implement({
  description: "Sessions ended.",
  fields: (t) => ({ endedSessions: t.exposeInt("endedSessions", { description: "How many sessions ended." }) }),
});

builder.mutationFields((t) => ({
  requestSignInCode: t.field({
    type: SignInCodeSent,
    description: `Mails a sign-in code of 6 digits to the address if it belongs to an account. Valid ${CODE_MINUTES} minutes, for a few attempts; a new request replaces the old code. Limited per address and per client.`,
    args: { email: t.arg.string({ required: true, description: "Work e-mail address of the account.", validate: emailArg }) },
    errors: { types: [ValidationError, TooManyRequestsError], directResult: true, union: { name: "RequestSignInCodeResult", description: "The code was sent (if the address has an account), or why not." } },
    resolve: async (_root, args, { client }) => {
      const email = normaliseEmail(args.email);
      await requestSignInCode(email, client);
      return { email };
    },
  }),
  signInWithCode: t.field({
    type: SignIn,
    description: "Signs in with the code from the mail and starts a session.",
    args: {
      email: t.arg.string({ required: true, description: "The address the code was sent to.", validate: emailArg }),
      code: t.arg.string({ required: true, description: "The 6 digits from the mail." }),
    },
    errors: { types: [ValidationError, InvalidSignInCodeError, TooManyRequestsError], directResult: true, union: { name: "SignInWithCodeResult", description: "A new session, or why not." } },
    // Spaces are forgiven: a code copied from a mail may carry them.
    resolve: (_root, args, { client }) => signInWithCode(normaliseEmail(args.email), args.code.replace(/\s/g, ""), client),
  }),
  signOut: t.field({
    type: SignOut,
    description: "Ends this session.",
    authScopes: { person: true },
    resolve: async (_root, _args, { viewer }) => ({ endedSessions: await endSessions(viewer!, false) }),
  }),
  signOutEverywhere: t.field({
    type: SignOut,
    description: "Ends every session of the account, on every device.",
    authScopes: { person: true },
    resolve: async (_root, _args, { viewer }) => ({ endedSessions: await endSessions(viewer!, true) }),
  }),
}));
