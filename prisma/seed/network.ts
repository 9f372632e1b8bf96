// The in-memory network the generators share: records with the ids they were given, and the
// region's reference data (region, municipalities, vocabulary) as the first rows of the dataset.
import type { Leerweg, OfferingKind, OrganisationKind } from "../generated/prisma/client.ts";
import { emptyDataset, type Dataset, type Tags } from "./model.ts";
import { placeFinder, type Place, type RegionDefinition, type Sector } from "./region.ts";
import type { Rng } from "./rng.ts";
import { SlugRegistry } from "./text.ts";
import { addDays, zonedTime } from "./time.ts";
import { actionLines, audiences, profiles, programmes, themes } from "./vocabulary.ts";

export interface OrgRecord {
  id: number;
  slug: string;
  name: string;
  kind: OrganisationKind;
  place: Place;
  street: string | null;
  postalCode: string | null;
  latitude: number;
  longitude: number;
  domain: string;
  profiles: string[];
  programmes: string[];
  leerwegen: Leerweg[];
  hasTechlab: boolean;
  parent?: OrgRecord;
  locations: OrgRecord[];
  sector?: Sector;
}

export interface VenueRecord {
  id: number;
  name: string;
  place: Place;
  organisation?: OrgRecord;
}

export interface OfferingRecord {
  id: number;
  slug: string;
  kind: OfferingKind;
  title: string;
  organisation: OrgRecord;
  tags: Tags;
  leerwegen: Leerweg[];
  durationMinutes: number;
  maxGroupSize: number | null;
  costCents: number;
  /** What the offering is about, for event titles ("robotica", "een warmtepomp aansluiten"). */
  topic: string;
}

export interface ChallengeRecord {
  id: number;
  slug: string;
  title: string;
  company: OrgRecord;
  schools: OrgRecord[];
  offering: OfferingRecord;
  tags: Tags;
  milestones: { title: string; date: string; description: string }[];
}

export interface Network {
  region: RegionDefinition;
  regionId: number;
  data: Dataset;
  place(town: string): Place;
  municipalityId(slug: string): number;
  /** createdAt/updatedAt of the reference rows: fixed, so two seeds are byte-identical. */
  seededAt: Date;
  /** The reference "now" of the demo data (the region's referenceDate, 12:00 local time). */
  now: Date;
  programme?: OrgRecord;
  partners: OrgRecord[];
  municipalities: OrgRecord[];
  vmboSchools: OrgRecord[];
  primarySchools: OrgRecord[];
  mboColleges: OrgRecord[];
  specialSchools: OrgRecord[];
  companies: OrgRecord[];
  /** vmbo school id -> the primary schools it serves / its partner companies. */
  servedSchools: Map<number, OrgRecord[]>;
  partnerCompanies: Map<number, OrgRecord[]>;
  venueOf: Map<number, VenueRecord>;
  publicVenues: VenueRecord[];
  offerings: OfferingRecord[];
  offeringsOf: Map<number, OfferingRecord[]>;
  challenges: ChallengeRecord[];
  eventSlugs: SlugRegistry;
}

export function createNetwork(region: RegionDefinition): Network {
  const data = emptyDataset();
  const seededAt = zonedTime(addDays(region.schoolYears[0].from, -60), "09:00");
  const stamps = { createdAt: seededAt, updatedAt: seededAt };
  const regionId = 1;
  data.regions.push({ id: regionId, slug: region.slug, name: region.name, description: region.description, ...stamps });
  const municipalityIds = new Map<string, number>();
  region.municipalities.forEach((municipality, i) => {
    municipalityIds.set(municipality.slug, i + 1);
    const { slug, name, cbsCode } = municipality;
    data.municipalities.push({ id: i + 1, slug, name, cbsCode, regionId });
  });
  actionLines.forEach((line, i) => data.actionLines.push({ id: i + 1, ...line }));
  profiles.forEach((profile, i) => data.profiles.push({ id: i + 1, ...profile }));
  programmes.forEach((programme, i) => data.programmes.push({ id: i + 1, ...programme }));
  themes.forEach((theme, i) => data.themes.push({ id: i + 1, ...theme }));
  audiences.forEach((audience, i) => data.audiences.push({ id: i + 1, ...audience, sortOrder: (i + 1) * 10 }));

  return {
    region,
    regionId,
    data,
    place: placeFinder(region),
    municipalityId: (slug) => {
      const id = municipalityIds.get(slug);
      if (id === undefined) throw new Error(`Unknown municipality: ${slug}`);
      return id;
    },
    seededAt,
    now: zonedTime(region.referenceDate, "12:00"),
    partners: [],
    municipalities: [],
    vmboSchools: [],
    primarySchools: [],
    mboColleges: [],
    specialSchools: [],
    companies: [],
    servedSchools: new Map(),
    partnerCompanies: new Map(),
    venueOf: new Map(),
    publicVenues: [],
    offerings: [],
    offeringsOf: new Map(),
    challenges: [],
    eventSlugs: new SlugRegistry(),
  };
}

/** Kilometres between two points (equirectangular; fine at the scale of a region). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const x = (b.longitude - a.longitude) * Math.cos(((a.latitude + b.latitude) / 2) * (Math.PI / 180));
  const y = b.latitude - a.latitude;
  return Math.sqrt(x * x + y * y) * 111.32;
}

const postcodeLetters = "ABCDEGHJKLMNPRSTVWXZ";

/** An invented address in a real town: a street from `streets`, a postcode of the town, coordinates near its centre. */
export function inventAddress(rng: Rng, place: Place, streets: readonly string[]) {
  let letters = "SS";
  while (["SA", "SD", "SS"].includes(letters)) letters = rng.pick([...postcodeLetters]) + rng.pick([...postcodeLetters]);
  const [low, high] = place.town.postcodes;
  return {
    street: `${rng.pick(streets)} ${rng.int(1, 120)}`,
    postalCode: `${rng.int(low, high)} ${letters}`,
    latitude: Math.round((place.town.latitude + (rng.next() - 0.5) * 0.02) * 1e5) / 1e5,
    longitude: Math.round((place.town.longitude + (rng.next() - 0.5) * 0.03) * 1e5) / 1e5,
  };
}
