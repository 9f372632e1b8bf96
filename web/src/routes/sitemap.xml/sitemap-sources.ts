// Everything the sitemap lists, read from the API: every page of events and organisations is
// fetched in turn (at most 100 per request), the small lists in one request.
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { MAX_SITEMAP_URLS, type SitemapEntry } from "./sitemap";

/** The site's fixed pages. */
export const STATIC_PATHS = ["/", "/agenda", "/techniekmarkten", "/netwerkbijeenkomsten", "/organisaties", "/actielijnen", "/challenges", "/over", "/overzicht", "/privacy"];

/** Event pages of events that ended longer ago than this are left out: their value has passed. */
export const PAST_EVENT_DAYS = 365;

const PAGE_SIZE = 100;

const SitemapEventsQuery = graphql(`
  query SitemapEvents($first: Int!, $after: String, $from: DateTime!) {
    events(first: $first, after: $after, filter: { from: $from, includeCancelled: false }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          updatedAt
        }
      }
    }
  }
`);

const SitemapOrganisationsQuery = graphql(`
  query SitemapOrganisations($first: Int!, $after: String) {
    organisations(first: $first, after: $after, filter: { includeLocations: true }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          updatedAt
        }
      }
    }
  }
`);

const SitemapOfferingsQuery = graphql(`
  query SitemapOfferings($first: Int!, $after: String) {
    offerings(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
        }
      }
    }
  }
`);

const SitemapNetworkQuery = graphql(`
  query SitemapNetwork {
    actionLines {
      slug
    }
    challenges {
      slug
    }
  }
`);

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: { slug: string; updatedAt?: string } }[];
}

/** Follows a connection's cursors to the end, or until the sitemap would be full. */
async function allPages(fetchPage: (after: string | null) => Promise<Page>, pathOf: (slug: string) => string) {
  const items: { path: string; lastmod?: string }[] = [];
  let after: string | null = null;
  do {
    const page = await fetchPage(after);
    items.push(...page.edges.map(({ node }) => ({ path: pathOf(node.slug), lastmod: node.updatedAt })));
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after && items.length < MAX_SITEMAP_URLS);
  return items;
}

export async function sitemapEntries(fetch: typeof globalThis.fetch, origin: string, now = new Date()): Promise<SitemapEntry[]> {
  const from = new Date(now.getTime() - PAST_EVENT_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const what = "Sitemap";
  const [events, organisations, offerings, network] = await Promise.all([
    allPages(
      async (after) => (await queryApi(fetch, SitemapEventsQuery, { first: PAGE_SIZE, after, from }, what)).events,
      (slug) => `/agenda/${encodeURIComponent(slug)}`,
    ),
    allPages(
      async (after) => (await queryApi(fetch, SitemapOrganisationsQuery, { first: PAGE_SIZE, after }, what)).organisations,
      (slug) => `/organisaties/${encodeURIComponent(slug)}`,
    ),
    allPages(
      async (after) => (await queryApi(fetch, SitemapOfferingsQuery, { first: PAGE_SIZE, after }, what)).offerings,
      (slug) => `/aanbod/${encodeURIComponent(slug)}`,
    ),
    queryApi(fetch, SitemapNetworkQuery, {}, what),
  ]);

  const paths: { path: string; lastmod?: string }[] = [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...network.actionLines.map(({ slug }) => ({ path: `/actielijnen/${encodeURIComponent(slug)}` })),
    ...network.challenges.map(({ slug }) => ({ path: `/challenges/${encodeURIComponent(slug)}` })),
    ...organisations,
    ...offerings,
    ...events,
  ];
  return paths.map(({ path, lastmod }) => ({ loc: `${origin}${path}`, ...(lastmod ? { lastmod } : {}) }));
}
