// The offering (aanbod) of every organisation. Bookable offers have no fixed date: schools book
// them on request; dated events may point at the offering they are an instance of.
import { sectors } from "./companies.ts";
import { tagOffering, type OfferingSpec } from "./model.ts";
import type { Network, OfferingRecord, OrgRecord } from "./network.ts";
import type { Rng } from "./rng.ts";
import { slugify } from "./text.ts";
import { programmeId, technicalProfiles } from "./vocabulary.ts";

export function addOffering(net: Network, org: OrgRecord, spec: OfferingSpec): OfferingRecord {
  const id = net.data.offerings.length + 1;
  const slug = `${org.slug}-${slugify(spec.title)}`;
  const bookable = Boolean(spec.bookingInfo);
  net.data.offerings.push({
    id,
    slug,
    title: spec.title,
    summary: spec.summary,
    description: spec.description,
    kind: spec.kind,
    organisationId: org.id,
    regionId: net.regionId,
    bookable,
    bookingInfo: spec.bookingInfo ?? "",
    bookingUrl: spec.bookingUrl ? `https://www.${org.domain}/aanbod/${slugify(spec.title)}` : null,
    durationMinutes: spec.durationMinutes ?? null,
    maxGroupSize: spec.maxGroupSize ?? null,
    costCents: spec.costCents === undefined ? 0 : spec.costCents,
    active: true,
    leerwegen: spec.leerwegen ?? [],
    createdAt: net.seededAt,
    updatedAt: net.seededAt,
  });
  tagOffering(net.data.joins, id, spec.tags);
  const record: OfferingRecord = {
    id,
    slug,
    kind: spec.kind,
    title: spec.title,
    organisation: org,
    tags: spec.tags,
    leerwegen: spec.leerwegen ?? [],
    durationMinutes: spec.durationMinutes ?? 120,
    maxGroupSize: spec.maxGroupSize ?? null,
    costCents: spec.costCents ?? 0,
    topic: spec.topic,
  };
  net.offerings.push(record);
  net.offeringsOf.set(org.id, [...(net.offeringsOf.get(org.id) ?? []), record]);
  return record;
}

const techlabTopics: [string, string[]][] = [
  ["robots programmeren", ["robotica", "programmeren"]],
  ["bouwen met zonne-energie", ["duurzame-energie", "elektrotechniek"]],
  ["ontwerpen en 3D-printen", ["3d-printen", "design"]],
  ["een slimme stad bouwen", ["programmeren", "bouw"]],
  ["drones en sensoren", ["drones", "elektrotechniek"]],
];

const electives: Record<string, [string, string[], number]> = {
  BWI: ["Duurzaam en circulair bouwen", ["bouw", "duurzame-energie"], 3],
  PIE: ["Domotica en slimme installaties", ["installatietechniek", "elektrotechniek", "programmeren"], 3],
  MT: ["Elektrisch rijden", ["mobiliteit", "elektrotechniek"], 3],
  MVI: ["Extended reality: AR en VR", ["ar", "vr", "programmeren"], 3],
  ZW: ["Techniek in de zorg", ["ai", "elektrotechniek"], 5],
  GROEN: ["Slimme kas en agritech", ["agritech", "drones"], 5],
  HBR: ["Keukentechniek en voedseltechnologie", ["voedseltechnologie"], 5],
  EO: ["Webshop en data", ["programmeren", "ai"], 5],
};

