// The demo agenda: techniekmarkten, challenge milestones and the week of technology on fixed
// dates, and a realistic mix of other events on school days across both school years.
import type { EventKind } from "../generated/prisma/client.ts";
import { addEvent, cancellationReason, type EventDraft } from "./event-kit.ts";
import { companyVisit, guestLesson, openDay, techlabSession, techniekmarkt, workshop, type Catalogue } from "./event-kinds.ts";
import type { EventBatch } from "./model.ts";
import { challengeEvents, networkMeeting, techniekweek, training } from "./network-events.ts";
import type { Network } from "./network.ts";
import { createRng, type Rng } from "./rng.ts";
import { addDays, inPeriods, schoolDays, weekday } from "./time.ts";

/** How many events of each kind the demo agenda holds, besides the fixed-date ones. */
const demoCounts: [EventKind, number][] = [
  ["TECHLAB_SESSION", 80],
  ["COMPANY_VISIT", 35],
  ["GUEST_LESSON", 25],
  ["WORKSHOP", 20],
  ["TRAINING", 14],
  ["NETWORK_MEETING", 14],
  ["OPEN_DAY", 22],
];

export interface Calendar {
  schoolDays: string[];
  /** Tuesday to Thursday: network meetings and training. */
  midweek: string[];
  /** Open-day season (November to March): Saturdays and school days. */
  openDaySaturdays: string[];
  openDayEvenings: string[];
}

export function calendar(net: Network): Calendar {
  const { schoolYears, holidays } = net.region;
  const days = schoolYears.flatMap((year) => schoolDays(year.from, year.to, holidays));
  const season = (date: string) => date.slice(5, 7) >= "11" || date.slice(5, 7) <= "03";
  const saturdays: string[] = [];
  for (const year of schoolYears) {
    for (let date = year.from; date <= year.to; date = addDays(date, 1)) {
      if (weekday(date) === 6 && season(date) && !inPeriods(date, holidays)) saturdays.push(date);
    }
  }
  return {
    schoolDays: days,
    midweek: days.filter((date) => [2, 3, 4].includes(weekday(date))),
    openDaySaturdays: saturdays,
    openDayEvenings: days.filter((date) => season(date) && [1, 2, 3, 4].includes(weekday(date))),
  };
}

/** One event of a kind on a random suitable day (used by the demo and the large agenda). */
export function draftOfKind(c: Catalogue, rng: Rng, cal: Calendar, kind: EventKind): EventDraft {
  switch (kind) {
    case "TECHLAB_SESSION":
      return techlabSession(c, rng, rng.pick(cal.schoolDays));
    case "COMPANY_VISIT":
      return companyVisit(c, rng, rng.pick(cal.schoolDays));
    case "GUEST_LESSON":
      return guestLesson(c, rng, rng.pick(cal.schoolDays));
    case "WORKSHOP":
      return workshop(c, rng, rng.pick(cal.schoolDays));
    case "TRAINING":
      return training(c, rng, rng.pick(cal.midweek));
    case "NETWORK_MEETING":
      return networkMeeting(c, rng, rng.pick(cal.midweek));
    case "OPEN_DAY": {
      const evening = rng.chance(0.4);
      return openDay(c, rng, rng.pick(evening ? cal.openDayEvenings : cal.openDaySaturdays), evening);
    }
    case "TECHNIEKMARKT": {
      const evening = rng.chance(0.6);
      return techniekmarkt(c, rng, rng.pick(evening ? cal.openDayEvenings : cal.openDaySaturdays), rng.pick(c.net.publicVenues), evening);
    }
    default:
      throw new Error(`No generator for ${kind} events`);
  }
}

const startKey = (draft: EventDraft) => `${draft.date} ${draft.allDay ? "00:00" : draft.start}`;

export function buildDemoAgenda(net: Network, c: Catalogue, cal: Calendar): EventBatch {
  const rng = createRng("agenda");
  const drafts: EventDraft[] = [];
  for (const market of net.region.techniekmarkten) {
    const venue = net.publicVenues.find((v) => v.place.town.name === market.town) ?? net.publicVenues[0];
    drafts.push(techniekmarkt(c, rng, market.date, venue, market.evening));
  }
  for (const challenge of net.challenges) drafts.push(...challengeEvents(c, rng, challenge));
  for (const year of net.region.schoolYears) {
    // The week of technology: the third full school week of March.
    const march = cal.schoolDays.filter((d) => d >= year.from && d <= year.to && d.slice(5, 7) === "03" && weekday(d) === 1);
    if (march[2]) drafts.push(techniekweek(c, march[2]));
  }
  for (const [kind, count] of demoCounts) for (let i = 0; i < count; i++) drafts.push(draftOfKind(c, rng, cal, kind));

  // About 3% cancelled and 3% drafts; never the markets, challenge milestones or the week.
  const today = net.region.referenceDate;
  const eligible = drafts.filter((d) => !["TECHNIEKMARKT", "CHALLENGE", "OTHER"].includes(d.kind));
  const share = Math.round(drafts.length * 0.03);
  for (const draft of rng.sample(eligible, share)) Object.assign(draft, { status: "CANCELLED", cancellationReason: cancellationReason(rng, draft.kind) });
  for (const draft of rng.sample(eligible.filter((d) => !d.status && d.date > today), share)) draft.status = "DRAFT";

  // Ids follow the agenda order, so the demo reads naturally in the database too.
  const order = drafts.map((draft, i) => ({ draft, i })).sort((a, b) => startKey(a.draft).localeCompare(startKey(b.draft)) || a.i - b.i);
  const batch = net.data.agenda;
  order.forEach(({ draft }, i) => addEvent(net, batch, rng, draft, i + 1));
  return batch;
}
