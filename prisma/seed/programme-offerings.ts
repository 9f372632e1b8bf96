// The offering of the programme organisation, partners, mbo colleges and praktijkonderwijs/vso,
// and the order in which all offerings are built.
import type { Network, OrgRecord } from "./network.ts";
import { addOffering, companyOfferings, schoolOfferings } from "./offerings.ts";
import type { InstitutionDef } from "./region.ts";
import { createRng, type Rng } from "./rng.ts";

function programmeOfferings(net: Network) {
  const programme = net.programme!;
  const contact = `Aanmelden en vragen via info@${programme.domain}.`;
  addOffering(net, programme, {
    kind: "TRAINING", title: "Hybride docent worden", topic: "lesgeven als vakmens",
    summary: "Voor vakmensen uit het bedrijfsleven die een dag per week voor de klas willen staan.",
    description: "De regionale taskforce docenten leidt vakmensen op tot hybride docent: didactiek, klassenmanagement en begeleiding door een ervaren docent van de school.",
    tags: { audiences: ["COMPANIES", "TEACHERS"], actionLines: [6] },
    bookingInfo: contact, durationMinutes: 180, maxGroupSize: 16,
  });
  addOffering(net, programme, {
    kind: "TRAINING", title: "Instructeur en onderwijsassistent techniek", topic: "instructie in de werkplaats",
    summary: "Scholing voor instructeurs en assistenten in de technische werkplaatsen.",
    description: "Een traject van vier bijeenkomsten over veilig werken, instructie geven en het begeleiden van leerlingen in de werkplaats.",
    tags: { audiences: ["TEACHERS"], actionLines: [6], themes: ["metaal", "installatietechniek"] },
    bookingInfo: contact, durationMinutes: 210, maxGroupSize: 20,
  });
  addOffering(net, programme, {
    kind: "TRAINING", title: "W&T in de klas voor basisschoolleerkrachten", topic: "wetenschap en technologie",
    summary: "Praktische scholing over wetenschap en technologie voor leerkrachten in het primair onderwijs.",
    description: "Leerkrachten leren onderzoekend en ontwerpend leren toepassen en krijgen lesideeën mee die aansluiten bij een bezoek aan het Techlab.",
    tags: { audiences: ["TEACHERS"], actionLines: [1, 6], themes: ["wetenschap-en-techniek", "programmeren"] },
    bookingInfo: contact, durationMinutes: 150, maxGroupSize: 24,
  });
  addOffering(net, programme, {
    kind: "PROGRAMME", title: "Matchpunt school en bedrijf", topic: "samenwerking tussen school en bedrijf",
    summary: "De bedrijvencontactfunctionaris koppelt scholen aan bedrijven voor bezoeken, stages en gastlessen.",
    description: "Wil uw bedrijf een gastles geven, stageplaatsen aanbieden of een challenge inbrengen? Of zoekt uw school een partnerbedrijf? De regionale bedrijvencontactfunctionaris brengt u in contact.",
    tags: { audiences: ["COMPANIES", "TEACHERS"], actionLines: [8] },
    bookingInfo: contact, costCents: null,
  });
  addOffering(net, programme, {
    kind: "PROGRAMME", title: "Regionale samenwerking na 2028", topic: "de toekomst van de samenwerking",
    summary: "Afspraken over de regionale structuur en de financiering van techniekonderwijs vanaf 2029.",
    description: "Scholen, gemeenten en bedrijven leggen samen vast hoe de regionale samenwerking na 2028 doorgaat, met duurzame financiële afspraken.",
    tags: { audiences: ["TEACHERS", "COMPANIES"], actionLines: [7, 8] },
    costCents: null,
  });
}

function mboOfferings(net: Network, rng: Rng, college: OrgRecord) {
  const subject = rng.pick(["Mechatronica", "Installatietechniek", "Elektrotechniek", "Voertuigtechniek"]);
  addOffering(net, college, {
    kind: "ELECTIVE", title: `Keuzevak op het mbo: ${subject}`, topic: subject.toLowerCase(),
    summary: `Vmbo-leerlingen volgen het keuzevak ${subject.toLowerCase()} in de praktijkhallen van ${college.name}.`,
    description: "Leerlingen uit leerjaar 4 volgen een deel van hun programma op het mbo en maken zo kennis met hun vervolgopleiding.",
    tags: { audiences: ["VMBO_YEAR_4"], actionLines: [3], themes: ["elektrotechniek", "robotica"], profiles: ["PIE", "MT"] },
    leerwegen: ["BB", "KB"], bookingInfo: "In overleg met de coördinator doorlopende leerlijnen.", durationMinutes: 180, maxGroupSize: 16,
  });
  addOffering(net, college, {
    kind: "TRAINING", title: "Bijscholing techniekdocenten: AI en automatisering", topic: "AI en automatisering",
    summary: "Vmbo-docenten werken een middag met PLC's, robots en AI-toepassingen.",
    description: "Docenten maken kennis met de technologie die hun leerlingen op het mbo en bij bedrijven tegenkomen, en vertalen die naar lesideeën.",
    tags: { audiences: ["TEACHERS"], actionLines: [6], themes: ["ai", "robotica"] },
    bookingInfo: "Aanmelden via de website van het college.", bookingUrl: true, durationMinutes: 210, maxGroupSize: 18, costCents: rng.pick([0, 0, 7500]),
  });
}

function specialSchoolOfferings(net: Network, rng: Rng, school: OrgRecord) {
  const audience = school.kind === "VSO" ? "VSO" : "PRAKTIJKONDERWIJS";
  const [title, themes] = rng.pick([
    ["Werkplaats fietstechniek", ["mobiliteit"]],
    ["Branchecertificaat installatietechniek", ["installatietechniek"]],
    ["Techniek op maat: bouwen en timmeren", ["bouw"]],
    ["Groen en techniek: de schooltuin automatiseren", ["agritech", "programmeren"]],
  ] as [string, string[]][]);
  addOffering(net, school, {
    kind: "PROGRAMME", title, topic: title.toLowerCase(),
    summary: "Een praktijkprogramma techniek dat aansluit bij wat deze leerlingen nodig hebben.",
    description: `${school.name} biedt leerlingen een praktijkprogramma in kleine groepen, met opdrachten van bedrijven uit de buurt en een certificaat dat op de arbeidsmarkt telt.`,
    tags: { audiences: [audience], actionLines: [5], themes },
    costCents: null,
  });
}

export function buildOfferings(net: Network): void {
  const rng = createRng("offerings");
  for (const school of net.vmboSchools) schoolOfferings(net, rng, school);
  for (const company of net.companies) companyOfferings(net, rng, company);
  programmeOfferings(net);
  // Offering the region's data names for particular institutions (lists are built in the same order).
  const { region } = net;
  const named: [InstitutionDef, OrgRecord][] = [
    [region.programme, net.programme!],
    ...region.partners.map((def, i): [InstitutionDef, OrgRecord] => [def, net.partners[i]]),
    ...region.mboColleges.map((def, i): [InstitutionDef, OrgRecord] => [def, net.mboColleges[i]]),
  ];
  for (const [def, org] of named) for (const spec of def.offerings ?? []) addOffering(net, org, spec);
  for (const college of net.mboColleges) mboOfferings(net, rng, college);
  for (const school of net.specialSchools) specialSchoolOfferings(net, rng, school);
}
