// The seed builds the whole network in memory first (ids assigned in a fixed order), then writes
// it in bulk. These are its shapes: Prisma's own create inputs, plus the implicit join tables.
import type { Leerweg, OfferingKind, Prisma } from "../generated/prisma/client.ts";
import { actionLineId, audienceId, profileId, themeId } from "./vocabulary.ts";

/** Implicit many-to-many tables; "A" is the model whose name sorts first. */
export const joinTables = [
  "_OrganisationToProfile",
  "_GtProgrammeToOrganisation",
  "_AudienceToOffering",
  "_OfferingToProfile",
  "_ActionLineToOffering",
  "_OfferingToTheme",
  "_ActionLineToChallenge",
  "_ChallengeToTheme",
  "_AudienceToEvent",
  "_EventToProfile",
  "_ActionLineToEvent",
  "_EventToTheme",
] as const;
export type JoinTable = (typeof joinTables)[number];

/** Column arrays, ready for `unnest`. */
export interface Pairs {
  a: number[];
  b: number[];
}

export type Joins = Record<JoinTable, Pairs>;

export function emptyJoins(): Joins {
  return Object.fromEntries(joinTables.map((table) => [table, { a: [], b: [] }])) as unknown as Joins;
}

export function relate(joins: Joins, table: JoinTable, a: number, b: number): void {
  joins[table].a.push(a);
  joins[table].b.push(b);
}

export interface Tags {
  audiences?: string[];
  profiles?: string[];
  actionLines?: number[];
  themes?: string[];
}

const unique = <T>(items: T[] = []) => [...new Set(items)];

export function tagOffering(joins: Joins, offeringId: number, tags: Tags): void {
  for (const code of unique(tags.audiences)) relate(joins, "_AudienceToOffering", audienceId(code), offeringId);
  for (const code of unique(tags.profiles)) relate(joins, "_OfferingToProfile", offeringId, profileId(code));
  for (const line of unique(tags.actionLines)) relate(joins, "_ActionLineToOffering", actionLineId(line), offeringId);
  for (const slug of unique(tags.themes)) relate(joins, "_OfferingToTheme", offeringId, themeId(slug));
}

export function tagEvent(joins: Joins, eventId: number, tags: Tags): void {
  for (const code of unique(tags.audiences)) relate(joins, "_AudienceToEvent", audienceId(code), eventId);
  for (const code of unique(tags.profiles)) relate(joins, "_EventToProfile", eventId, profileId(code));
  for (const line of unique(tags.actionLines)) relate(joins, "_ActionLineToEvent", actionLineId(line), eventId);
  for (const slug of unique(tags.themes)) relate(joins, "_EventToTheme", eventId, themeId(slug));
}

export function tagChallenge(joins: Joins, challengeId: number, tags: Tags): void {
  for (const line of unique(tags.actionLines)) relate(joins, "_ActionLineToChallenge", actionLineId(line), challengeId);
  for (const slug of unique(tags.themes)) relate(joins, "_ChallengeToTheme", challengeId, themeId(slug));
}

/** Events and what hangs off them: the part that grows in large mode and is written in batches. */
export interface EventBatch {
  events: Prisma.EventCreateManyInput[];
  organisers: Prisma.EventOrganiserCreateManyInput[];
  signups: Prisma.SignupCreateManyInput[];
  joins: Joins;
}

export function emptyEventBatch(): EventBatch {
  return { events: [], organisers: [], signups: [], joins: emptyJoins() };
}

export interface Dataset {
  regions: Prisma.RegionCreateManyInput[];
  municipalities: Prisma.MunicipalityCreateManyInput[];
  actionLines: Prisma.ActionLineCreateManyInput[];
  profiles: Prisma.ProfileCreateManyInput[];
  programmes: Prisma.GtProgrammeCreateManyInput[];
  themes: Prisma.ThemeCreateManyInput[];
  audiences: Prisma.AudienceCreateManyInput[];
  organisations: Prisma.OrganisationCreateManyInput[];
  links: Prisma.OrganisationLinkCreateManyInput[];
  people: Prisma.PersonCreateManyInput[];
  roles: Prisma.PersonRoleCreateManyInput[];
  offerings: Prisma.OfferingCreateManyInput[];
  venues: Prisma.VenueCreateManyInput[];
  challenges: Prisma.ChallengeCreateManyInput[];
  participants: Prisma.ChallengeParticipantCreateManyInput[];
  milestones: Prisma.ChallengeMilestoneCreateManyInput[];
  /** Join rows of organisations, offerings and challenges (events keep theirs in `agenda`). */
  joins: Joins;
  agenda: EventBatch;
}

export function emptyDataset(): Dataset {
  return {
    regions: [],
    municipalities: [],
    actionLines: [],
    profiles: [],
    programmes: [],
    themes: [],
    audiences: [],
    organisations: [],
    links: [],
    people: [],
    roles: [],
    offerings: [],
    venues: [],
    challenges: [],
    participants: [],
    milestones: [],
    joins: emptyJoins(),
    agenda: emptyEventBatch(),
  };
}

/** An offering as the region's definitions describe it, before it gets an organisation and ids. */
export interface OfferingSpec {
  kind: OfferingKind;
  title: string;
  summary: string;
  description: string;
  topic: string;
  tags: Tags;
  leerwegen?: Leerweg[];
  bookingInfo?: string;
  bookingUrl?: boolean;
  durationMinutes?: number;
  maxGroupSize?: number;
  costCents?: number | null;
}