export function schoolOfferings(net: Network, rng: Rng, school: OrgRecord) {
  const technical = school.profiles.filter((code) => technicalProfiles.includes(code));
  const booking = `Basisscholen plannen een bezoek in overleg met de schakelfunctionaris van ${school.name}. Een bezoek duurt een ochtend of middag; het vervoer regelt de basisschool zelf.`;
  if (school.hasTechlab) {
    const [topic, themes] = rng.pick(techlabTopics);
    addOffering(net, school, {
      kind: "TECHLAB_SESSION", title: "Techlab voor groep 7 en 8", topic,
      summary: `Basisschoolgroepen werken in het Techlab van ${school.name} aan ${topic}.`,
      description: `In het Techlab gaan leerlingen van groep 7 en 8 zelf aan de slag met ${topic}, begeleid door vmbo-docenten en leerlingen. Zo maken ze spelenderwijs kennis met techniek, en leerkrachten met wetenschap en technologie.`,
      tags: { audiences: ["PO_GROUP_7", "PO_GROUP_8"], actionLines: [1], themes: [...themes, "wetenschap-en-techniek"], profiles: technical },
      bookingInfo: booking, durationMinutes: 150, maxGroupSize: 32,
    });
    if (rng.chance(0.6)) {
      addOffering(net, school, {
        kind: "TECHLAB_SESSION", title: "Techlab Ontdekkers voor groep 5 en 6", topic: "ontdekken hoe dingen werken",
        summary: "Een eerste kennismaking met techniek: uit elkaar halen, bouwen en ontdekken.",
        description: `Leerlingen van groep 5 en 6 ontdekken in het Techlab van ${school.name} hoe apparaten werken en bouwen zelf een eenvoudige schakeling.`,
        tags: { audiences: ["PO_GROUP_5", "PO_GROUP_6"], actionLines: [1], themes: ["wetenschap-en-techniek", "elektrotechniek"] },
        bookingInfo: booking, durationMinutes: 120, maxGroupSize: 30,
      });
    }
  }
  addOffering(net, school, {
    kind: "TALENT_LESSON", title: "Talentlessen design en robotica", topic: "design en robotica",
    summary: "Onderbouwleerlingen ontwerpen, bouwen en programmeren in de talentlessen.",
    description: "In de talentlessen werken leerlingen uit leerjaar 1 en 2 aan ontwerpopdrachten en robots, als onderdeel van de leergebieden Natuur & Techniek en Creatief & Techniek.",
    tags: { audiences: ["VMBO_YEAR_1", "VMBO_YEAR_2"], actionLines: [2], themes: ["design", "robotica"] },
    leerwegen: school.leerwegen, durationMinutes: 100,
  });
  const nonTechnical = school.profiles.filter((code) => !technicalProfiles.includes(code));
  for (const code of [...rng.sample(technical, 2), ...rng.sample(nonTechnical, 1)]) {
    const [title, themes, line] = electives[code];
    addOffering(net, school, {
      kind: "ELECTIVE", title: `Keuzevak ${title}`, topic: title.toLowerCase(),
      summary: `Profieloverstijgend keuzevak voor de bovenbouw: ${title.toLowerCase()}.`,
      description: line === 5
        ? `Ook in het profiel ${code === "ZW" ? "Zorg en Welzijn" : code === "GROEN" ? "Groen" : code === "HBR" ? "Horeca, Bakkerij en Recreatie" : "Economie en Ondernemen"} speelt techniek een grote rol. In dit keuzevak werken leerlingen aan ${title.toLowerCase()}.`
        : `Een keuzevak waarin leerlingen een deel van het programma bij een partnerbedrijf of het mbo volgen, met opdrachten rond ${title.toLowerCase()}.`,
      tags: { audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], actionLines: [line], themes, profiles: [code] },
      leerwegen: school.leerwegen.filter((l) => l === "BB" || l === "KB" || line === 5), durationMinutes: 120,
    });
  }
  for (const slug of school.programmes) {
    const programme = net.data.programmes[programmeId(slug) - 1];
    addOffering(net, school, {
      kind: "PROGRAMME", title: programme.name, topic: programme.name,
      summary: `Praktijkgericht programma voor g/t-leerlingen met opdrachten van bedrijven uit de regio.`,
      description: `${programme.description} Een deel van het programma volgen leerlingen bij het mbo of bij een bedrijf.`,
      tags: { audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], actionLines: [4], themes: ["design", rng.pick(["ai", "duurzame-energie", "robotica"])], profiles: technical },
      leerwegen: ["GL", "TL"], costCents: null,
    });
  }
}

