// What <techniek-aanbod> shows of one school, in one GraphQL request.
import { graphql } from "$lib/graphql/generated";
import type { AanbodOptions } from "$lib/embed/options";
import type { AanbodData, EmbedEvent, Offering, School } from "$lib/embed/widget-data";
import { queryApiOrFailure, type ApiFailure } from "$lib/server/api";
import { embedEvents } from "./event-fields";

const EmbedAanbodQuery = graphql(`
  query EmbedAanbod($school: String!, $events: Int!, $withEvents: Boolean!) {
    organisation(slug: $school) {
      slug
      name
      url
      hasTechlab
      email
      phone
      profiles {
        code
        name
        technical
      }
      gtProgrammes {
        slug
        name
      }
      offerings {
        slug
        title
        kind
        summary
        audiences {
          sector
        }
      }
      roles {
        kind
        person {
          name
          jobTitle
          workEmail
          workPhone
        }
      }
      outgoingLinks(kinds: [PARTNER_COMPANY]) {
        to {
          slug
          name
          city
          url
        }
      }
      challengeParticipations {
        challenge {
          slug
          title
          summary
          status
          company {
            name
          }
        }
      }
    }
    events(first: $events, filter: { organisation: $school }) @include(if: $withEvents) {
      edges {
        node {
          ...EmbedEventFields
        }
      }
    }
  }
`);

export type AanbodResult = { ok: true; data: AanbodData } | { ok: false; reason: "not-found" | ApiFailure };

export async function loadAanbod(fetch: typeof globalThis.fetch, options: AanbodOptions & { school: string }): Promise<AanbodResult> {
  const withEvents = options.sections.includes("events") && options.events > 0;
  const variables = { school: options.school, events: Math.max(options.events, 1), withEvents };
  const answer = await queryApiOrFailure(fetch, EmbedAanbodQuery, variables, `Embed aanbod ${options.school}`);
  if ("failure" in answer) return { ok: false, reason: answer.failure };
  const school = answer.data.organisation;
  if (!school) return { ok: false, reason: "not-found" };
  return { ok: true, data: group(school, embedEvents(answer.data.events?.edges.map((edge) => edge.node) ?? []), options) };
}

function group(school: School, events: EmbedEvent[], options: AanbodOptions): AanbodData {
  const techlabShown = options.sections.includes("techlab");
  const isTechlab = (offering: Offering) => offering.kind === "TECHLAB_SESSION";
  const forPrimary = (offering: Offering) => offering.audiences.some((audience) => audience.sector === "PRIMARY");
  return {
    school,
    profiles: school.profiles.filter((profile) => profile.technical),
    gtProgrammes: school.gtProgrammes,
    techlabSessions: school.offerings.filter(isTechlab),
    forPrimary: school.offerings.filter((offering) => forPrimary(offering) && !(techlabShown && isTechlab(offering))),
    electives: school.offerings.filter((offering) => offering.kind === "ELECTIVE" || offering.kind === "TALENT_LESSON"),
    challenges: school.challengeParticipations.map((participation) => participation.challenge),
    partners: school.outgoingLinks.map((link) => link.to),
    events,
    contacts: school.roles.filter((role) => role.kind === "SCHAKELFUNCTIONARIS").map((role) => role.person),
  };
}
