// Who may change what, declared once: the auth scopes (builder.ts) load the facts of an object by
// id and ask here; the viewerCanEdit fields ask with facts selected along with the object.
// An organisation's editors also edit its locations; a region's moderators edit everything in it;
// platform admins everything.
import type { Prisma } from "@techniek-loket/db/client";
import type { Viewer } from "./context.ts";
import { db } from "./db.ts";

export const organisationFacts = { id: true, regionId: true, parentId: true } satisfies Prisma.OrganisationSelect;
type OrganisationFacts = Prisma.OrganisationGetPayload<{ select: typeof organisationFacts }>;

export const eventFacts = {
  regionId: true,
  organisers: { select: { organisation: { select: organisationFacts } } },
} satisfies Prisma.EventSelect;
type EventFacts = Prisma.EventGetPayload<{ select: typeof eventFacts }>;

export const offeringFacts = { organisation: { select: organisationFacts } } satisfies Prisma.OfferingSelect;
type OfferingFacts = Prisma.OfferingGetPayload<{ select: typeof offeringFacts }>;

export function mayModerateRegion(viewer: Viewer | null, regionId: number): boolean {
  return !!viewer && (viewer.platformAdmin || viewer.moderatorOf.has(regionId));
}

export function mayEditOrganisation(viewer: Viewer | null, organisation: OrganisationFacts): boolean {
  if (!viewer) return false;
  const edits = (id: number | null) => id !== null && viewer.editorOf.has(id);
  return mayModerateRegion(viewer, organisation.regionId) || edits(organisation.id) || edits(organisation.parentId);
}

/** The organisation's admins and the region's moderators manage its editors. */
export function mayManageEditors(viewer: Viewer | null, organisation: { id: number; regionId: number }): boolean {
  return !!viewer && (viewer.editorOf.get(organisation.id) === "ADMIN" || mayModerateRegion(viewer, organisation.regionId));
}

export function mayEditEvent(viewer: Viewer | null, event: EventFacts): boolean {
  return mayModerateRegion(viewer, event.regionId) || event.organisers.some(({ organisation }) => mayEditOrganisation(viewer, organisation));
}

export function mayEditOffering(viewer: Viewer | null, offering: OfferingFacts): boolean {
  return mayEditOrganisation(viewer, offering.organisation);
}

// The scope loaders: an id that does not exist is refused like one the viewer may not touch, so
// refusals tell nothing about what exists.
export const allowedTo = {
  editOrganisation: async (viewer: Viewer | null, id: number) =>
    !!viewer && mayEditOrganisation(viewer, (await db.organisation.findUnique({ where: { id }, select: organisationFacts })) ?? noOrganisation),
  editEvent: async (viewer: Viewer | null, id: number) => {
    const event = viewer && (await db.event.findUnique({ where: { id }, select: eventFacts }));
    return !!event && mayEditEvent(viewer, event);
  },
  moderateEvent: async (viewer: Viewer | null, id: number) => {
    const event = viewer && (await db.event.findUnique({ where: { id }, select: { regionId: true } }));
    return !!event && mayModerateRegion(viewer, event.regionId);
  },
  manageEditors: async (viewer: Viewer | null, id: number) => {
    const organisation = viewer && (await db.organisation.findUnique({ where: { id }, select: { id: true, regionId: true } }));
    return !!organisation && mayManageEditors(viewer, organisation);
  },
  moderateOrganisation: async (viewer: Viewer | null, id: number) => {
    const organisation = viewer && (await db.organisation.findUnique({ where: { id }, select: { regionId: true } }));
    return !!organisation && mayModerateRegion(viewer, organisation.regionId);
  },
  editOffering: async (viewer: Viewer | null, id: number) => {
    const offering = viewer && (await db.offering.findUnique({ where: { id }, select: offeringFacts }));
    return !!offering && mayEditOffering(viewer, offering);
  },
};

const noOrganisation: OrganisationFacts = { id: -1, regionId: -1, parentId: null };
