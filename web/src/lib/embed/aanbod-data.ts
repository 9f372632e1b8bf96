// What <techniek-aanbod> shows of one school, in one GraphQL request. Server-only (the client
// factory reads private config).
import { createClient } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";
import { refusedInput } from "$lib/server/api";
import { embedEvents, type EmbedEvent } from "./event-fields";
import type { EmbedAanbodQuery } from "$lib/graphql/generated/graphql";
import type { AanbodOptions } from "./options";

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

type School = NonNullable<EmbedAanbodQuery["organisation"]>;
export type Offering = School["offerings"][number];
export type { EmbedEvent };

/** The school's data, grouped the way the widget's sections show it. */
export interface AanbodData {
  school: Pick<School, "slug" | "name" | "url" | "hasTechlab" | "email" | "phone">;
  profiles: School["profiles"];
  gtProgrammes: School["gtProgrammes"];
  techlabSessions: Offering[];
  /** For primary schools, Techlab sessions excluded when the Techlab section shows them. */
  forPrimary: Offering[];
  electives: Offering[];
  challenges: School["challengeParticipations"][number]["challenge"][];
  partners: School["outgoingLinks"][number]["to"][];
  events: EmbedEvent[];
  contacts: School["roles"][number]["person"][];
}

export type AanbodResult = { ok: true; data: AanbodData } | { ok: false; reason: "not-found" | "refused" | "unavailable" };

export async function loadAanbod(fetch: typeof globalThis.fetch, options: AanbodOptions & { school: string }): Promise<AanbodResult> {
  const withEvents = options.sections.includes("events") && options.events > 0;
  const result = await createClient(fetch)
    .query(EmbedAanbodQuery, { school: options.school, events: Math.max(options.events, 1), withEvents })
    .toPromise();
  if (!result.data) {
    console.error(`Embed aanbod ${options.school}: the API query failed: ${result.error?.message}`);
    return { ok: false, reason: refusedInput(result.error) ? "refused" : "unavailable" };
  }
  const school = result.data.organisation;
  if (!school) return { ok: false, reason: "not-found" };
  return { ok: true, data: group(school, embedEvents(result.data.events?.edges.map((edge) => edge.node) ?? []), options) };
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
