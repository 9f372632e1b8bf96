// An event's sign-ups as its organisers see them: the event, the totals, and every confirmed and
// waiting sign-up with its contact data (the page and the door list read the same). The API pages
// its connections (at most 100 a page), so a big event is read page by page.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { SignupListQuery, SignupStatus } from "$lib/graphql/generated/graphql";
import { API_DOWN_MESSAGE, queryApiOrFailure, type ApiAnswer } from "$lib/server/api";
import { NOT_FOUND_TEXT } from "../event-editor";

const SignupListQueryDocument = graphql(`
  query SignupList($id: ID!, $status: SignupStatus!, $after: String) {
    node(id: $id) {
      __typename
      ... on Event {
        id
        slug
        title
        status
        startsAt
        endsAt
        allDay
        capacity
        signupMode
        viewerCanEdit
        organisers {
          organisation {
            slug
          }
        }
        signupTotals {
          confirmedSeats
          confirmedCount
          waitingSeats
          waitingCount
          cancelledCount
          attendedCount
        }
        signups(first: 100, status: $status, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              status
              groupSize
              groupLabel
              waitingPosition
              name
              email
              phone
              remark
              organisation {
                name
              }
              organisationName
              attended
              attendedCount
              createdAt
            }
          }
        }
      }
    }
  }
`);

type EventNode = Extract<NonNullable<SignupListQuery["node"]>, { __typename: "Event" }>;
export type SignupRow = NonNullable<EventNode["signups"]>["edges"][number]["node"];
export type SignupListEvent = Omit<EventNode, "signups" | "signupTotals" | "__typename">;
export type SignupTotals = NonNullable<EventNode["signupTotals"]>;

export interface SignupList {
  event: SignupListEvent;
  totals: SignupTotals;
  confirmed: SignupRow[];
  /** In waiting order: the first to get seats first. */
  waiting: SignupRow[];
}

export const FORBIDDEN_TEXT = "Je mag de aanmeldingen van deze activiteit niet zien. Dat mogen de redacteuren van de organiserende organisatie en de moderatoren van de regio.";

type Fetch = typeof globalThis.fetch;

/** Every page of one status; the event (with its totals) as the first page had it. */
async function loadStatus(fetch: Fetch, id: string, status: SignupStatus, token: string | null) {
  const rows: SignupRow[] = [];
  let after: string | null = null;
  let first: EventNode | null = null;
  do {
    const answer: ApiAnswer<SignupListQuery> = await queryApiOrFailure(fetch, SignupListQueryDocument, { id, status, after }, "Event sign-ups", { token });
    // The API refuses an ID it never handed out: for the visitor that is an address that leads nowhere.
    if ("failure" in answer && answer.failure === "refused") error(404, NOT_FOUND_TEXT);
    if ("failure" in answer) error(503, API_DOWN_MESSAGE);
    const node: SignupListQuery["node"] = answer.data.node;
    if (node?.__typename !== "Event") error(404, NOT_FOUND_TEXT);
    if (!node.viewerCanEdit) error(403, FORBIDDEN_TEXT);
    // An editor who may edit always may read the list; without it the API failed in part.
    if (!node.signups || !node.signupTotals) error(503, API_DOWN_MESSAGE);
    first ??= node;
    rows.push(...node.signups.edges.map((edge) => edge.node));
    after = node.signups.pageInfo.hasNextPage ? node.signups.pageInfo.endCursor ?? null : null;
  } while (after);
  return { event: first as EventNode, rows };
}

export async function loadSignupList(fetch: Fetch, id: string, token: string | null): Promise<SignupList> {
  const [confirmed, waiting] = await Promise.all([loadStatus(fetch, id, "CONFIRMED", token), loadStatus(fetch, id, "WAITLISTED", token)]);
  const { signups: _signups, signupTotals, __typename, ...event } = confirmed.event;
  return {
    event,
    totals: signupTotals!,
    confirmed: confirmed.rows,
    waiting: waiting.rows.toSorted((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0)),
  };
}

/** Whether the event has started, so attendance can be recorded. */
export const hasStarted = (event: Pick<SignupListEvent, "startsAt">, now = new Date()) => new Date(event.startsAt) <= now;
