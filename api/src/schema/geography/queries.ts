// Regions and municipalities, and places for the agenda's distance filter: the towns of the
// network, and a lookup of a town name or a Dutch postcode to a point (locate.ts).
import { z } from "zod";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { locatePlace, located } from "./locate.ts";
import { Municipality, Place, Region } from "./types.ts";

builder.queryFields((t) => ({
  regions: t.prismaField({
    type: [Region],
    description: "All regions on the platform.",
    resolve: (query) => db.region.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
  region: t.prismaField({
    type: Region,
    nullable: true,
    description: "One region by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The region's slug." }) },
    resolve: (query, _root, { slug }) => db.region.findUnique({ ...query, where: { slug } }),
  }),
  municipalities: t.prismaField({
    type: [Municipality],
    description: "Municipalities, by name; optionally those of one region.",
    args: { region: t.arg.string({ required: false, description: "Slug of a region." }) },
    resolve: (query, _root, { region }) =>
      db.municipality.findMany({ ...query, where: region ? { region: { slug: region } } : {}, orderBy: { name: "asc" } }),
  }),
  places: t.field({
    type: [Place],
    description: "The towns where the network's organisations are, by name; optionally of one region.",
    args: { region: t.arg.string({ required: false, description: "Slug of a region." }) },
    resolve: async (_root, { region }) => {
      const towns = await db.organisation.groupBy({
        by: ["city"],
        where: { ...located, city: { not: null }, ...(region ? { region: { slug: region } } : {}) },
        _avg: { latitude: true, longitude: true },
        orderBy: { city: "asc" },
      });
      return towns.map((town) => ({ name: town.city!, latitude: town._avg.latitude!, longitude: town._avg.longitude! }));
    },
  }),
  locate: t.field({
    type: Place,
    nullable: true,
    description:
      "A point for a place name (e.g. Veghel, Vorstenbosch, or a common name such as Den Bosch) or a Dutch postcode (5341 or 5341 AB), from PDOK's Locatieserver, or from the addresses the network holds when it cannot be reached; null when neither knows it.",
    args: {
      query: t.arg.string({
        required: true,
        description: "A town name or a postcode.",
        // No minimum: the complexity limit maps arguments even of fields skipped with @include(if: false),
        // so clients that skip the lookup can pass "" without an error; it locates nothing.
        validate: z.string().max(100, "query must be at most 100 characters"),
      }),
    },
    resolve: (_root, { query }) => locatePlace(query),
  }),
}));
