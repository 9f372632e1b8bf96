// Slugs for new organisations, regions and municipalities: made from the name, with "-2", "-3" ...
// when it is taken. Two saves at once may pick the same free slug; the unique constraint refuses
// the second, which then tries again with a fresh look at what is taken.
import { Prisma } from "@techniek-loket/db/client";
import { slugify } from "@techniek-loket/db/text";

const ATTEMPTS = 5;

/** Whether the error is the database refusing a second row with the same value of this unique field. */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  // The pg driver adapter names the index (Region_slug_key) under meta.driverAdapterError; other
  // engines list the fields under meta.target.
  const meta = JSON.stringify(error.meta ?? {});
  return meta.includes(`_${field}_key"`) || meta.includes(`"${field}"`);
}

/**
 * Runs `create` (its own transaction) with the first free slug for `name`; `taken` lists the slugs
 * already used that start with a base. The slug starts with `fallback` when the name has no letters.
 */
export async function withUniqueSlug<T>(name: string, fallback: string, taken: (base: string) => Promise<string[]>, create: (slug: string) => Promise<T>): Promise<T> {
  const base = slugify(name).slice(0, 80).replace(/-+$/, "") || fallback;
  for (let attempt = 1; ; attempt++) {
    const used = new Set(await taken(base));
    let n = 1;
    while (used.has(n === 1 ? base : `${base}-${n}`)) n++;
    try {
      return await create(n === 1 ? base : `${base}-${n}`);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isUniqueViolation(error, "slug")) throw error;
    }
  }
}