export function companyOfferings(net: Network, rng: Rng, company: OrgRecord) {
  const sector = sectors[company.sector!];
  const themes = sector.themes.slice(0, 2);
  const contact = `Scholen vragen dit aan via ${`info@${company.domain}`} of via de bedrijvencontactfunctionaris van ${net.programme!.name}.`;
  const before = net.offerings.length;
  if (rng.chance(0.8)) {
    const onderbouw = rng.chance(0.5);
    const topic = rng.pick(sector.activities);
    addOffering(net, company, {
      kind: "COMPANY_VISIT", title: `Bedrijfsbezoek ${company.name}`, topic,
      summary: `Leerlingen kijken een dagdeel mee bij ${company.name} en gaan zelf ${topic}.`,
      description: `${sector.description} Tijdens het bezoek krijgen leerlingen een rondleiding, praten ze met vakmensen en gaan ze zelf ${topic}.`,
      tags: { audiences: onderbouw ? ["VMBO_YEAR_1", "VMBO_YEAR_2"] : ["VMBO_YEAR_3", "VMBO_YEAR_4"], actionLines: [onderbouw ? 2 : 3], themes, profiles: sector.profiles },
      bookingInfo: `${contact} Maximaal 25 leerlingen per groep; het bezoek duurt ongeveer twee uur.`, bookingUrl: rng.chance(0.3),
      durationMinutes: 120, maxGroupSize: 25,
    });
  }
  if (rng.chance(0.6) || net.offerings.length === before) {
    const topic = rng.pick(sector.activities);
    addOffering(net, company, {
      kind: "GUEST_LESSON", title: `Gastles ${sector.label}`, topic,
      summary: `Een vakman of vakvrouw van ${company.name} geeft een gastles over ${sector.label}.`,
      description: `In deze gastles vertelt een medewerker van ${company.name} over het werk en laat leerlingen ${topic}. Een mooie opmaat naar een bedrijfsbezoek of stage.`,
      tags: { audiences: rng.pick([["VMBO_YEAR_2"], ["VMBO_YEAR_3", "VMBO_YEAR_4"]]), actionLines: [rng.pick([2, 3])], themes, profiles: sector.profiles },
      bookingInfo: contact, durationMinutes: 90, maxGroupSize: 30,
    });
  }
  if (rng.chance(0.4)) {
    addOffering(net, company, {
      kind: "INTERNSHIP", title: `Stage ${sector.label}`, topic: sector.label,
      summary: `Stageplaatsen voor bovenbouwleerlingen bij ${company.name}.`,
      description: `Leerlingen uit leerjaar 3 en 4 lopen stage bij ${company.name} en leren de praktijk van ${sector.label} kennen, begeleid door een praktijkopleider.`,
      tags: { audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], actionLines: [3], themes, profiles: sector.profiles },
      leerwegen: ["BB", "KB"], costCents: null,
      bookingInfo: "Stageplaatsen lopen via de stagecoördinator van de school; vraag ze uiterlijk zes weken voor de start aan.",
    });
  }
  if (rng.chance(0.15)) {
    addOffering(net, company, {
      kind: "TRAINING", title: `Docentenstage ${sector.label}`, topic: sector.label,
      summary: `Techniekdocenten lopen twee dagen mee bij ${company.name}.`,
      description: `Een docentenstage om de nieuwste ontwikkelingen in ${sector.label} in de praktijk te zien en mee te nemen naar de les.`,
      tags: { audiences: ["TEACHERS"], actionLines: [6], themes, profiles: sector.profiles },
      bookingInfo: contact, durationMinutes: 480, maxGroupSize: 6,
    });
  }
}
