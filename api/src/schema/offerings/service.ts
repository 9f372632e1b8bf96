// Writes to the offering, each in one transaction with its audit entry. Who may call which is
// declared on the mutations.
import type { Prisma } from "@techniek-loket/db/client";
import { slugify } from "@techniek-loket/db/text";
import { recordChange } from "../../audit.ts";
import type { Viewer } from "../../context.ts";
import { db } from "../../db.ts";
import { lockRow } from "../../versions.ts";
import { imageToAttach } from "../images/service.ts";
import { tagIds, tagSnapshot } from "../vocabulary/tags.ts";
import type { OfferingInputShape } from "./inputs.ts";

const snapshot = { include: tagSnapshot } satisfies Prisma.OfferingDefaultArgs;

function scalars(input: OfferingInputShape) {
  return {
    title: input.title.trim(),
    summary: input.summary?.trim() ?? "",
    description: input.description?.trim() ?? "",
    kind: input.kind,
    active: input.active ?? true,
    bookable: input.bookable ?? false,
    bookingInfo: input.bookingInfo?.trim() ?? "",
    bookingUrl: input.bookingUrl ?? null,
    durationMinutes: input.durationMinutes ?? null,
    maxGroupSize: input.maxGroupSize ?? null,
    costCents: input.costCents ?? null,
    leerwegen: input.leerwegen ?? [],
  };
}

async function uniqueSlug(tx: Prisma.TransactionClient, organisationSlug: string, title: string) {
  const base = `${organisationSlug}-${slugify(title)}`.slice(0, 120);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.offering.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export function createOffering(viewer: Viewer, organisationId: number, input: OfferingInputShape) {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { slug: true, regionId: true } });
    const tags = await tagIds(tx, input);
    const imageId = await imageToAttach(tx, viewer, input.imageId, { path: ["input", "imageId"], current: null, regionId: organisation.regionId });
    const offering = await tx.offering.create({
      data: {
        ...scalars(input),
        imageId,
        slug: await uniqueSlug(tx, organisation.slug, input.title),
        organisationId,
        regionId: organisation.regionId,
        audiences: { connect: tags.audiences },
        profiles: { connect: tags.profiles },
        actionLines: { connect: tags.actionLines },
        themes: { connect: tags.themes },
      },
      ...snapshot,
    });
    await recordChange(tx, viewer, { action: "offering.create", subjectType: "Offering", subjectId: offering.id, regionId: offering.regionId, after: offering });
    return offering;
  });
}

export function updateOffering(viewer: Viewer, id: number, version: number, input: OfferingInputShape) {
  return db.$transaction(async (tx) => {
    await lockRow(tx, "Offering", id, version);
    const before = await tx.offering.findUniqueOrThrow({ where: { id }, ...snapshot });
    const tags = await tagIds(tx, input);
    const imageId = await imageToAttach(tx, viewer, input.imageId, { path: ["input", "imageId"], current: before.imageId, regionId: before.regionId });
    const after = await tx.offering.update({
      where: { id },
      data: {
        ...scalars(input),
        imageId,
        version: { increment: 1 },
        audiences: { set: tags.audiences },
        profiles: { set: tags.profiles },
        actionLines: { set: tags.actionLines },
        themes: { set: tags.themes },
      },
      ...snapshot,
    });
    await recordChange(tx, viewer, { action: "offering.update", subjectType: "Offering", subjectId: id, regionId: after.regionId, before, after });
    return after;
  });
}
