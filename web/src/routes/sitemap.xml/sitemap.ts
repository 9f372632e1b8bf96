// The sitemap protocol's XML (https://www.sitemaps.org/protocol.html), built from plain entries.

/** The protocol's limit of addresses in one sitemap file. */
export const MAX_SITEMAP_URLS = 50_000;

export interface SitemapEntry {
  /** Absolute address. */
  loc: string;
  /** When the page last changed (ISO 8601). */
  lastmod?: string;
}

const xmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => xmlEntities[character]);
}

export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const entry of entries) {
    // The same page listed twice (an organisation found through two pages of results) is noise.
    if (seen.has(entry.loc) || urls.length >= MAX_SITEMAP_URLS) continue;
    seen.add(entry.loc);
    const lastmod = entry.lastmod ? `<lastmod>${escapeXml(entry.lastmod)}</lastmod>` : "";
    urls.push(`  <url><loc>${escapeXml(entry.loc)}</loc>${lastmod}</url>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
