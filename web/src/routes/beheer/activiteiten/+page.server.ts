// /beheer/activiteiten: for each organisation the viewer edits, its events by where they stand,
// coming and past. Drafts and the rest are listed only because the viewer's session is sent.
import { graphql, useFragment, type FragmentType } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { groupByStatus } from "./status-groups";
import type { PageServerLoad } from "./$types";

const EditorEventFields = graphql(`
  fragment EditorEventFields on Event {
    id
    slug
    title
    status
    rejectionReason
    startsAt
    endsAt
    allDay
    signupMode
  }
`);

/** The events of one list, as the page shows them. */
const eventsOf = (list: { edges: { node: FragmentType<typeof EditorEventFields> }[] }) =>
  groupByStatus(useFragment(EditorEventFields, list.edges.map((edge) => edge.node)));

// Past events are many and rarely changed: the latest ones only.
const PAST_SHOWN = 20;

const EditorEventsQuery = graphql(`
  query EditorEvents($slug: String!, $past: Int!) {
    organisation(slug: $slug) {
      name
      slug
      viewerCanEdit
      upcoming: events(first: 100, upcoming: true, statuses: [DRAFT, SUBMITTED, REJECTED, PUBLISHED, CANCELLED]) {
        edges {
          node {
            ...EditorEventFields
          }
        }
      }
      past: events(first: $past, upcoming: false, statuses: [DRAFT, SUBMITTED, REJECTED, PUBLISHED, CANCELLED]) {
        edges {
          node {
            ...EditorEventFields
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, parent, locals, url }) => {
  const { viewer } = await parent();
  const organisations = await Promise.all(
    viewer.memberships.map(async ({ organisation: { slug } }) => {
      const { organisation } = await queryApi(fetch, EditorEventsQuery, { slug, past: PAST_SHOWN }, "Editor's events", { token: locals.sessionToken });
      return organisation;
    }),
  );
  return {
    organisations: organisations
      .filter((organisation) => organisation !== null)
      .map((organisation) => ({
        name: organisation.name,
        slug: organisation.slug,
        upcoming: eventsOf(organisation.upcoming),
        past: eventsOf(organisation.past),
      })),
    moderates: viewer.moderatedRegions.length > 0 || viewer.platformAdmin,
    deleted: url.searchParams.has("verwijderd"),
  };
};
