import type { YogaInitialContext } from "graphql-yoga";
import { env } from "./env.ts";
import { clientAddress, isExempt } from "./rate-limit.ts";
import { API_KEY_PREFIX, viewerForApiKey } from "./schema/accounts/api-keys.ts";
import { viewerForToken, type Viewer } from "./schema/accounts/sessions.ts";

export type { Viewer };

/** What resolvers and auth scopes know about a request. */
export interface Context {
  /** The signed-in account (`Authorization: Bearer <session token>`), or an API key acting for one (`Bearer tlk_...`), or null. */
  viewer: Viewer | null;
  /**
   * The client's address, for per-client limits; null for the site's own server (a connection from
   * an address in API_RATE_LIMIT_EXEMPT), which asks for all its visitors and limits each itself.
   */
  client: string | null;
}

/** Node's request as Yoga passes it along (its socket's peer address is all we read). */
type ServerContext = { req?: { socket?: { remoteAddress?: string } } };

export async function createContext(initial: YogaInitialContext & ServerContext): Promise<Context> {
  const { request } = initial;
  const peer = initial.req?.socket?.remoteAddress ?? "local";
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const client = clientAddress(peer, request.headers.get("x-forwarded-for"), env.TRUST_PROXY);
  return {
    viewer: !token ? null : token.startsWith(API_KEY_PREFIX) ? await viewerForApiKey(token) : await viewerForToken(token),
    client: isExempt(client, env.API_RATE_LIMIT_EXEMPT) ? null : client.address,
  };
}
