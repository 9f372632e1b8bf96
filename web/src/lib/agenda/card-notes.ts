// The short lines of an agenda card that are worked out from the event rather than shown as they
// are: how far it is from the place filtered by, who organises it (unless the title or the place
// already says so), for whom it is, whether a visitor can come or how many seats are left, the
// name of its kind, and its picture.
// Written on the server into the page data, so their label tables stay out of the agenda's
// JavaScript.
import type { AudienceSector, EventKind, SignupMode } from "$lib/graphql/generated/graphql";
import { audienceSectorLabels, eventKindLabels, label, seatsLeftText, signupModeLabels } from "$lib/labels";
import { eventPicture, type ApiImage, type Picture } from "$lib/pictures";
import { distanceText, type Point } from "./distance";

export interface CardNotes {
  /** "Techniekmarkt". */
  kind: string;
  /** "17 km van Veghel", when filtering by a place and the venue has coordinates. */
  distance: string | null;
  /** "Door Het Techniek Loket en Gemeente Oss": the organisers the title and the place do not name. */
  by: string | null;
  /** "Voor basisonderwijs en ouders". */
  forWhom: string | null;
  /** "Aanmelden via deze site: nog 4 plaatsen" while sign-up on this site is open; `full` when only the waiting list is. */
  signup: { text: string; full: boolean } | null;
  /** How to take part, unless sign-up is on this site (the card then shows the seats left). */
  access: string | null;
  /** Only by invitation: a visitor cannot come. */
  closed: boolean;
  picture: Picture;
}

interface CardEvent {
  title: string;
  kind: EventKind;
  image?: ApiImage | null;
  venue?: { name?: string; latitude?: number | null; longitude?: number | null } | null;
  organisers: readonly { organisation: { name: string } }[];
  audiences?: readonly { sector: AudienceSector }[];
  signupMode?: SignupMode;
  signupAvailability?: { isOpen: boolean; remaining?: number | null; waitingCount: number } | null;
}

/** "a", "a en b", "a, b en c". */
const listed = (words: string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} en ${words.at(-1)}`);

export function cardNotes(event: CardEvent, from: (Point & { name: string }) | null = null): CardNotes {
  const sectors = [...new Set(event.audiences?.map((audience) => audience.sector))].map((sector) => label(audienceSectorLabels, sector).toLowerCase());
  const mode = event.signupMode;
  const named = `${event.title} ${event.venue?.name ?? ""}`.toLowerCase();
  const unnamed = event.organisers.map(({ organisation }) => organisation.name).filter((name) => !named.includes(name.toLowerCase()));
  const availability = event.signupAvailability?.isOpen ? event.signupAvailability : null;
  const seats = availability && seatsLeftText(availability);
  return {
    kind: label(eventKindLabels, event.kind),
    distance: from ? distanceText(event.venue, from) : null,
    by: unnamed.length ? `Door ${listed(unnamed)}` : null,
    forWhom: sectors.length ? `Voor ${listed(sectors)}` : null,
    signup: availability && { text: `Aanmelden via deze site${seats ? `: ${seats.toLowerCase()}` : ""}`, full: availability.remaining === 0 },
    access: mode && mode !== "PLATFORM" ? signupModeLabels[mode] : null,
    closed: mode === "INVITATION",
    picture: eventPicture(event),
  };
}

/** The events with their card notes. */
export function withCardNotes<E extends CardEvent>(events: readonly E[], from: (Point & { name: string }) | null = null): (E & { notes: CardNotes })[] {
  return events.map((event) => ({ ...event, notes: cardNotes(event, from) }));
}
