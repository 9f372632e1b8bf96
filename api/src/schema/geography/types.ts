import { builder } from "../../builder.ts";
import { currentRole } from "../people/visibility.ts";

export const Region = builder.prismaNode("Region", {
  nullable: true,
  description: "A regional network (an STO region) of schools, companies and partners. The platform can host several.",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs, e.g. `noordoost-brabant`." }),
    name: t.exposeString("name", { description: "Name of the region." }),
    description: t.exposeString("description", { description: "What the regional network does (Dutch)." }),
    municipalities: t.relation("municipalities", {
      description: "Municipalities in the region, by name.",
      query: { orderBy: { name: "asc" } },
    }),
    roles: t.relation("roles", {
      description: "People in current regional roles (programme manager, bedrijvencontactfunctionaris); ended roles are not shown.",
      query: () => ({ where: currentRole(), orderBy: [{ kind: "asc" }, { id: "asc" }] }),
    }),
  }),
});

export const Municipality = builder.prismaNode("Municipality", {
  nullable: true,
  description: "A Dutch municipality (gemeente).",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs and filters, e.g. `s-hertogenbosch`." }),
    name: t.exposeString("name", { description: "Official name, e.g. 's-Hertogenbosch." }),
    cbsCode: t.exposeString("cbsCode", { nullable: true, description: "CBS municipality code, e.g. GM0796." }),
    region: t.relation("region", { description: "The region the municipality belongs to." }),
  }),
});

interface PlaceShape {
  name: string;
  latitude: number;
  longitude: number;
}

export const Place = builder.objectRef<PlaceShape>("Place").implement({
  description: "A town, or a postcode area, with a point to measure distances from.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Town name, or the postcode as asked (e.g. 5341)." }),
    latitude: t.exposeFloat("latitude", { description: "WGS 84 latitude of the centre of the network's addresses there." }),
    longitude: t.exposeFloat("longitude", { description: "WGS 84 longitude of the centre of the network's addresses there." }),
  }),
});
