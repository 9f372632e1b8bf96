// Regions and municipalities, and places for the agenda's distance filter: the towns of the
// network, and a lookup of a town name or a Dutch postcode to a point. Both come from the addresses the network itself holds, so no
// external geocoder is needed (and none is asked about a visitor's postcode).
import { z } from "zod";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { escapeLike } from "../filters.ts";
import { Municipality, Place, Region } from "./types.ts";

const located = { latitude: { not: null }, longitude: { not: null } } as const;

async function centreOf(name: string, where: { city?: { equals: string; mode: "insensitive" }; postalCode?: { startsWith: string } }) {
  const [organisations, venues] = await Promise.all([
    db.organisation.aggregate({ where: { ...where, ...located }, _avg: { latitude: true, longitude: true }, _count: true }),
    db.venue.aggregate({ where: { ...where, ...located }, _avg: { latitude: true, longitude: true }, _count: true }),
  ]);
  const count = organisations._count + venues._count;
  if (!count) return null;
  const mean = (key: "latitude" | "longitude") =>
    ((organisations._avg[key] ?? 0) * organisations._count + (venues._avg[key] ?? 0) * venues._count) / count;
  return { name, latitude: mean("latitude"), longitude: mean("longitude") };
}

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
      "A point for a town name (e.g. Veghel) or a Dutch postcode (5341 or 5341 AB), from the addresses the network holds; null when it holds none there.",
    args: {
      query: t.arg.string({
        required: true,
        description: "A town name or a postcode.",
        // No minimum: the complexity limit maps arguments even of fields skipped with @include(if: false),
        // so clients that skip the lookup can pass "" without an error; it locates nothing.
        validate: z.string().max(100, "query must be at most 100 characters"),
      }),
    },
    resolve: (_root, { query }) => {
      const text = query.trim();
      if (!text) return null;
      const postcode = /^(\d{4})\s*([a-z]{2})?$/i.exec(text);
      if (postcode) return centreOf(postcode[1], { postalCode: { startsWith: postcode[1] } });
      // Prisma compares case-insensitively with ILIKE, where % and _ are wildcards.
      return centreOf(text, { city: { equals: escapeLike(text), mode: "insensitive" } });
    },
  }),
}));
