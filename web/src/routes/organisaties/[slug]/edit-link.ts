// Whether the public page shows "Bewerken": asked of the API only when the request carries a
// session cookie, so anonymous visitors (nearly everyone) cost no extra call and see the page as
// it always was. The public query stays anonymous; this small one carries the token, and a page
// that depended on a token is never stored by shared caches.
import { graphql } from "$lib/graphql/generated";
import { queryApiOrFailure } from "$lib/server/api";

const OrganisationEditLinkQuery = graphql(`
  query OrganisationEditLink($slug: String!) {
    organisation(slug: $slug) {
      viewerCanEdit
    }
  }
`);

interface EditLinkEvent {
  fetch: typeof globalThis.fetch;
  locals: App.Locals;
  setHeaders: (headers: Record<string, string>) => void;
}

/** The editing page's address for a signed-in editor of the organisation, else null. */
export async function editLinkFor({ fetch, locals, setHeaders }: EditLinkEvent, slug: string): Promise<string | null> {
  const token = locals.sessionToken;
  if (!token) return null;
  setHeaders({ "cache-control": "private, no-store" });
  const answer = await queryApiOrFailure(fetch, OrganisationEditLinkQuery, { slug }, "Organisation edit link", { token });
  // Without an answer the page goes on without the link: it is a convenience, the page is public.
  return "data" in answer && answer.data.organisation?.viewerCanEdit ? `/beheer/organisaties/${slug}` : null;
}
