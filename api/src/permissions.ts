// Who may change what, declared once: the auth scopes (builder.ts) load the facts of an object by
// id and ask here; the viewerCanEdit fields ask with facts selected along with the object.
// An organisation's editors also edit its locations; a region's moderators edit everything in it;
// platform admins everything. An API key acts for the account that made it, on its one
// organisation or region, and only within its scopes: never on profiles, people, regions or keys.
import type { ApiKeyScope, Prisma } from "@techniek-loket/db/client";
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

/** A person signed in, not an API key. */
export const isPerson = (viewer: Viewer | null): viewer is Viewer => !!viewer && !viewer.apiKey;

/** A session may do all its account may; a key only what its scopes name. */
const keyAllows = (viewer: Viewer, scope: ApiKeyScope) => !viewer.apiKey || viewer.apiKey.scopes.has(scope);

const moderates = (viewer: Viewer, regionId: number) => viewer.platformAdmin || viewer.moderatorOf.has(regionId);

function editsOrganisation(viewer: Viewer, organisation: OrganisationFacts): boolean {
  const edits = (id: number | null) => id !== null && viewer.editorOf.has(id);
  return moderates(viewer, organisation.regionId) || edits(organisation.id) || edits(organisation.parentId);
}

const organises = (viewer: Viewer, event: EventFacts) =>
  moderates(viewer, event.regionId) || event.organisers.some(({ organisation }) => editsOrganisation(viewer, organisation));

/** Moderating a region: its organisations, editors' trust, people; for persons only. */
export function mayModerateRegion(viewer: Viewer | null, regionId: number): boolean {
  return isPerson(viewer) && moderates(viewer, regionId);
}

/** Publishing and sending back events: the region's moderators, and their keys that write events. */
export function mayModerateEvents(viewer: Viewer | null, regionId: number): boolean {
  return !!viewer && moderates(viewer, regionId) && keyAllows(viewer, "EVENTS_WRITE");
}

/** Changing an organisation's profile: for persons only. */
export function mayEditOrganisation(viewer: Viewer | null, organisation: OrganisationFacts): boolean {
  return isPerson(viewer) && editsOrganisation(viewer, organisation);
}

/** The organisation's admins and the region's moderators manage its editors and its API keys. */
export function mayManageEditors(viewer: Viewer | null, organisation: { id: number; regionId: number }): boolean {
  return isPerson(viewer) && (viewer.editorOf.get(organisation.id) === "ADMIN" || moderates(viewer, organisation.regionId));
}

/** Adding events to an organisation's agenda. */
export function mayAddEvents(viewer: Viewer | null, organisation: OrganisationFacts): boolean {
  return !!viewer && keyAllows(viewer, "EVENTS_WRITE") && editsOrganisation(viewer, organisation);
}

/** Adding to an organisation's offering. */
export function mayAddOfferings(viewer: Viewer | null, organisation: OrganisationFacts): boolean {
  return !!viewer && keyAllows(viewer, "OFFERINGS_WRITE") && editsOrganisation(viewer, organisation);
}

export function mayEditEvent(viewer: Viewer | null, event: EventFacts): boolean {
  return !!viewer && keyAllows(viewer, "EVENTS_WRITE") && organises(viewer, event);
}

/** Sign-ups with their contact data: for the event's organisers (and keys that read sign-ups). */
export function mayReadSignups(viewer: Viewer | null, event: EventFacts): boolean {
  return !!viewer && keyAllows(viewer, "SIGNUPS_READ") && organises(viewer, event);
}

export function mayEditOffering(viewer: Viewer | null, offering: OfferingFacts): boolean {
  return !!viewer && keyAllows(viewer, "OFFERINGS_WRITE") && editsOrganisation(viewer, offering.organisation);
}

// The scope loaders: an id that does not exist is refused like one the viewer may not touch, so
// refusals tell nothing about what exists.
const organisationById = async (id: number) => (await db.organisation.findUnique({ where: { id }, select: organisationFacts })) ?? noOrganisation;

export const allowedTo = {
  editOrganisation: async (viewer: Viewer | null, id: number) => !!viewer && mayEditOrganisation(viewer, await organisationById(id)),
  addEvents: async (viewer: Viewer | null, id: number) => !!viewer && mayAddEvents(viewer, await organisationById(id)),
  addOfferings: async (viewer: Viewer | null, id: number) => !!viewer && mayAddOfferings(viewer, await organisationById(id)),
  editEvent: async (viewer: Viewer | null, id: number) => {
    const event = viewer && (await db.event.findUnique({ where: { id }, select: eventFacts }));
    return !!event && mayEditEvent(viewer, event);
  },
  readSignups: async (viewer: Viewer | null, id: number) => {
    const event = viewer && (await db.event.findUnique({ where: { id }, select: eventFacts }));
    return !!event && mayReadSignups(viewer, event);
  },
  moderateEvent: async (viewer: Viewer | null, id: number) => {
    const event = viewer && (await db.event.findUnique({ where: { id }, select: { regionId: true } }));
    return !!event && mayModerateEvents(viewer, event.regionId);
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
