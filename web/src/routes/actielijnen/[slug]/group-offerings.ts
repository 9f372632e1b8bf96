// An action line can hold a hundred offers; grouped by kind the page stays readable.
import { label, offeringKindLabels } from "$lib/labels";

export interface OfferingGroup<T> {
  kind: string;
  heading: string;
  offerings: T[];
}

/** Offers grouped by kind, in the order of the kinds' labels; within a group in the given order. */
export function groupByKind<T extends { kind: string }>(offerings: readonly T[]): OfferingGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const offering of offerings) {
    const group = groups.get(offering.kind);
    if (group) group.push(offering);
    else groups.set(offering.kind, [offering]);
  }
  const order = Object.keys(offeringKindLabels);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([kind, items]) => ({ kind, heading: label(offeringKindLabels, kind), offerings: items }));
}
