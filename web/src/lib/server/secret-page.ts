// Pages whose address holds a secret (a personal manage link): never stored by a browser or proxy,
// never in a search engine, and never sent on as a referrer to another site. Not "no-referrer":
// browsers then send "Origin: null" with the page's own form posts, which the CSRF check refuses.
export const SECRET_PAGE_HEADERS = {
  "cache-control": "private, no-store",
  "x-robots-tag": "noindex",
  "referrer-policy": "same-origin",
} as const;
