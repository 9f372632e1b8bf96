// What <techniek-agenda> shows: the next events of the region, filtered like the API's agenda.
// Municipalities and the organisation are checked against the API in the same request, so a
// misspelt one gets a warning instead of a silently empty agenda.
import { graphql } from "$lib/graphql/generated";
import type { EventFilter } from "$lib/graphql/generated/graphql";
import type { AgendaOptions, AttributeWarning } from "$lib/embed/options";
import type { AgendaData } from "$lib/embed/widget-data";
import { queryApiOrFailure, type ApiFailure } from "$lib/server/api";
import { embedEvents } from "./event-fields";

const EmbedAgendaQuery = graphql(`
  query EmbedAgenda($first: Int!, $filter: EventFilter!, $organisation: String!, $withOrganisation: Boolean!) {
    events(first: $first, filter: $filter) {
      edges {
        node {
          ...EmbedEventFields
        }
      }
    }
    municipalities {
      slug
      name
    }
    organisation(slug: $organisation) @include(if: $withOrganisation) {
      name
    }
  }
`);

export type AgendaResult = { ok: true; data: AgendaData; warnings: AttributeWarning[] } | { ok: false; reason: ApiFailure };

export function eventFilter(options: AgendaOptions): EventFilter {
  const filter: EventFilter = {};
  if (options.municipalities.length) filter.municipalities = options.municipalities;
  if (options.audiences.length) filter.audienceSectors = options.audiences;
  if (options.kinds.length) filter.kinds = options.kinds;
  if (options.organisation) filter.organisation = options.organisation;
  return filter;
}

export async function loadAgenda(fetch: typeof globalThis.fetch, options: AgendaOptions): Promise<AgendaResult> {
  const variables = {
    first: options.limit,
    filter: eventFilter(options),
    organisation: options.organisation ?? "",
    withOrganisation: options.organisation !== null,
  };
  const answer = await queryApiOrFailure(fetch, EmbedAgendaQuery, variables, "Embed agenda");
  if ("failure" in answer) return { ok: false, reason: answer.failure };
  const { data } = answer;

  const warnings: AttributeWarning[] = [];
  const names = new Map(data.municipalities.map((municipality) => [municipality.slug, municipality.name]));
  for (const slug of options.municipalities) {
    if (!names.has(slug)) warnings.push({ attribute: "municipality", message: `no municipality "${slug}" on the platform` });
  }
  if (options.organisation && !data.organisation) {
    warnings.push({ attribute: "organisation", message: `no organisation "${options.organisation}" on the platform` });
  }
  return {
    ok: true,
    warnings,
    data: {
      events: embedEvents(data.events.edges.map((edge) => edge.node)),
      municipalityNames: options.municipalities.flatMap((slug) => names.get(slug) ?? []),
      organisationName: data.organisation?.name ?? null,
    },
  };
}
