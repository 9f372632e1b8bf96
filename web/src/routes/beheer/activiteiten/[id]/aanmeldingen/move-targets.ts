// The sessions an organiser can move a sign-up to: the upcoming published events of the same
// organisers that take sign-ups on this site, with the seats they have left. Read only while the
// move panel is open.
import { graphql } from "$lib/graphql/generated";
import { queryApiOrNull } from "$lib/server/api";
import type { SignupListEvent } from "./signup-list";

const MoveTargetsQuery = graphql(`
  query MoveTargets($organisation: String!) {
    events(first: 100, filter: { organisation: $organisation, includeCancelled: false }) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          allDay
          signupAvailability {
            remaining
          }
        }
      }
    }
  }
`);

export interface MoveTarget {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  /** Seats left; null when unlimited. */
  remaining: number | null;
}

type Fetch = typeof globalThis.fetch;

/** Null when the API cannot answer, so the panel can say so rather than offer nothing. */
export async function loadMoveTargets(fetch: Fetch, event: Pick<SignupListEvent, "id" | "organisers">, token: string | null): Promise<MoveTarget[] | null> {
  const answers = await Promise.all(
    event.organisers.map(({ organisation }) => queryApiOrNull(fetch, MoveTargetsQuery, { organisation: organisation.slug }, "Move targets", { token })),
  );
  if (answers.some((answer) => answer === null)) return null;
  const now = Date.now();
  const targets = new Map<string, MoveTarget>();
  for (const answer of answers) {
    for (const { node } of answer!.events.edges) {
      // The agenda lists events until they end; a sign-up can only move to one not yet begun.
      if (node.id === event.id || !node.signupAvailability || Date.parse(node.startsAt) <= now) continue;
      targets.set(node.id, { ...node, remaining: node.signupAvailability.remaining ?? null });
    }
  }
  return [...targets.values()].toSorted((a, b) => a.startsAt.localeCompare(b.startsAt));
}
