// What <techniek-agenda> shows: the next events of the region, filtered like the API's agenda.
// Server-only. Municipalities and the organisation are checked against the API in the same
// request, so a misspelt one gets a warning instead of a silently empty agenda.
import { createClient } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";
import { refusedInput } from "$lib/server/api";
import { embedEvents, type EmbedEvent } from "./event-fields";
import type { AudienceSector, EmbedAgendaQuery, EventFilter, EventKind } from "$lib/graphql/generated/graphql";
import type { AgendaOptions, AttributeWarning } from "./options";

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

export type AgendaEvent = EmbedEvent;

export interface AgendaData {
  events: AgendaEvent[];
  /** Names of the municipalities filtered on, for the widget's description of itself. */
  municipalityNames: string[];
  organisationName: string | null;
}

export type AgendaResult = { ok: true; data: AgendaData; warnings: AttributeWarning[] } | { ok: false; reason: "refused" | "unavailable" };

/** kebab-case attribute keywords to the API's enum values: open-day -> OPEN_DAY. */
const toEnum = <T extends string>(keyword: string) => keyword.toUpperCase().replaceAll("-", "_") as T;

export function eventFilter(options: AgendaOptions): EventFilter {
  const filter: EventFilter = {};
  if (options.municipalities.length) filter.municipalities = options.municipalities;
  if (options.audiences.length) filter.audienceSectors = options.audiences.map(toEnum<AudienceSector>);
  if (options.kinds.length) filter.kinds = options.kinds.map(toEnum<EventKind>);
  if (options.organisation) filter.organisation = options.organisation;
  return filter;
}

export async function loadAgenda(fetch: typeof globalThis.fetch, options: AgendaOptions): Promise<AgendaResult> {
  const result = await createClient(fetch)
    .query(EmbedAgendaQuery, {
      first: options.limit,
      filter: eventFilter(options),
      organisation: options.organisation ?? "",
      withOrganisation: options.organisation !== null,
    })
    .toPromise();
  if (!result.data) {
    console.error(`Embed agenda: the API query failed: ${result.error?.message}`);
    return { ok: false, reason: refusedInput(result.error) ? "refused" : "unavailable" };
  }

  const warnings: AttributeWarning[] = [];
  const names = new Map(result.data.municipalities.map((municipality) => [municipality.slug, municipality.name]));
  for (const slug of options.municipalities) {
    if (!names.has(slug)) warnings.push({ attribute: "municipality", message: `no municipality "${slug}" on the platform` });
  }
  if (options.organisation && !result.data.organisation) {
    warnings.push({ attribute: "organisation", message: `no organisation "${options.organisation}" on the platform` });
  }
  return {
    ok: true,
    warnings,
    data: {
      events: embedEvents(result.data.events.edges.map((edge) => edge.node)),
      municipalityNames: options.municipalities.flatMap((slug) => names.get(slug) ?? []),
      organisationName: result.data.organisation?.name ?? null,
    },
  };
}
