// Turns an event draft (wall-clock times, organisers, tags) into rows: a unique slug, UTC times,
// publication and sign-up dates that are consistent with the reference date, organisers, tags.
import type { EventKind, EventStatus, Leerweg, OrganiserRole, SignupMode } from "../generated/prisma/client.ts";
import { tagEvent, type EventBatch, type Tags } from "./model.ts";
import type { Network, OfferingRecord, OrgRecord, VenueRecord } from "./network.ts";
import type { Rng } from "./rng.ts";
import { demoSignups } from "./signups.ts";
import { addDays, zonedTime } from "./time.ts";

export interface EventDraft {
  kind: EventKind;
  /** Readable text the slug is made from, e.g. "techniekmarkt Oss 2026-03-12". */
  slugBase: string;
  title: string;
  summary: string;
  description: string;
  date: string;
  start: string;
  end: string;
  /** Last day of a multi-day event (all-day events run from 00:00 on `date` to 24:00 on `endDate`). */
  endDate?: string;
  allDay?: boolean;
  venue?: VenueRecord;
  online?: boolean;
  organisers: [OrgRecord, OrganiserRole][];
  tags: Tags;
  leerwegen?: Leerweg[];
  signupMode: SignupMode;
  capacity?: number | null;
  costCents?: number;
  offering?: OfferingRecord;
  challengeId?: number;
  status?: EventStatus;
  cancellationReason?: string;
  /** The class an invitation-only session is for: its school signed up. */
  invited?: { organisation: OrgRecord; label: string };
}

const cancellationReasons = [
  "Door ziekte van de begeleider gaat deze activiteit niet door. We plannen zo snel mogelijk een nieuwe datum.",
  "Te weinig aanmeldingen: de activiteit wordt later in het schooljaar opnieuw aangeboden.",
  "Vanwege code oranje voor zware windstoten is de activiteit afgelast.",
  "De locatie is op deze dag niet beschikbaar door een verbouwing.",
];

export function cancellationReason(rng: Rng, kind: EventKind): string {
  if (kind === "COMPANY_VISIT" && rng.chance(0.5)) return "Het bedrijf kan op deze dag geen groepen ontvangen door een storing in de productie.";
  return rng.pick(cancellationReasons);
}

/** The sentence about signing up and costs that ends every description. */
export function practicalInfo(draft: Pick<EventDraft, "signupMode" | "capacity" | "costCents">): string {
  const cost = draft.costCents ? ` De kosten zijn € ${(draft.costCents / 100).toFixed(2).replace(".", ",")} per deelnemer.` : " Deelname is gratis.";
  switch (draft.signupMode) {
    case "NONE":
      return ` Vrij toegankelijk, aanmelden is niet nodig.${cost}`;
    case "PLATFORM":
      return ` Aanmelden via deze agenda${draft.capacity ? `; er zijn ${draft.capacity} plaatsen` : ""}. Bij een volle activiteit komt u op de wachtlijst.${cost}`;
    case "EXTERNAL":
      return ` Aanmelden via de website van de organisator.${cost}`;
    case "INVITATION":
      return ` Alleen op uitnodiging.${cost}`;
  }
}

/** Draws the status of a generated event: a few cancelled, a few drafts (only for future events). */
export function drawStatus(rng: Rng, kind: EventKind, future: boolean): Pick<EventDraft, "status" | "cancellationReason"> {
  const roll = rng.next();
  if (roll < 0.03) return { status: "CANCELLED", cancellationReason: cancellationReason(rng, kind) };
  if (future && roll < 0.115) return { status: "DRAFT" };
  return { status: "PUBLISHED" };
}

const DAY = 86400000;

export function addEvent(net: Network, batch: EventBatch, rng: Rng, draft: EventDraft, id: number): void {
  const slug = net.eventSlugs.claim(draft.slugBase);
  const startsAt = zonedTime(draft.date, draft.allDay ? "00:00" : draft.start);
  const endsAt = zonedTime(draft.endDate ?? draft.date, draft.allDay ? "24:00" : draft.end);
  const now = net.now.getTime();
  const status = draft.status ?? "PUBLISHED";
  const leadDays = rng.int(14, 75);
  let publishedAt: Date | null = zonedTime(addDays(draft.date, -leadDays), `${rng.int(8, 16)}:${rng.pick(["00", "15", "30", "45"])}`);
  if (publishedAt.getTime() > now) publishedAt = new Date(Math.floor(now / DAY - rng.int(1, 21)) * DAY + rng.int(7, 15) * 3600000);
  let createdAt = new Date(publishedAt.getTime() - rng.int(0, 5) * DAY - rng.int(1, 240) * 60000);
  let updatedAt = publishedAt;
  if (status === "DRAFT") {
    createdAt = new Date(now - rng.int(1, 30) * DAY - rng.int(1, 600) * 60000);
    updatedAt = new Date(createdAt.getTime() + rng.int(0, 600) * 60000);
    publishedAt = null;
  } else if (status === "CANCELLED") {
    const cancelledAt = Math.min(startsAt.getTime() - rng.int(1, 5) * DAY, now - rng.int(1, 10) * DAY);
    updatedAt = new Date(Math.max(cancelledAt, publishedAt.getTime() + 3600000));
  }
  const platform = draft.signupMode === "PLATFORM";
  const leadOrganiser = draft.organisers[0][0];
  batch.events.push({
    id,
    slug,
    title: draft.title,
    summary: draft.summary,
    description: draft.description,
    kind: draft.kind,
    status,
    cancellationReason: status === "CANCELLED" ? (draft.cancellationReason ?? cancellationReasons[0]) : null,
    startsAt,
    endsAt,
    allDay: draft.allDay ?? false,
    regionId: net.regionId,
    venueId: draft.venue?.id ?? null,
    onlineUrl: draft.online ? `https://meet.${net.programme!.domain}/${slug}` : null,
    leerwegen: draft.leerwegen ?? [],
    capacity: draft.capacity ?? null,
    signupMode: draft.signupMode,
    signupUrl: draft.signupMode === "EXTERNAL" ? `https://www.${leadOrganiser.domain}/aanmelden/${slug}` : null,
    signupOpensAt: platform && publishedAt ? publishedAt : null,
    signupClosesAt: platform ? zonedTime(addDays(draft.date, -2), "23:59") : null,
    costCents: draft.costCents ?? 0,
    offeringId: draft.offering?.id ?? null,
    challengeId: draft.challengeId ?? null,
    sequence: status === "CANCELLED" ? 1 : 0,
    publishedAt,
    createdAt,
    updatedAt,
  });
  const seen = new Set<number>();
  for (const [organisation, role] of draft.organisers) {
    if (seen.has(organisation.id)) continue;
    batch.organisers.push({ eventId: id, organisationId: organisation.id, role, position: seen.size });
    seen.add(organisation.id);
  }
  tagEvent(batch.joins, id, draft.tags);
  batch.signups.push(...demoSignups(net, draft, batch.events[batch.events.length - 1] as Parameters<typeof demoSignups>[2]));
}
