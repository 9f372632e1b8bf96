import type { YogaInitialContext } from "graphql-yoga";

/** Who is asking. The public API has no accounts yet: every request is anonymous. */
export interface Viewer {
  id: number;
}

export interface Context {
  viewer: Viewer | null;
}

export function createContext(_initial: YogaInitialContext): Context {
  return { viewer: null };
}
