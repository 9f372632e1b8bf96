// Links between organisations, the people in network roles (work contact data only), and the
// venues where events take place.
import type { Prisma, RoleKind } from "../generated/prisma/client.ts";
import { distanceKm, inventAddress, type Network, type OrgRecord, type VenueRecord } from "./network.ts";
import { createRng, type Rng } from "./rng.ts";
import { NameMaker, workEmail } from "./text.ts";
import { dateOnly } from "./time.ts";

const nearestDistance = (school: OrgRecord, other: OrgRecord) =>
  Math.min(...[school, ...school.locations].map((building) => distanceKm(building, other)));

function byDistance<T extends OrgRecord>(school: OrgRecord, others: T[]): T[] {
  return [...others].sort((a, b) => nearestDistance(school, a) - nearestDistance(school, b) || a.id - b.id);
}

export function buildLinks(net: Network): void {
  const rng = createRng("links");
  const sinceDates = ["2019-09-01", "2020-09-01", "2022-01-10", "2023-09-01", "2024-09-02", "2025-08-18"];
  const link = (kind: Prisma.OrganisationLinkCreateManyInput["kind"], from: OrgRecord, to: OrgRecord, note: string) =>
    net.data.links.push({
      id: net.data.links.length + 1,
      kind,
      fromId: from.id,
      toId: to.id,
      note,
      since: dateOnly(rng.pick(sinceDates)),
      createdAt: net.seededAt,
    });
  for (const school of net.vmboSchools) net.servedSchools.set(school.id, []);
  for (const primary of net.primarySchools) {
    const [nearest] = byDistance(primary, net.vmboSchools);
    net.servedSchools.get(nearest.id)!.push(primary);
  }
  // Every vmbo school works with at least two primary schools; some primary schools then have two.
  for (const school of net.vmboSchools) {
    const served = net.servedSchools.get(school.id)!;
    for (const primary of byDistance(school, net.primarySchools)) {
      if (served.length >= 2) break;
      if (!served.includes(primary)) served.push(primary);
    }
    served.sort((a, b) => a.id - b.id);
    for (const primary of served) link("SERVES_PRIMARY_SCHOOL", school, primary, "Techlab-bezoeken en contact via de schakelfunctionaris.");
  }
  for (const school of net.vmboSchools) {
    const candidates = byDistance(school, net.companies).slice(0, 14);
    const partners = rng.sample(candidates, rng.int(4, 8)).sort((a, b) => a.id - b.id);
    net.partnerCompanies.set(school.id, partners);
    for (const company of partners) {
      link("PARTNER_COMPANY", school, company, rng.pick(["Bedrijfsbezoeken en stages.", "Gastlessen en een hybride docent.", "Stages in de bovenbouw en opdrachten voor g/t-leerlingen.", "Bedrijfsbezoeken voor de onderbouw."]));
    }
    const [mbo, other] = byDistance(school, net.mboColleges);
    link("MBO_PARTNER", school, mbo, "Doorstroom naar het mbo en keuzevakken op de mbo-locatie.");
    if (other && rng.chance(0.3)) link("MBO_PARTNER", school, other, "Gezamenlijke keuzevakken techniek.");
    const municipality = net.municipalities.find((m) => m.place.municipality === school.place.municipality);
    if (municipality && rng.chance(0.7)) link("MUNICIPALITY_PARTNER", school, municipality, "De gemeente draagt bij aan het Techlab en de techniekmarkt.");
  }
  for (const school of net.specialSchools) {
    for (const company of rng.sample(byDistance(school, net.companies).slice(0, 8), 2).sort((a, b) => a.id - b.id)) {
      link("PARTNER_COMPANY", school, company, "Stageplekken en praktijkopdrachten.");
    }
    const municipality = net.municipalities.find((m) => m.place.municipality === school.place.municipality);
    if (municipality && rng.chance(0.5)) link("MUNICIPALITY_PARTNER", school, municipality, "Ondersteuning bij de overgang van school naar werk.");
  }
}

