// /beheer/logboek: every change in the regions the viewer moderates, newest first: who, when, what
// and which fields changed. The API shows moderators their regions' log and admins all of it.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { actionLabel, changedFields, editPathOf } from "./changes";
import type { PageServerLoad } from "./$types";

const AuditLogQuery = graphql(`
  query AuditLog($after: String) {
    auditLog(first: 50, after: $after) {
      edges {
        node {
          action
          subject
          by
          at
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, parent, locals, url }) => {
  const { viewer } = await parent();
  if (!viewer.moderatedRegions.length && !viewer.platformAdmin) error(403, "Het logboek is voor moderatoren van een regio.");
  const data = await queryApi(fetch, AuditLogQuery, { after: url.searchParams.get("na") }, "Audit log", {
    token: locals.sessionToken,
    // A cursor from an old link: start at the newest change again.
    refused: () => {
      if (url.searchParams.has("na")) error(400, "Deze pagina van het logboek bestaat niet meer; begin bij de nieuwste wijzigingen.");
    },
  });
  return {
    changes: data.auditLog.edges.map(({ node }) => ({
      what: actionLabel(node.action),
      by: node.by,
      at: node.at,
      fields: changedFields(node.before ?? null, node.after ?? null),
      editPath: editPathOf(node.subject, node.action),
    })),
    next: data.auditLog.pageInfo.hasNextPage ? data.auditLog.pageInfo.endCursor : null,
  };
};
