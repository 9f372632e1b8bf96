// PNG copies of the site's drawings (static/beelden/*.svg) for link previews: chat apps and social
// media show no SVG as og:image. Rendered once, when the site is built.
import { error } from "@sveltejs/kit";
import sharp from "sharp";
import { SHARE_SIZE } from "$lib/pictures";
import type { EntryGenerator, RequestHandler } from "./$types";

const drawings = import.meta.glob<string>("/static/beelden/**/*.svg", { query: "?raw", import: "default", eager: true });
/** "activiteit/techlab" -> its SVG. */
const drawingByPath = new Map(Object.entries(drawings).map(([file, svg]) => [file.replace(/^\/static\/beelden\/|\.svg$/g, ""), svg]));

export const prerender = true;

export const entries: EntryGenerator = () => [...drawingByPath.keys()].map((pad) => ({ pad }));

export const GET: RequestHandler = async ({ params }) => {
  const svg = drawingByPath.get(params.pad);
  if (!svg) error(404, "Deze afbeelding bestaat niet.");
  // Rendered at twice the SVG's density, so the scaled-up drawing stays sharp; cropped to the
  // previews' 16:9 from the middle (the welcome drawing is wider).
  const png = await sharp(Buffer.from(svg), { density: 144 })
    .resize(SHARE_SIZE.width, SHARE_SIZE.height, { fit: "cover" })
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
