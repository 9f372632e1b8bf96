// Turns an upload into the files the API serves: the type is read from the bytes (never from the
// name or the client's content type), the picture is turned upright, every piece of metadata
// (EXIF with GPS positions, comments, colour profiles) is dropped, and WebP copies are made at a
// few widths, never wider than the original.
import sharp from "sharp";

export const imageLimits = {
  /** Largest upload, in bytes. */
  maxBytes: 8 * 1024 * 1024,
  /** Largest picture, in pixels: a small file can unpack into a huge one. */
  maxPixels: 40_000_000,
  /** The widths stored, when the original is at least as wide. */
  widths: [480, 960, 1600],
  /** The formats taken, as sharp names them. */
  formats: ["jpeg", "png", "webp"],
};

export class UnsupportedImageError extends Error {}

export interface Rendition {
  width: number;
  height: number;
  data: Buffer;
}

/** The widths to store for an original this wide: the standard ones below it, and at most the largest. */
export function widthsFor(originalWidth: number): number[] {
  const largest = Math.min(originalWidth, Math.max(...imageLimits.widths));
  return [...new Set([...imageLimits.widths.filter((width) => width < largest), largest])];
}

const open = (bytes: Buffer) => sharp(bytes, { limitInputPixels: imageLimits.maxPixels, failOn: "error" });

/** The stored copies, narrowest first; UnsupportedImageError when the bytes are no JPEG, PNG or WebP picture. */
export async function renderImage(bytes: Buffer): Promise<Rendition[]> {
  const metadata = await open(bytes)
    .metadata()
    .catch(() => null);
  if (!metadata?.format || !imageLimits.formats.includes(metadata.format) || !metadata.width || !metadata.height) {
    throw new UnsupportedImageError();
  }
  // Orientations 5 to 8 turn the picture a quarter: its upright width is the stored height.
  const uprightWidth = (metadata.orientation ?? 1) >= 5 ? metadata.height : metadata.width;
  try {
    const renditions: Rendition[] = [];
    for (const width of widthsFor(uprightWidth)) {
      const { data, info } = await open(bytes)
        .autoOrient()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      renditions.push({ width: info.width, height: info.height, data });
    }
    return renditions;
  } catch {
    // A header that reads well over a body that does not (a truncated or corrupt file).
    throw new UnsupportedImageError();
  }
}
