/**
 * Everything may be crawled but the editors' pages, which only answer signed-in visitors (their
 * pages also say noindex); the sitemap says where the pages are.
 */
export function robotsTxt(origin: string): string {
  return ["User-agent: *", "Allow: /", "Disallow: /beheer", "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
}
