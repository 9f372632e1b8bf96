// One draft builder per kind of event. The demo agenda and the large generated agenda use the
// same builders, so generated events look like the hand-placed ones.
import { sectors } from "./companies.ts";
import { practicalInfo, type EventDraft } from "./event-kit.ts";
import type { Network, OfferingRecord, OrgRecord, VenueRecord } from "./network.ts";
import type { Rng } from "./rng.ts";
import { technicalProfiles } from "./vocabulary.ts";

export interface Catalogue {
  net: Network;
  techlabs: { school: OrgRecord; location: OrgRecord; offering: OfferingRecord }[];
  visits: OfferingRecord[];
  guestLessons: OfferingRecord[];
  schoolsOf: Map<number, OrgRecord[]>;
}

export function catalogue(net: Network): Catalogue {
  const techlabs: Catalogue["techlabs"] = [];
  for (const school of net.vmboSchools) {
    const offerings = (net.offeringsOf.get(school.id) ?? []).filter((o) => o.kind === "TECHLAB_SESSION");
    for (const location of school.locations.filter((l) => l.hasTechlab)) {
      for (const offering of offerings) techlabs.push({ school, location, offering });
    }
  }
  const schoolsOf = new Map<number, OrgRecord[]>();
  for (const school of net.vmboSchools) {
    for (const company of net.partnerCompanies.get(school.id) ?? []) schoolsOf.set(company.id, [...(schoolsOf.get(company.id) ?? []), school]);
  }
  return {
    net,
    techlabs,
    visits: net.offerings.filter((o) => o.kind === "COMPANY_VISIT"),
    guestLessons: net.offerings.filter((o) => o.kind === "GUEST_LESSON" && o.organisation.kind === "COMPANY"),
    schoolsOf,
  };
}

const finish = (draft: Omit<EventDraft, "description">, description: string): EventDraft => ({
  ...draft,
  description: description + practicalInfo(draft),
});

const venueOf = (net: Network, org: OrgRecord): VenueRecord => net.venueOf.get(org.id)!;
const partnerSchool = (c: Catalogue, rng: Rng, company: OrgRecord) => rng.pick(c.schoolsOf.get(company.id) ?? c.net.vmboSchools);

export function techlabSession(c: Catalogue, rng: Rng, date: string): EventDraft {
  const { school, location, offering } = rng.pick(c.techlabs);
  const groups = offering.tags.audiences!;
  const audience = rng.chance(0.5) ? groups : [rng.pick(groups)];
  const label = audience.map((code) => code.replace("PO_GROUP_", "")).join(" en ");
  const [start, end] = rng.pick([["08:45", "11:30"], ["09:00", "11:30"], ["12:45", "15:00"]]);
  const invited = rng.chance(0.55) ? rng.pick(c.net.servedSchools.get(school.id) ?? c.net.primarySchools) : undefined;
  const base = { kind: "TECHLAB_SESSION" as const, slugBase: `techlab ${location.slug} ${date}`, date, start, end, venue: venueOf(c.net, location), organisers: [[school, "ORGANISER"], [location, "HOST"]] as EventDraft["organisers"], tags: { ...offering.tags, audiences: audience }, offering };
  if (invited) {
    return finish(
      { ...base, title: `Techlab: ${offering.topic} voor groep ${label}`, summary: `Groep ${label} van ${invited.name} werkt in het Techlab van ${location.name} aan ${offering.topic}.`, signupMode: "INVITATION", capacity: 32, invited: { organisation: invited, label } },
      `Een Techlab-bezoek voor ${invited.name}. Vmbo-leerlingen helpen de basisschoolleerlingen op weg; de schakelfunctionaris van ${school.name} regelt het programma met de leerkracht.`,
    );
  }
  return finish(
    { ...base, title: `Open Techlab: ${offering.topic}`, summary: `Basisscholen uit de buurt melden een groep aan voor een Techlab-sessie over ${offering.topic}.`, signupMode: "PLATFORM", capacity: rng.pick([30, 32, 60]) },
    `In het Techlab van ${location.name} werken leerlingen van groep ${label} een dagdeel aan ${offering.topic}. Een leerkracht meldt de groep aan met het aantal leerlingen.`,
  );
}

