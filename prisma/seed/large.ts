// Large mode: on top of the demo agenda, generate events up to a requested total, spread over
// the same school years with the same builders, and write them in batches as they are made.
import type { EventKind } from "../generated/prisma/client.ts";
import { addEvent, drawStatus } from "./event-kit.ts";
import type { Catalogue } from "./event-kinds.ts";
import { draftOfKind, type Calendar } from "./events.ts";
import { emptyEventBatch, type EventBatch } from "./model.ts";
import type { Network } from "./network.ts";
import { createRng } from "./rng.ts";

const weights: [EventKind, number][] = [
  ["TECHLAB_SESSION", 30],
  ["COMPANY_VISIT", 18],
  ["GUEST_LESSON", 15],
  ["WORKSHOP", 12],
  ["TRAINING", 7],
  ["NETWORK_MEETING", 6],
  ["OPEN_DAY", 5],
  ["TECHNIEKMARKT", 1],
];

export const BATCH_SIZE = 5000;

export async function generateLargeAgenda(
  net: Network,
  c: Catalogue,
  cal: Calendar,
  options: { from: number; total: number; write: (batch: EventBatch) => Promise<void>; log: (message: string) => void },
): Promise<void> {
  const rng = createRng("large");
  const today = net.region.referenceDate;
  for (let id = options.from; id <= options.total; ) {
    const batch = emptyEventBatch();
    const last = Math.min(options.total, id + BATCH_SIZE - 1);
    for (; id <= last; id++) {
      const draft = draftOfKind(c, rng, cal, rng.weighted(weights));
      addEvent(net, batch, rng, { ...draft, ...drawStatus(rng, draft.kind, draft.date > today) }, id);
    }
    await options.write(batch);
    options.log(`events ${last}/${options.total}`);
  }
}
