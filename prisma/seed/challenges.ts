// Regional challenges: a company poses a real problem, schools work on it from kick-off to finale.
// Statuses follow from the dates and the region's reference date, never from the clock.
import type { ChallengeStatus } from "../generated/prisma/client.ts";
import type { Sector } from "./region.ts";
import { tagChallenge, type Tags } from "./model.ts";
import { distanceKm, type Network, type OrgRecord } from "./network.ts";
import { addOffering } from "./offerings.ts";
import { createRng } from "./rng.ts";
import { SlugRegistry } from "./text.ts";
import { addDays, dateOnly, daysBetween, schoolDays } from "./time.ts";

interface ChallengeTemplate {
  sector: Sector;
  title: string;
  question: string;
  tags: Tags;
  /** Primary schools take part too (action line 1). */
  primary?: boolean;
}

const templates: ChallengeTemplate[] = [
  { sector: "energie", title: "Energie voor het dorpshuis", question: "Ontwerp een duurzame energieoplossing voor een dorpshuis: zonnepanelen, opslag en slim verbruik.", tags: { actionLines: [1, 3], themes: ["duurzame-energie", "elektrotechniek"], audiences: ["PO_GROUP_7", "PO_GROUP_8", "VMBO_YEAR_3"] }, primary: true },
  { sector: "agritech", title: "De slimme kas", question: "Automatiseer een kas met sensoren, zodat planten precies genoeg water en licht krijgen.", tags: { actionLines: [3, 5], themes: ["agritech", "programmeren", "drones"], audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], profiles: ["GROEN", "PIE"] } },
  { sector: "mobiliteit", title: "De fiets van de toekomst", question: "Bedenk een veilige, elektrische bakfiets voor bezorging in de binnenstad.", tags: { actionLines: [2, 3], themes: ["mobiliteit", "design"], audiences: ["VMBO_YEAR_2", "VMBO_YEAR_3"], profiles: ["MT"] } },
  { sector: "food", title: "Robot aan de productielijn", question: "Laat een robotarm producten sorteren en verpakken zonder dat er iets misgaat.", tags: { actionLines: [3, 4], themes: ["robotica", "voedseltechnologie", "ai"], audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], profiles: ["PIE"] } },
  { sector: "bouw", title: "Tiny house, circulair gebouwd", question: "Ontwerp en bouw een tiny house met hergebruikte materialen en zo min mogelijk energieverbruik.", tags: { actionLines: [3, 4], themes: ["bouw", "duurzame-energie", "3d-printen"], audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], profiles: ["BWI"] } },
  { sector: "installatie", title: "Warmtepomp-challenge", question: "Maak een oud rijtjeshuis aardgasvrij: kies de installatie, reken en bouw een werkend model.", tags: { actionLines: [3], themes: ["installatietechniek", "duurzame-energie"], audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], profiles: ["PIE"] } },
  { sector: "ict", title: "AR-handleiding voor monteurs", question: "Ontwikkel een augmented-reality-handleiding die een monteur stap voor stap door een reparatie leidt.", tags: { actionLines: [3, 4], themes: ["ar", "programmeren", "ai"], audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], profiles: ["MVI"] } },
  { sector: "metaal", title: "Lichtgewicht dronebody", question: "Ontwerp een frame voor een inspectiedrone dat sterk, licht en te repareren is.", tags: { actionLines: [2, 3], themes: ["metaal", "drones", "3d-printen"], audiences: ["VMBO_YEAR_2", "VMBO_YEAR_3"], profiles: ["PIE"] } },
];

export function challengeStatus(startsOn: string, endsOn: string, today: string): ChallengeStatus {
  if (endsOn < today) return "COMPLETED";
  if (startsOn <= today) return "RUNNING";
  return daysBetween(today, startsOn) <= 100 ? "OPEN" : "PLANNED";
}

function nearest(from: OrgRecord, candidates: OrgRecord[], count: number): OrgRecord[] {
  return [...candidates].sort((a, b) => distanceKm(from, a) - distanceKm(from, b) || a.id - b.id).slice(0, count);
}

export function buildChallenges(net: Network): void {
  const rng = createRng("challenges");
  const slugs = new SlugRegistry();
  const today = net.region.referenceDate;
  const order = rng.shuffle(templates);
  net.region.challengeSchedule.forEach(({ from: startsOn, to: endsOn }, i) => {
    const template = order[i % order.length];
    const company = rng.pick(net.companies.filter((c) => c.sector === template.sector));
    const status = challengeStatus(startsOn, endsOn, today);
    const vmbo = rng.sample(nearest(company, net.vmboSchools, 6), template.primary ? 2 : rng.int(3, 6));
    const primary = template.primary ? nearest(company, net.primarySchools, 8).slice(0, rng.int(2, 4)) : [];
    const schools = [...vmbo, ...primary].sort((a, b) => a.id - b.id);
    const id = net.data.challenges.length + 1;
    const slug = slugs.claim(template.title);
    const summary = template.question;
    const description = `${company.name} daagt leerlingen uit: ${template.question.charAt(0).toLowerCase()}${template.question.slice(1)} Teams van ${schools.length} scholen werken samen, presenteren halverwege hun tussenresultaat en laten in de finale zien wat ze gemaakt hebben.`;
    net.data.challenges.push({
      id, slug, title: template.title, summary, description, status, regionId: net.regionId, companyId: company.id,
      startsOn: dateOnly(startsOn), endsOn: dateOnly(endsOn), createdAt: net.seededAt, updatedAt: net.seededAt,
    });
    tagChallenge(net.data.joins, id, template.tags);
    for (const school of schools) {
      net.data.participants.push({ challengeId: id, organisationId: school.id, joinedOn: dateOnly(addDays(startsOn, -rng.int(7, 40))) });
    }
    const days = schoolDays(startsOn, endsOn, net.region.holidays);
    const milestones = [
      { title: "Kick-off", date: days[0], description: `${company.name} presenteert de opdracht en de teams gaan van start.` },
      { title: "Tussenpresentatie", date: days[Math.floor(days.length / 2)], description: "De teams laten hun eerste ontwerpen en prototypes zien en krijgen feedback van vakmensen." },
      { title: "Finale", date: days[days.length - 1], description: "De teams presenteren hun oplossing aan een jury van het bedrijf, het mbo en Het Techniek Loket." },
    ];
    for (const milestone of milestones) {
      net.data.milestones.push({ id: net.data.milestones.length + 1, challengeId: id, title: milestone.title, date: dateOnly(milestone.date), description: milestone.description });
    }
    const offering = addOffering(net, company, {
      kind: "CHALLENGE", title: `Challenge ${template.title}`, topic: template.title.toLowerCase(),
      summary, description, tags: template.tags,
      bookingInfo: status === "OPEN" || status === "PLANNED" ? `Scholen melden zich aan bij de bedrijvencontactfunctionaris van ${net.programme!.name}.` : undefined,
    });
    if (status === "COMPLETED") net.data.offerings[offering.id - 1].active = false;
    net.challenges.push({ id, slug, title: template.title, company, schools, offering, tags: template.tags, milestones });
  });
}
