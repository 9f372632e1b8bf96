// Images nobody uses: uploaded and never attached, or no longer attached to anything. The worker
// removes them every hour, after a day's grace so an editor who uploads and then takes a while to
// save does not lose the upload. Rows go first (in one statement that re-checks use), then files.
import { db } from "../db.ts";
import type { ImageStorage } from "./storage.ts";

export const UNUSED_IMAGE_GRACE_MS = 24 * 60 * 60 * 1000;

export async function deleteUnusedImages(storage: ImageStorage, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNUSED_IMAGE_GRACE_MS);
  const deleted = await db.$queryRaw<{ key: string }[]>`
    DELETE FROM "Image" AS i
    WHERE i."createdAt" < ${cutoff}
      AND NOT EXISTS (SELECT 1 FROM "Event" WHERE "imageId" = i.id)
      AND NOT EXISTS (SELECT 1 FROM "Offering" WHERE "imageId" = i.id)
      AND NOT EXISTS (SELECT 1 FROM "Organisation" WHERE "imageId" = i.id OR "logoId" = i.id)
    RETURNING i.key`;
  for (const { key } of deleted) await storage.remove(key);
  return deleted.length;
}
