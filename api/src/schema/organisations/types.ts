import { builder } from "../../builder.ts";
import { env } from "../../env.ts";
import { mayEditOrganisation, mayManageEditors, mayModerateRegion, organisationFacts } from "../../permissions.ts";
import { publicOffering } from "../offerings/visibility.ts";
import { currentRole } from "../people/visibility.ts";
import { OrganisationKindEnum, OrganisationLinkKindEnum } from "./enums.ts";

export const Organisation = builder.prismaNode("Organisation", {
  nullable: true,
  description:
    "A school, company, municipality or partner in the network. A school's locations are organisations too (see `parent` and `locations`).",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs, e.g. `het-hooghuis`." }),
    name: t.exposeString("name", { description: "Name of the organisation." }),
    kind: t.expose("kind", { type: OrganisationKindEnum, description: "What kind of organisation this is." }),
    description: t.exposeString("description", { description: "About the organisation (Dutch, plain text)." }),
    website: t.exposeString("website", { nullable: true, description: "Its own website." }),
    email: t.exposeString("email", { nullable: true, description: "General work e-mail address." }),
    phone: t.exposeString("phone", { nullable: true, description: "General work phone number." }),
    street: t.exposeString("street", { nullable: true, description: "Street and number." }),
    postalCode: t.exposeString("postalCode", { nullable: true, description: "Postcode, e.g. 5461 AB." }),
    city: t.exposeString("city", { nullable: true, description: "Town or city." }),
    latitude: t.exposeFloat("latitude", { nullable: true, description: "WGS 84 latitude of the address." }),
    longitude: t.exposeFloat("longitude", { nullable: true, description: "WGS 84 longitude of the address." }),
    hasTechlab: t.exposeBoolean("hasTechlab", { description: "Whether the school has a Techlab where primary and onderbouw pupils try technology." }),
    url: t.string({
      description: "The organisation's page on the public site.",
      select: { slug: true },
      resolve: (organisation) => `${env.WEB_URL}/organisaties/${organisation.slug}`,
    }),
    region: t.relation("region", { description: "The regional network it belongs to." }),
    municipality: t.relation("municipality", { nullable: true, description: "The municipality of its address." }),
    parent: t.relation("parent", { nullable: true, description: "For a location: the school it belongs to." }),
    locations: t.relation("locations", {
      description: "For a school: its locations, by name.",
      query: { orderBy: [{ name: "asc" }, { id: "asc" }] },
    }),
    profiles: t.relation("profiles", {
      description: "For a vmbo school: the profiles it offers in the bovenbouw.",
      query: { orderBy: { id: "asc" } },
    }),
    gtProgrammes: t.relation("programmes", {
      description: "For a vmbo school: the practical g/t programmes it offers.",
      query: { orderBy: { name: "asc" } },
    }),
    offerings: t.relation("offerings", {
      description: "Its active offering (aanbod), by kind and title.",
      query: { where: publicOffering, orderBy: [{ kind: "asc" }, { title: "asc" }, { id: "asc" }] },
    }),
    roles: t.relation("roles", {
      description: "People in current network roles at this organisation, such as its schakelfunctionaris; ended roles are not shown.",
      query: () => ({ where: currentRole(), orderBy: [{ kind: "asc" }, { id: "asc" }] }),
    }),
    outgoingLinks: t.relation("linksFrom", {
      description: "Links from this organisation, e.g. a vmbo school's partner companies and the primary schools it serves.",
      args: { kinds: t.arg({ type: [OrganisationLinkKindEnum], required: false, description: "Only these kinds." }) },
      query: ({ kinds }) => ({ where: kinds?.length ? { kind: { in: kinds } } : {}, orderBy: [{ kind: "asc" }, { id: "asc" }] }),
    }),
    incomingLinks: t.relation("linksTo", {
      description: "Links to this organisation, e.g. for a primary school the vmbo school that serves it.",
      args: { kinds: t.arg({ type: [OrganisationLinkKindEnum], required: false, description: "Only these kinds." }) },
      query: ({ kinds }) => ({ where: kinds?.length ? { kind: { in: kinds } } : {}, orderBy: [{ kind: "asc" }, { id: "asc" }] }),
    }),
    posedChallenges: t.relation("posedChallenges", {
      description: "For a company: the regional challenges it poses, newest first.",
      query: { orderBy: [{ startsOn: "desc" }, { id: "asc" }] },
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the organisation was last changed." }),
    trusted: t.exposeBoolean("trusted", { description: "Whether its editors publish events without a moderator's review." }),
    version: t.exposeInt("version", { description: "Raised on every save; pass it to updateOrganisation." }),
    viewerCanEdit: t.boolean({
      description: "Whether the signed-in account may change its profile, offering and events.",
      select: organisationFacts,
      resolve: (organisation, _args, { viewer }) => mayEditOrganisation(viewer, organisation),
    }),
    viewerCanManageEditors: t.boolean({
      description: "Whether the signed-in account may add and remove its editors (its admins, the region's moderators).",
      select: { id: true, regionId: true },
      resolve: (organisation, _args, { viewer }) => mayManageEditors(viewer, organisation),
    }),
    viewerCanModerate: t.boolean({
      description: "Whether the signed-in account moderates its region (may mark it as trusted).",
      select: { regionId: true },
      resolve: (organisation, _args, { viewer }) => mayModerateRegion(viewer, organisation.regionId),
    }),
  }),
});

builder.prismaObject("OrganisationLink", {
  description: "A typed link between two organisations; the kind says what `from` and `to` are.",
  fields: (t) => ({
    kind: t.expose("kind", { type: OrganisationLinkKindEnum, description: "How the two work together." }),
    from: t.relation("from", { description: "The organisation the link starts at." }),
    to: t.relation("to", { description: "The organisation the link points to." }),
    note: t.exposeString("note", { description: "What the cooperation holds (Dutch)." }),
    since: t.expose("since", { type: "Date", nullable: true, description: "When the cooperation started." }),
  }),
});