export function companyVisit(c: Catalogue, rng: Rng, date: string): EventDraft {
  const offering = rng.pick(c.visits);
  const company = offering.organisation;
  const school = partnerSchool(c, rng, company);
  const [start, end] = rng.pick([["09:30", "11:30"], ["13:00", "15:00"], ["10:00", "12:30"]]);
  const invitation = rng.chance(0.6);
  return finish(
    {
      kind: "COMPANY_VISIT", slugBase: `bedrijfsbezoek ${company.slug} ${date}`, date, start, end, venue: venueOf(c.net, company),
      title: `Bedrijfsbezoek ${company.name}`,
      summary: invitation ? `Leerlingen van ${school.name} gaan bij ${company.name} ${offering.topic}.` : `Open bedrijfsbezoek: leerlingen gaan bij ${company.name} ${offering.topic}.`,
      organisers: invitation ? [[company, "ORGANISER"], [school, "CO_ORGANISER"]] : [[company, "ORGANISER"]],
      tags: offering.tags, leerwegen: rng.chance(0.5) ? school.leerwegen : [], offering,
      signupMode: invitation ? "INVITATION" : "PLATFORM", capacity: invitation ? null : rng.pick([20, 25, 30]),
    },
    `${sectors[company.sector!].description} Leerlingen krijgen een rondleiding, praten met vakmensen en gaan zelf ${offering.topic}. Neem werkschoenen mee als je die hebt.`,
  );
}

export function guestLesson(c: Catalogue, rng: Rng, date: string): EventDraft {
  const offering = rng.pick(c.guestLessons);
  const company = offering.organisation;
  const school = partnerSchool(c, rng, company);
  const location = rng.pick(school.locations);
  const [start, end] = rng.pick([["08:30", "10:10"], ["10:30", "12:10"], ["13:00", "14:40"]]);
  return finish(
    {
      kind: "GUEST_LESSON", slugBase: `gastles ${company.slug} ${date}`, date, start, end, venue: venueOf(c.net, location),
      title: `Gastles ${sectors[company.sector!].label} door ${company.name}`,
      summary: `Een vakmens van ${company.name} geeft les op ${location.name}.`,
      organisers: [[company, "ORGANISER"], [location, "HOST"]], tags: offering.tags, offering,
      signupMode: rng.chance(0.8) ? "INVITATION" : "NONE",
    },
    `Tijdens de gastles vertelt een medewerker van ${company.name} over het vak en laat de klas ${offering.topic}.`,
  );
}

const workshopTopics: [string, string[]][] = [
  ["drones bouwen", ["drones", "elektrotechniek"]], ["solderen en elektronica", ["elektrotechniek"]],
  ["3D-ontwerpen en printen", ["3d-printen", "design"]], ["een robot programmeren", ["robotica", "programmeren"]],
  ["VR-werelden maken", ["vr", "programmeren"]], ["lassen voor beginners", ["metaal"]], ["een zonnebootje bouwen", ["duurzame-energie"]],
];

export function workshop(c: Catalogue, rng: Rng, date: string): EventDraft {
  const [topic, themes] = rng.pick(workshopTopics);
  const variant = rng.weighted([["onderbouw", 4], ["special", 3], ["family", 2]] as const);
  if (variant === "special") {
    const school = rng.pick(c.net.specialSchools);
    const local = c.net.companies.filter((co) => co.place.municipality === school.place.municipality);
    const company = rng.pick(local.length ? local : c.net.companies);
    return finish(
      { kind: "WORKSHOP", slugBase: `workshop ${topic} ${school.place.town.name} ${date}`, date, start: "10:00", end: "12:30", venue: venueOf(c.net, school), title: `Workshop ${topic}`, summary: `Leerlingen van ${school.name} gaan ${topic}, samen met vakmensen van ${company.name}.`, organisers: [[school, "ORGANISER"], [company, "CO_ORGANISER"]], tags: { audiences: [school.kind === "VSO" ? "VSO" : "PRAKTIJKONDERWIJS"], actionLines: [5], themes }, signupMode: "INVITATION" },
      "Een praktijkworkshop in kleine groepen, met veel begeleiding en een product om mee naar huis te nemen.",
    );
  }
  if (variant === "family") {
    const company = rng.pick(c.net.companies);
    const external = rng.chance(0.5);
    return finish(
      { kind: "WORKSHOP", slugBase: `workshop ${topic} ${company.place.town.name} ${date}`, date, start: "13:30", end: "16:00", venue: venueOf(c.net, company), title: `Techniekmiddag: ${topic}`, summary: `Kinderen van groep 7 en 8 gaan met hun ouders ${topic} bij ${company.name}.`, organisers: [[company, "ORGANISER"], [c.net.programme!, "CO_ORGANISER"]], tags: { audiences: ["PO_GROUP_7", "PO_GROUP_8", "PARENTS"], actionLines: [1, 2], themes }, signupMode: external ? "EXTERNAL" : "PLATFORM", capacity: external ? null : 24, costCents: rng.pick([0, 0, 500]) },
      `Een middag samen techniek ontdekken: ouders en kinderen gaan aan de slag met ${topic}, begeleid door medewerkers van ${company.name}.`,
    );
  }
  const school = rng.pick(c.net.vmboSchools);
  const location = rng.pick(school.locations);
  return finish(
    { kind: "WORKSHOP", slugBase: `workshop ${topic} ${location.place.town.name} ${date}`, date, start: "13:00", end: "15:30", venue: venueOf(c.net, location), title: `Workshop ${topic}`, summary: `Onderbouwleerlingen van ${school.name} gaan ${topic}.`, organisers: [[school, "ORGANISER"], [location, "HOST"]], tags: { audiences: ["VMBO_YEAR_1", "VMBO_YEAR_2"], actionLines: [2], themes, profiles: school.profiles.filter((p) => technicalProfiles.includes(p)).slice(0, 2) }, leerwegen: school.leerwegen, ...(rng.chance(0.5) ? { signupMode: "PLATFORM" as const, capacity: 20 } : { signupMode: "NONE" as const }) },
    "Een workshop in de talentlessen, als kennismaking met de technische profielen in de bovenbouw.",
  );
}

