// What the widgets show, as the server's loaders ($lib/server/embed) hand it to the components.
// Types only, so the components need nothing from the server.
import type { EmbedAanbodQuery, EmbedEventFieldsFragment } from "$lib/graphql/generated/graphql";

export type EmbedEvent = EmbedEventFieldsFragment;

export type School = NonNullable<EmbedAanbodQuery["organisation"]>;
export type Offering = School["offerings"][number];

/** The school's data, grouped the way <techniek-aanbod>'s sections show it. */
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

/** What <techniek-agenda> shows. */
export interface AgendaData {
  events: EmbedEvent[];
  /** Names of the municipalities filtered on, for the widget's description of itself. */
  municipalityNames: string[];
  organisationName: string | null;
}
