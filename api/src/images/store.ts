// The platform's one image store and the public addresses of its files.
import { env } from "../env.ts";
import { fileStorage } from "./storage.ts";

export const imageStorage = fileStorage(env.IMAGE_DIR);

/** Where the API serves images (serve.ts); the key and width follow. */
export const IMAGES_PATH = "/images";

const publicOrigin = env.API_PUBLIC_URL ?? `http://localhost:${env.API_PORT}`;

export const imageUrl = (key: string, width: number) => `${publicOrigin}${IMAGES_PATH}/${key}/${width}.webp`;

/** The smallest stored width at least as wide as asked for, else the largest; the largest without a wish. */
export function pickWidth(widths: readonly number[], wanted?: number | null): number {
  const largest = widths[widths.length - 1];
  if (!wanted) return largest;
  return widths.find((width) => width >= wanted) ?? largest;
}
