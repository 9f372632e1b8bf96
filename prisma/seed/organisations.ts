// Every organisation of the network: the programme organisation, partners, municipalities, mbo
// colleges, vmbo schools and their locations, praktijkonderwijs/vso, primary schools, companies.
import type { Leerweg, OrganisationKind } from "../generated/prisma/client.ts";
import { sectors } from "./companies.ts";
import { relate } from "./model.ts";
import { inventAddress, type Network, type OrgRecord } from "./network.ts";
import { businessStreets, schoolStreets } from "./places.ts";
import type { InstitutionDef, Place, Sector } from "./region.ts";
import { createRng, type Rng } from "./rng.ts";
import { listLabels, mailDomain, SlugRegistry, slugify, website } from "./text.ts";
import { profileId, profileList, programmeId } from "./vocabulary.ts";

interface OrgSpec {
  name: string;
  slug: string;
  kind: OrganisationKind;
  description: string;
  place: Place;
  address: { street: string | null; postalCode: string | null; latitude: number; longitude: number };
  website?: string | null;
  domain?: string;
  email?: string | null;
  hasTechlab?: boolean;
  parent?: OrgRecord;
  profiles?: string[];
  programmes?: string[];
  leerwegen?: Leerweg[];
  sector?: Sector;
}

function addOrganisation(net: Network, spec: OrgSpec): OrgRecord {
  const id = net.data.organisations.length + 1;
  const domain = spec.domain ?? mailDomain(spec.slug);
  const { street, postalCode, latitude, longitude } = spec.address;
  net.data.organisations.push({
    id,
    slug: spec.slug,
    name: spec.name,
    kind: spec.kind,
    description: spec.description,
    website: spec.website === undefined ? website(spec.slug) : spec.website,
    email: spec.email === undefined ? `info@${domain}` : spec.email,
    phone: null,
    street,
    postalCode,
    city: spec.place.town.name,
    latitude,
    longitude,
    hasTechlab: spec.hasTechlab ?? false,
    regionId: net.regionId,
    municipalityId: net.municipalityId(spec.place.municipality.slug),
    parentId: spec.parent?.id ?? null,
    createdAt: net.seededAt,
    updatedAt: net.seededAt,
  });
  for (const code of spec.profiles ?? []) relate(net.data.joins, "_OrganisationToProfile", id, profileId(code));
  for (const slug of spec.programmes ?? []) relate(net.data.joins, "_GtProgrammeToOrganisation", programmeId(slug), id);
  const record: OrgRecord = {
    id,
    slug: spec.slug,
    name: spec.name,
    kind: spec.kind,
    place: spec.place,
    street,
    postalCode,
    latitude,
    longitude,
    domain,
    profiles: spec.profiles ?? [],
    programmes: spec.programmes ?? [],
    leerwegen: spec.leerwegen ?? [],
    hasTechlab: spec.hasTechlab ?? false,
    parent: spec.parent,
    locations: [],
    sector: spec.sector,
  };
  spec.parent?.locations.push(record);
  return record;
}

function institution(net: Network, rng: Rng, slugs: SlugRegistry, def: InstitutionDef, kind: OrganisationKind, streets: readonly string[]) {
  const place = net.place(def.town);
  const invented = inventAddress(rng, place, streets);
  const address = def.street ? { ...invented, street: def.street, postalCode: def.postalCode ?? invented.postalCode } : invented;
  return addOrganisation(net, {
    name: def.name,
    slug: slugs.claim(def.name),
    kind: def.kind ?? kind,
    description: def.description,
    place,
    address,
    website: def.website,
    domain: def.domain,
  });
}

