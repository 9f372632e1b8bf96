// Demo sign-ups, so `npm start` shows a realistic picture: teachers signing up classes, parents a
// family, professionals themselves; a few events full with a waiting list; past events with the
// attendance their organisers recorded; contact data of events older than the retention period
// erased. Each event draws from its own stream, so sign-ups never shift the rest of the seed.
import type { Prisma } from "../generated/prisma/client.ts";
import type { EventDraft } from "./event-kit.ts";
import type { Network, OrgRecord } from "./network.ts";
import { createRng, type Rng } from "./rng.ts";
import { NameMaker, slugify, type PersonName } from "./text.ts";

/** The platform's default: contact data is erased this long after the event (SIGNUP_RETENTION_MONTHS). */
const RETENTION_MONTHS = 12;
const DAY = 86_400_000;

type EventRow = Prisma.EventCreateManyInput & { id: number; startsAt: Date; endsAt: Date };

interface Group {
  organisation?: OrgRecord;
  organisationName?: string;
  groupLabel?: string;
  groupSize: number;
}

const classLabel = (rng: Rng, grades: number[]) => `groep ${rng.pick(grades)}${rng.pick(["a", "b", "c", ""])}`.trimEnd();

/** Who signs up for this event: a class, a family or a professional, from its audiences and kind. */
function groupMaker(net: Network, draft: EventDraft, rng: Rng): () => Group {
  const audiences = draft.tags.audiences ?? [];
  const organiser = draft.organisers[0][0];
  const grades = audiences.filter((code) => code.startsWith("PO_GROUP_")).map((code) => Number(code.slice(9)));
  if (audiences.includes("PARENTS")) return () => ({ groupSize: rng.int(2, 4) });
  if (grades.length) {
    const schools = net.servedSchools.get(organiser.parent?.id ?? organiser.id) ?? net.primarySchools;
    return () => ({ organisation: rng.pick(schools.length ? schools : net.primarySchools), groupLabel: classLabel(rng, grades), groupSize: rng.int(18, 30) });
  }
  if (audiences.some((code) => code.startsWith("VMBO_YEAR_"))) {
    const own = organiser.parent ?? organiser;
    const schools = own.kind === "COMPANY" || own.kind === "PARTNER" ? net.vmboSchools : [own];
    return () => ({ organisation: rng.pick(schools), groupLabel: `klas ${rng.int(1, 2)}${rng.pick(["a", "b", "c"])}`, groupSize: rng.int(6, 12) });
  }
  const workplaces = [...net.vmboSchools, ...net.companies, ...net.primarySchools];
  return () => ({ organisation: rng.pick(workplaces), groupSize: rng.chance(0.85) ? 1 : 2 });
}

function contactOf(person: PersonName, group: Group, taken: Set<string>, rng: Rng) {
  const domain = group.organisation?.domain ?? "mail.example";
  let email = `${slugify(person.first)}.${slugify(person.last).replace(/-/g, "")}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
  taken.add(email);
  return { name: person.name, email, phone: rng.chance(0.4) ? `06-${rng.int(10000000, 99999999)}` : null };
}

const remarks = ["Twee leerlingen komen in een rolstoel.", "Wij komen met de fiets.", "Kunnen we om 10 uur beginnen?", "Drie begeleiders gaan mee."];

/** The sign-ups of one generated event, consistent with its capacity, sign-up window and status. */
export function demoSignups(net: Network, draft: EventDraft, event: EventRow): Prisma.SignupCreateManyInput[] {
  const now = net.now.getTime();
  const opened = (event.signupOpensAt as Date | null | undefined) ?? (event.publishedAt as Date | null | undefined);
  if (event.status === "DRAFT" || !opened || opened.getTime() > now) return [];
  const rng = createRng(`signups:${event.id}`);
  const names = new NameMaker(rng);
  const taken = new Set<string>();
  const past = event.endsAt.getTime() < now;
  const closes = Math.min(now, ((event.signupClosesAt as Date | null | undefined) ?? event.startsAt).getTime());
  const rows: Prisma.SignupCreateManyInput[] = [];

  const add = (group: Group, status: "CONFIRMED" | "WAITLISTED") => {
    const createdAt = new Date(opened.getTime() + rng.next() * Math.max(DAY, closes - opened.getTime()));
    const attended = past && status === "CONFIRMED" && event.status !== "CANCELLED" ? rng.chance(0.92) : null;
    rows.push({
      eventId: event.id,
      status: event.status === "CANCELLED" ? "CANCELLED" : status,
      groupSize: group.groupSize,
      groupLabel: group.groupLabel ?? null,
      ...contactOf(names.next(), group, taken, rng),
      remark: rng.chance(0.15) ? rng.pick(remarks) : null,
      organisationId: group.organisation?.id ?? null,
      organisationName: group.organisationName ?? null,
      waitlistedAt: status === "WAITLISTED" ? createdAt : null,
      attended,
      attendedCount: attended ? Math.max(1, group.groupSize - (group.groupSize > 5 ? rng.int(0, 2) : 0)) : attended === false ? 0 : null,
      cancelledAt: event.status === "CANCELLED" ? (event.updatedAt as Date) : null,
      createdAt,
      updatedAt: createdAt,
    });
  };

  if (event.signupMode === "INVITATION") {
    const { invited } = draft;
    if (invited) add({ organisation: invited.organisation, groupLabel: `groep ${invited.label}`, groupSize: rng.int(22, 30) }, "CONFIRMED");
  } else if (event.signupMode === "PLATFORM") {
    const nextGroup = groupMaker(net, draft, rng);
    const capacity = event.capacity ?? null;
    if (capacity === null) {
      for (let count = rng.int(2, 8); count > 0; count--) add(nextGroup(), "CONFIRMED");
    } else {
      // One in five is full, with a short waiting list; the rest part-filled.
      const full = rng.chance(0.2);
      let free = full ? capacity : Math.round(capacity * (0.2 + rng.next() * 0.6));
      while (free > 0) {
        const group = nextGroup();
        group.groupSize = Math.min(group.groupSize, free);
        free -= group.groupSize;
        add(group, "CONFIRMED");
      }
      if (full && !past) for (let count = rng.int(1, 3); count > 0; count--) add(nextGroup(), "WAITLISTED");
    }
  }
  // The waiting list starts once the event is full: after the last confirmed sign-up, in order.
  let last = Math.max(opened.getTime(), ...rows.filter((row) => row.status !== "WAITLISTED").map((row) => (row.createdAt as Date).getTime()));
  for (const row of rows.filter((row) => row.status === "WAITLISTED")) {
    last += rng.int(1, 48) * 3_600_000;
    row.createdAt = row.updatedAt = row.waitlistedAt = new Date(Math.min(last, now));
  }
  rows.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());

  const erasedAt = new Date(event.endsAt);
  erasedAt.setUTCMonth(erasedAt.getUTCMonth() + RETENTION_MONTHS);
  if (erasedAt.getTime() < now) {
    for (const row of rows) Object.assign(row, { name: null, email: null, phone: null, remark: null, organisationName: null, erasedAt });
  }
  return rows;
}
