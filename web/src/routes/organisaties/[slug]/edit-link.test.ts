// The public page's "Bewerken" link: no extra API call for anonymous visitors, and a page that
// depended on a session is never stored by shared caches.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { editLinkFor } from "./edit-link";

const server = fakeApi();

function eventWith(token: string | null) {
  const headers: Record<string, string> = {};
  return { headers, event: { fetch: globalThis.fetch, locals: { sessionToken: token }, setHeaders: (set: Record<string, string>) => Object.assign(headers, set) } };
}

describe("the edit link on an organisation's public page", () => {
  it("asks nothing and changes no header for an anonymous visitor", async () => {
    // Any request would fail the test: fakeApi answers none it was not given.
    const { headers, event } = eventWith(null);
    expect(await editLinkFor(event, "het-ambachtshuis")).toBeNull();
    expect(headers).toEqual({});
  });

  it("links an editor to the editing page, asked with her token, and keeps the page out of shared caches", async () => {
    let authorization: string | null = null;
    server.use(
      graphql.query("OrganisationEditLink", ({ request }) => {
        authorization = request.headers.get("authorization");
        return HttpResponse.json({ data: { organisation: { viewerCanEdit: true } } });
      }),
    );
    const { headers, event } = eventWith("token-1");
    expect(await editLinkFor(event, "het-ambachtshuis")).toBe("/beheer/organisaties/het-ambachtshuis");
    expect(authorization).toBe("Bearer token-1");
    expect(headers).toEqual({ "cache-control": "private, no-store" });
  });

  it("shows no link to a signed-in visitor who may not edit it", async () => {
    server.use(graphql.query("OrganisationEditLink", () => HttpResponse.json({ data: { organisation: { viewerCanEdit: false } } })));
    const { headers, event } = eventWith("token-2");
    expect(await editLinkFor(event, "het-ambachtshuis")).toBeNull();
    expect(headers).toEqual({ "cache-control": "private, no-store" });
  });
});
