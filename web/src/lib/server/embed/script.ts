// The loader, embed/dist/embed.js, as the site serves it at /embed.js. It is read from the embed
// workspace's build (or EMBED_JS_PATH) at run time rather than bundled into web's build, so a
// rebuilt loader is served without rebuilding the site. `npm run build` builds embed before web,
// since web depends on the embed package, so a fresh checkout serves it after one build.
import { env } from "$env/dynamic/private";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { etagOf } from "./http";

export interface EmbedScript {
  body: string;
  etag: string;
}

/** `npm start` runs the site from the repository root, `vite dev` and `vite preview` from web/. */
function candidates(): string[] {
  const configured = env.EMBED_JS_PATH?.trim();
  if (configured) return [resolve(configured)];
  return [resolve("embed/dist/embed.js"), resolve("../embed/dist/embed.js")];
}

let cached: (EmbedScript & { path: string; modified: number }) | null = null;

/** The built loader, or null when embed has not been built. Re-read only when the file changes. */
export function embedScript(): EmbedScript | null {
  for (const path of candidates()) {
    let modified: number;
    try {
      modified = statSync(path).mtimeMs;
    } catch {
      continue;
    }
    if (cached?.path === path && cached.modified === modified) return cached;
    // The source map stays with the build: a school's console should not report a missing map.
    const body = readFileSync(path, "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
    cached = { path, modified, body, etag: etagOf(body) };
    return cached;
  }
  return null;
}
