// Personal manage links: the mails about a sign-up or a booking request carry a link with a secret
// token to see and change it without an account. Each mail may carry a fresh link and every link
// sent stays valid, so a person can use whichever mail they find; only each token's hash is stored
// (a copy of the database opens nothing). The links go when the contact data is erased.
import type { Prisma } from "@techniek-loket/db/client";
import { hashToken, newToken } from "./tokens.ts";

type Owner = { signupId: number } | { bookingRequestId: number };

/** A new token for the owner's manage link, inside the transaction that mails it. */
export async function issueManageLink(tx: Pick<Prisma.TransactionClient, "manageLink">, owner: Owner): Promise<string> {
  const token = newToken();
  await tx.manageLink.create({ data: { hash: hashToken(token), ...owner } });
  return token;
}

/** The where clause of whatever a token's link belongs to (a sign-up or a booking request). */
export const byManageToken = (token: string) => ({ manageLinks: { some: { hash: hashToken(token.trim()) } } });
