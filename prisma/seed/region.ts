// What a region is made of. The seed code works on a RegionDefinition; Noordoost-Brabant is one
// such definition (places.ts, directory.ts, companies.ts), another STO region would be another.
import type { OrganisationKind } from "../generated/prisma/client.ts";
import type { OfferingSpec } from "./model.ts";
import type { Period } from "./time.ts";

export interface TownDef {
  name: string;
  latitude: number;
  longitude: number;
  /** The range of four-digit postcode areas of the town. */
  postcodes: [number, number];
}

export interface MunicipalityDef {
  slug: string;
  name: string;
  /** CBS code (GMxxxx), null when unknown. */
  cbsCode: string | null;
  towns: TownDef[];
}

export interface VmboSchoolDef {
  name: string;
  /** Towns of its locations, the main location first. */
  locations: string[];
  profiles: string[];
  programmes: string[];
  hasTechlab: boolean;
  leerwegen: ("BB" | "KB" | "GL" | "TL")[];
}

export interface InstitutionDef {
  name: string;
  town: string;
  description: string;
  kind?: OrganisationKind;
  website?: string;
  /** Mail domain; defaults to the slug under `.example`. */
  domain?: string;
  street?: string;
  postalCode?: string;
  /** Offering particular to this institution (generic offering is generated for every kind). */
  offerings?: OfferingSpec[];
}

export type Sector = "installatie" | "bouw" | "metaal" | "food" | "ict" | "mobiliteit" | "agritech" | "energie";

export interface CompanyDef {
  name: string;
  sector: Sector;
  town: string;
}

export interface RegionDefinition {
  slug: string;
  name: string;
  description: string;
  /** "Today" for the demo data: statuses and publication dates are consistent with it. */
  referenceDate: string;
  /** The school years the agenda covers. */
  schoolYears: Period[];
  /** School holidays and public holidays: no school events on these days. */
  holidays: Period[];
  municipalities: MunicipalityDef[];
  /** The programme organisation that runs the regional network. */
  programme: InstitutionDef;
  partners: InstitutionDef[];
  vmboSchools: VmboSchoolDef[];
  primarySchools: { name: string; town: string }[];
  mboColleges: InstitutionDef[];
  specialSchools: InstitutionDef[];
  companies: CompanyDef[];
  publicVenues: { name: string; town: string; street: string }[];
  techniekmarkten: { date: string; town: string; evening: boolean }[];
  /** Start and end of each regional challenge (one per sector template, in a seeded order). */
  challengeSchedule: Period[];
}

export interface Place {
  town: TownDef;
  municipality: MunicipalityDef;
}

export function placeFinder(region: RegionDefinition) {
  const places = new Map<string, Place>();
  for (const municipality of region.municipalities) {
    for (const town of municipality.towns) places.set(town.name, { town, municipality });
  }
  return (townName: string): Place => {
    const place = places.get(townName);
    if (!place) throw new Error(`Unknown town in ${region.name}: ${townName}`);
    return place;
  };
}
