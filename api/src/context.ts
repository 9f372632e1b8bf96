import type { YogaInitialContext } from "graphql-yoga";

/** What resolvers know about a request. The API is public and read-only: nothing yet. */
export type Context = Record<string, never>;

export function createContext(_initial: YogaInitialContext): Context {
  return {};
}