export function buildPeople(net: Network): void {
  const rng = createRng("people");
  const names = new NameMaker(rng);
  const emails = new Set<string>();
  const addPerson = (organisation: OrgRecord, jobTitle: string) => {
    const name = names.next();
    const id = net.data.people.length + 1;
    net.data.people.push({
      id,
      name: name.name,
      jobTitle,
      workEmail: workEmail(name, organisation.domain, emails),
      workPhone: null,
      organisationId: organisation.id,
      createdAt: net.seededAt,
      updatedAt: net.seededAt,
    });
    return id;
  };
  const addRole = (kind: RoleKind, personId: number, at: { organisation?: OrgRecord; region?: true }, startsOn: string, endsOn?: string) =>
    net.data.roles.push({
      id: net.data.roles.length + 1,
      kind,
      personId,
      organisationId: at.organisation?.id ?? null,
      regionId: at.region ? net.regionId : null,
      startsOn: dateOnly(startsOn),
      endsOn: endsOn ? dateOnly(endsOn) : null,
    });
  const programme = net.programme!;
  addRole("PROGRAMME_MANAGER", addPerson(programme, "Programmamanager"), { region: true }, "2025-01-01");
  addRole("BEDRIJVENCONTACTFUNCTIONARIS", addPerson(programme, "Bedrijvencontactfunctionaris"), { region: true }, "2025-08-01");
  for (const school of net.vmboSchools) {
    const title = rng.pick(["Schakelfunctionaris PO-vmbo", "Docent techniek en schakelfunctionaris", "Coördinator Techlab"]);
    addRole("SCHAKELFUNCTIONARIS", addPerson(school, title), { organisation: school }, "2025-08-01");
  }
  for (const college of net.mboColleges) {
    addRole("CONTACT_PERSON", addPerson(college, "Coördinator doorlopende leerlijnen vmbo-mbo"), { organisation: college }, "2025-08-01");
  }
  for (const org of [...net.partners, ...net.specialSchools, ...net.municipalities]) {
    const title = org.kind === "MUNICIPALITY" ? "Beleidsadviseur onderwijs en arbeidsmarkt" : org.kind === "PARTNER" ? "Netwerkcoördinator" : "Coördinator techniek";
    addRole("CONTACT_PERSON", addPerson(org, title), { organisation: org }, "2025-08-01");
  }
  const companyTitles = ["HR-adviseur", "Opleidingscoördinator", "Bedrijfsleider", "Werkvoorbereider", "Directeur", "Praktijkopleider"];
  for (const company of net.companies) {
    addRole("CONTACT_PERSON", addPerson(company, rng.pick(companyTitles)), { organisation: company }, rng.pick(["2024-01-01", "2025-08-01"]));
  }
  hybridTeachers(net, rng, addPerson, addRole);
}

function hybridTeachers(
  net: Network,
  rng: Rng,
  addPerson: (organisation: OrgRecord, jobTitle: string) => number,
  addRole: (kind: RoleKind, personId: number, at: { organisation?: OrgRecord }, startsOn: string, endsOn?: string) => void,
) {
  const trades: Record<string, string> = {
    installatie: "Installatiemonteur", bouw: "Timmerman", metaal: "CNC-operator", food: "Procesoperator",
    ict: "Softwareontwikkelaar", mobiliteit: "Autotechnicus", agritech: "Servicemonteur", energie: "Elektromonteur",
  };
  for (const school of rng.sample(net.vmboSchools, 8).sort((a, b) => a.id - b.id)) {
    const company = rng.pick(net.partnerCompanies.get(school.id)!);
    const person = addPerson(company, `${trades[company.sector!]} en hybride docent`);
    const past = rng.chance(0.25);
    addRole("HYBRID_TEACHER", person, { organisation: school }, past ? "2025-09-01" : rng.pick(["2025-09-01", "2026-01-05", "2026-08-24"]), past ? "2026-07-10" : undefined);
  }
}

export function buildVenues(net: Network): void {
  const rng = createRng("venues");
  const add = (name: string, org: OrgRecord | undefined, place: OrgRecord["place"], address: { street: string | null; postalCode: string | null; latitude: number; longitude: number }) => {
    const venue: VenueRecord = { id: net.data.venues.length + 1, name, place, organisation: org };
    net.data.venues.push({
      id: venue.id,
      name,
      street: address.street,
      postalCode: address.postalCode,
      city: place.town.name,
      latitude: address.latitude,
      longitude: address.longitude,
      municipalityId: net.municipalityId(place.municipality.slug),
      organisationId: org?.id ?? null,
    });
    return venue;
  };
  const hosts = [
    net.programme!,
    ...net.mboColleges,
    ...net.vmboSchools.flatMap((school) => school.locations),
    ...net.specialSchools,
    ...net.companies,
  ];
  for (const org of hosts) net.venueOf.set(org.id, add(org.name, org, org.place, org));
  for (const venue of net.region.publicVenues) {
    const place = net.place(venue.town);
    net.publicVenues.push(add(venue.name, undefined, place, { ...inventAddress(rng, place, [venue.street]), street: venue.street }));
  }
}