function addVmboSchools(net: Network, rng: Rng, slugs: SlugRegistry) {
  for (const def of net.region.vmboSchools) {
    const main = net.place(def.locations[0]);
    const slug = slugs.claim(def.name);
    const address = inventAddress(rng, main, schoolStreets);
    const techlab = def.hasTechlab ? " In het Techlab ontdekken basisschoolleerlingen en onderbouwleerlingen techniek met hun handen." : "";
    const gt = def.programmes.length ? ` Voor g/t-leerlingen is er het praktijkgerichte programma ${listLabels(def.programmes.map((p) => net.data.programmes[programmeId(p) - 1].name))}.` : "";
    const school = addOrganisation(net, {
      name: def.name,
      slug,
      kind: "VMBO_SCHOOL",
      description: `${def.name} is een vmbo-school in ${main.municipality.name} met de profielen ${profileList(def.profiles)}.${techlab}${gt}`,
      place: main,
      address,
      hasTechlab: def.hasTechlab,
      profiles: def.profiles,
      programmes: def.programmes,
      leerwegen: def.leerwegen,
    });
    net.vmboSchools.push(school);
    // Spread the profiles over the locations: every location gets at least one.
    const perLocation = def.locations.map(() => new Set<string>());
    rng.shuffle(def.profiles).forEach((code, i) => perLocation[i < def.locations.length ? i : rng.int(0, def.locations.length - 1)].add(code));
    def.locations.forEach((town, i) => {
      const place = net.place(town);
      const locationProfiles = def.profiles.filter((code) => perLocation[i].has(code));
      const hasTechlab = def.hasTechlab && (i === 0 || rng.chance(0.4));
      addOrganisation(net, {
        name: `${def.name} ${town}`,
        slug: slugs.claim(`${slug} ${town}`),
        kind: "VMBO_SCHOOL",
        description: `Locatie ${town} van ${def.name}, met de profielen ${profileList(locationProfiles)}${hasTechlab ? " en een Techlab voor basisscholen uit de buurt" : ""}.`,
        place,
        address: i === 0 ? address : inventAddress(rng, place, schoolStreets),
        website: `${website(slug)}/locaties/${slugify(town)}`,
        domain: school.domain,
        email: `${slugify(town)}@${school.domain}`,
        hasTechlab,
        parent: school,
        profiles: locationProfiles,
        programmes: def.programmes.filter(() => i === 0 || rng.chance(0.5)),
        leerwegen: def.leerwegen,
      });
    });
  }
}

const primaryIntros = [
  "werkt met de groepen 5 tot en met 8 aan wetenschap en techniek en bezoekt het Techlab van het vmbo in de buurt.",
  "heeft een eigen maakhoek en doet mee aan de regionale challenges.",
  "laat leerlingen onderzoekend en ontwerpend leren, met lessen over programmeren en duurzame energie.",
  "werkt samen met de schakelfunctionaris van het vmbo om techniek een vaste plek in het lesprogramma te geven.",
];

export function buildOrganisations(net: Network): void {
  const rng = createRng("organisations");
  const slugs = new SlugRegistry();
  const { region } = net;
  net.programme = institution(net, rng, slugs, region.programme, "PARTNER", businessStreets);
  for (const partner of region.partners) net.partners.push(institution(net, rng, slugs, partner, "PARTNER", businessStreets));
  for (const municipality of region.municipalities) {
    const place = { town: municipality.towns[0], municipality };
    net.municipalities.push(
      addOrganisation(net, {
        name: `Gemeente ${municipality.name}`,
        slug: slugs.claim(`gemeente ${municipality.slug}`),
        kind: "MUNICIPALITY",
        description: `De gemeente ${municipality.name} ondersteunt het techniekonderwijs en de samenwerking tussen scholen en bedrijven in ${listLabels(municipality.towns.map((t) => t.name))}.`,
        place,
        address: { street: null, postalCode: null, latitude: place.town.latitude, longitude: place.town.longitude },
        website: null,
        email: null,
      }),
    );
  }
  for (const college of region.mboColleges) net.mboColleges.push(institution(net, rng, slugs, college, "MBO_COLLEGE", schoolStreets));
  addVmboSchools(net, rng, slugs);
  for (const school of region.specialSchools) net.specialSchools.push(institution(net, rng, slugs, school, "PRAKTIJKONDERWIJS", schoolStreets));
  for (const school of region.primarySchools) {
    const place = net.place(school.town);
    net.primarySchools.push(
      addOrganisation(net, {
        name: school.name,
        slug: slugs.claim(`${school.name} ${school.town}`),
        kind: "PRIMARY_SCHOOL",
        description: `${school.name} in ${school.town} ${rng.pick(primaryIntros)}`,
        place,
        domain: mailDomain(slugify(`bs ${school.name.replace(/^Basisschool /, "")}`)),
        address: inventAddress(rng, place, schoolStreets),
      }),
    );
  }
  for (const company of region.companies) {
    const place = net.place(company.town);
    const sector = sectors[company.sector];
    net.companies.push(
      addOrganisation(net, {
        name: company.name,
        slug: slugs.claim(company.name),
        kind: "COMPANY",
        description: `${sector.description} Gevestigd in ${company.town}; partner van ${region.programme.name} voor bedrijfsbezoeken, gastlessen en stages.`,
        place,
        address: inventAddress(rng, place, businessStreets),
        profiles: sector.profiles,
        sector: company.sector,
      }),
    );
  }
}