export function openDay(c: Catalogue, rng: Rng, date: string, evening: boolean): EventDraft {
  const school = rng.weighted([...c.net.vmboSchools.map((s) => [s, 4] as const), ...c.net.mboColleges.map((s) => [s, 2] as const), ...c.net.specialSchools.map((s) => [s, 1] as const)]);
  const building = school.kind === "VMBO_SCHOOL" ? rng.pick(school.locations) : school;
  const audiences = school.kind === "MBO_COLLEGE" ? ["VMBO_YEAR_4", "PARENTS"] : school.kind === "VMBO_SCHOOL" ? ["PO_GROUP_8", "PARENTS"] : ["PARENTS"];
  const actionLines = school.kind === "MBO_COLLEGE" ? [3] : school.kind === "VMBO_SCHOOL" ? [2] : [5];
  const [start, end] = evening ? ["18:30", "21:00"] : ["10:00", "13:00"];
  return finish(
    { kind: "OPEN_DAY", slugBase: `${evening ? "open avond" : "open dag"} ${building.slug} ${date}`, date, start, end, venue: venueOf(c.net, building), title: `${evening ? "Open avond" : "Open dag"} ${building.name}`, summary: `Kom kijken in de werkplaatsen en praktijklokalen van ${building.name}.`, organisers: [[school, "ORGANISER"], [building, "HOST"]], tags: { audiences, actionLines, profiles: school.profiles }, signupMode: "NONE" },
    `Leerlingen en docenten laten zien wat je bij ${school.name} leert. Doe mee met proeflessen in de techniekwerkplaatsen${school.hasTechlab ? " en het Techlab" : ""}.`,
  );
}

export function techniekmarkt(c: Catalogue, rng: Rng, date: string, venue: VenueRecord, evening: boolean): EventDraft {
  const town = venue.place.town.name;
  const school = [...c.net.vmboSchools].sort((a, b) => Number(b.place.municipality === venue.place.municipality) - Number(a.place.municipality === venue.place.municipality) || a.id - b.id)[0];
  const municipality = c.net.municipalities.find((m) => m.place.municipality === venue.place.municipality);
  const [start, end] = evening ? ["18:00", "21:00"] : ["10:00", "15:00"];
  const organisers: EventDraft["organisers"] = [[c.net.programme!, "ORGANISER"], [school, "CO_ORGANISER"]];
  if (municipality) organisers.push([municipality, "CO_ORGANISER"]);
  return finish(
    { kind: "TECHNIEKMARKT", slugBase: `techniekmarkt ${town} ${date}`, date, start, end, venue, title: `Techniekmarkt ${town}`, summary: "Bedrijven, vmbo-scholen en het mbo laten zien hoe leuk techniek is. Voor groep 7 en 8, vmbo leerjaar 1 en 2 en hun ouders.", organisers, tags: { audiences: ["PO_GROUP_7", "PO_GROUP_8", "VMBO_YEAR_1", "VMBO_YEAR_2", "PARENTS"], actionLines: [2, 1], profiles: technicalProfiles, themes: rng.sample(["robotica", "duurzame-energie", "mobiliteit", "bouw", "installatietechniek", "vr", "3d-printen", "drones"], 5) }, signupMode: "NONE" },
    `Op de techniekmarkt in ${town} staan tientallen bedrijven uit de regio, de vmbo-scholen en het mbo. Probeer een lasrobot, bouw mee aan een tiny house, rijd in een elektrische kart en praat met vakmensen over hun werk. Ouders krijgen informatie over de technische profielen en opleidingen.`,
  );
}
