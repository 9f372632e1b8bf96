// Uploading an image, and the rule for attaching one to an event, offering or organisation.
import type { Prisma } from "@techniek-loket/db/client";
import type { Viewer } from "../../context.ts";
import { db } from "../../db.ts";
import { ValidationError } from "../../errors.ts";
import { newImageKey } from "../../images/keys.ts";
import { imageLimits, renderImage, UnsupportedImageError } from "../../images/render.ts";
import { imageStorage } from "../../images/store.ts";
import { mayModerateRegion } from "../../permissions.ts";

const megabytes = imageLimits.maxBytes / 1024 / 1024;

/** Stores the upload's copies and its row; the row comes first, so a failure leaves only what the cleanup finds. */
export async function uploadImage(viewer: Viewer, file: File, alt: string) {
  const refuse = (message: string) => new ValidationError([{ path: ["file"], message }]);
  if (file.size > imageLimits.maxBytes) throw refuse(`file must be at most ${megabytes} MB`);
  if (file.size === 0) throw refuse("file is empty");
  let renditions;
  try {
    renditions = await renderImage(Buffer.from(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof UnsupportedImageError) throw refuse("file must be a JPEG, PNG or WebP image");
    throw error;
  }
  const largest = renditions[renditions.length - 1];
  const image = await db.image.create({
    data: { key: newImageKey(), alt, width: largest.width, height: largest.height, widths: renditions.map((copy) => copy.width), uploadedById: viewer.accountId },
  });
  try {
    for (const copy of renditions) await imageStorage.write(image.key, copy.width, copy.data);
  } catch (error) {
    await imageStorage.remove(image.key);
    await db.image.delete({ where: { id: image.id } });
    throw error;
  }
  return image;
}

/**
 * The image id to store for an `imageId` (or `logoId`) input: null removes it, the one already
 * there stays, and a new one must be the viewer's own upload (a region's moderators and admins may
 * use any), so no one shows a picture someone else uploaded for another purpose.
 */
export async function imageToAttach(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  requested: { id: string } | null | undefined,
  { path, current, regionId }: { path: string[]; current: number | null; regionId: number },
): Promise<number | null> {
  if (!requested) return null;
  const id = Number(requested.id);
  if (id === current) return id;
  const image = await tx.image.findUnique({ where: { id }, select: { uploadedById: true } });
  const field = path[path.length - 1];
  if (!image) throw new ValidationError([{ path, message: `${field}: no such image; upload it with uploadImage first` }]);
  if (image.uploadedById !== viewer.accountId && !mayModerateRegion(viewer, regionId)) {
    throw new ValidationError([{ path, message: `${field}: only images you uploaded can be used` }]);
  }
  return id;
}
