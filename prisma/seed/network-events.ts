// Builders for the events of the network itself: teacher training, network meetings, the
// milestones of challenges and the regional technology week.
import type { Catalogue } from "./event-kinds.ts";
import { practicalInfo, type EventDraft } from "./event-kit.ts";
import type { ChallengeRecord, OrgRecord } from "./network.ts";
import type { Rng } from "./rng.ts";
import { addDays } from "./time.ts";

const trainings: { title: string; themes: string[]; audiences: string[]; lines: number[]; text: string }[] = [
  { title: "AR en VR in de techniekles", themes: ["ar", "vr"], audiences: ["TEACHERS"], lines: [6, 3], text: "Docenten proberen AR- en VR-toepassingen uit en ontwerpen een les voor hun eigen profiel." },
  { title: "AI in het vmbo-techniekonderwijs", themes: ["ai"], audiences: ["TEACHERS"], lines: [6, 3], text: "Wat kan kunstmatige intelligentie in de werkplaats en in de les? Met praktijkvoorbeelden van bedrijven." },
  { title: "Werken met microcontrollers in het Techlab", themes: ["programmeren", "wetenschap-en-techniek"], audiences: ["TEACHERS"], lines: [6, 1], text: "Voor leerkrachten en Techlab-begeleiders: eenvoudige programmeeropdrachten voor groep 5 tot en met 8." },
  { title: "Didactiek voor hybride docenten", themes: [], audiences: ["TEACHERS", "COMPANIES"], lines: [6], text: "Vakmensen die lesgeven leren hoe je een les opbouwt, instructie geeft en een klas meeneemt." },
  { title: "Veilig werken in de werkplaats", themes: ["metaal"], audiences: ["TEACHERS"], lines: [6], text: "Voor docenten, instructeurs en onderwijsassistenten: veiligheid, machines en toezicht in de techniekwerkplaats." },
  { title: "Lesgeven over warmtepompen", themes: ["installatietechniek", "duurzame-energie"], audiences: ["TEACHERS"], lines: [6, 3], text: "Een praktijkmiddag bij een installateur over warmtepompen, ventilatie en de energietransitie." },
  { title: "Praktijkdag elektrisch rijden", themes: ["mobiliteit", "elektrotechniek"], audiences: ["TEACHERS"], lines: [6, 3], text: "Docenten M&T werken aan hoogvoltsystemen en diagnoseapparatuur, zoals leerlingen die straks in de werkplaats tegenkomen." },
];

export function training(c: Catalogue, rng: Rng, date: string): EventDraft {
  const topic = rng.pick(trainings);
  const host = rng.weighted<OrgRecord>([[c.net.programme!, 3], ...c.net.mboColleges.map((m) => [m, 2] as const), [rng.pick(c.net.companies), 2]]);
  const offering = (c.net.offeringsOf.get(host.id) ?? []).find((o) => o.kind === "TRAINING");
  const online = rng.chance(0.3);
  const [start, end] = rng.pick([["15:30", "18:00"], ["13:30", "17:00"], ["09:00", "16:00"]]);
  const external = rng.chance(0.3);
  const draft = {
    kind: "TRAINING" as const, slugBase: `training ${topic.title} ${date}`, date, start, end,
    venue: online ? undefined : (c.net.venueOf.get(host.id) ?? undefined), online,
    title: `${online ? "Online training" : "Training"}: ${topic.title}`, summary: topic.text,
    organisers: (host === c.net.programme ? [[host, "ORGANISER"]] : [[c.net.programme!, "ORGANISER"], [host, "HOST"]]) as EventDraft["organisers"],
    tags: { audiences: topic.audiences, actionLines: topic.lines, themes: topic.themes }, offering,
    signupMode: external ? ("EXTERNAL" as const) : ("PLATFORM" as const), capacity: external ? null : rng.pick([16, 20, 24]),
    costCents: rng.weighted([[0, 8], [4500, 1], [9500, 1]]),
  };
  return { ...draft, description: `${topic.text} Onderdeel van de regionale aanpak voor techniekdocenten.${practicalInfo(draft)}` };
}

const meetings: { title: string; lines: number[]; audiences: string[]; time: [string, string]; text: string }[] = [
  { title: "Netwerkbijeenkomst school en bedrijf", lines: [8], audiences: ["TEACHERS", "COMPANIES"], time: ["15:30", "18:00"], text: "Scholen en bedrijven ontmoeten elkaar, delen ervaringen en maken afspraken over stages, gastlessen en bezoeken." },
  { title: "Ontbijtsessie voor bedrijven", lines: [8], audiences: ["COMPANIES"], time: ["07:30", "09:00"], text: "Een ontbijt voor ondernemers: hoe kan uw bedrijf bijdragen aan het techniekonderwijs in de regio?" },
  { title: "Regiobijeenkomst schakelfunctionarissen", lines: [8, 1], audiences: ["TEACHERS"], time: ["14:00", "16:30"], text: "De schakelfunctionarissen van de vmbo-scholen wisselen ervaringen uit over de samenwerking met basisscholen en de Techlabs." },
  { title: "Werkconferentie techniekonderwijs na 2028", lines: [7, 8], audiences: ["TEACHERS", "COMPANIES"], time: ["13:00", "17:00"], text: "Scholen, gemeenten en bedrijven werken aan afspraken om de regionale samenwerking na 2028 te borgen." },
  { title: "Netwerkmiddag hybride docenten", lines: [6, 8], audiences: ["TEACHERS", "COMPANIES"], time: ["15:00", "17:30"], text: "Hybride docenten, hun leidinggevenden en de scholen delen wat werkt en wat beter kan." },
  { title: "Bedrijvenavond techniek", lines: [8], audiences: ["COMPANIES"], time: ["19:00", "21:30"], text: "Een avond voor technische bedrijven uit de regio met korte pitches van scholen en de nieuwste plannen van het netwerk." },
];

export function networkMeeting(c: Catalogue, rng: Rng, date: string): EventDraft {
  const meeting = rng.pick(meetings);
  const online = rng.chance(0.25);
  const host = rng.weighted<OrgRecord>([[rng.pick(c.net.companies), 4], ...c.net.mboColleges.map((m) => [m, 1] as const), [c.net.programme!, 1]]);
  const organisers: EventDraft["organisers"] = [[c.net.programme!, "ORGANISER"]];
  if (!online && host !== c.net.programme) organisers.push([host, "HOST"]);
  if (rng.chance(0.4)) organisers.push([rng.pick(c.net.partners), "CO_ORGANISER"]);
  const invitation = meeting.lines.includes(1) || rng.chance(0.25);
  const draft = {
    kind: "NETWORK_MEETING" as const, slugBase: `${meeting.title} ${online ? "online" : host.place.town.name} ${date}`, date, start: meeting.time[0], end: meeting.time[1],
    venue: online ? undefined : c.net.venueOf.get(host.id), online, title: online ? `${meeting.title} (online)` : meeting.title,
    summary: meeting.text, organisers, tags: { audiences: meeting.audiences, actionLines: meeting.lines },
    signupMode: invitation ? ("INVITATION" as const) : ("PLATFORM" as const), capacity: invitation ? null : rng.pick([40, 60, 80]),
  };
  const where = online ? "online" : `bij ${host.name} in ${host.place.town.name}`;
  return { ...draft, description: `${meeting.text} De bijeenkomst vindt plaats ${where}.${practicalInfo(draft)}` };
}

/** Kick-off, tussenpresentatie and finale of a challenge, on the dates of its milestones. */
export function challengeEvents(c: Catalogue, rng: Rng, challenge: ChallengeRecord): EventDraft[] {
  const { company } = challenge;
  const vmbo = challenge.schools.filter((s) => s.kind === "VMBO_SCHOOL");
  const finaleVenue = rng.pick(c.net.publicVenues);
  return challenge.milestones.map((milestone, i) => {
    const school = rng.pick(vmbo);
    const venue = i === 0 ? c.net.venueOf.get(company.id) : i === 1 ? c.net.venueOf.get(school.locations[0].id) : finaleVenue;
    const organisers: EventDraft["organisers"] =
      i === 0 ? [[company, "ORGANISER"], [c.net.programme!, "CO_ORGANISER"]] : i === 1 ? [[company, "ORGANISER"], [school.locations[0], "HOST"]] : [[company, "ORGANISER"], [c.net.programme!, "CO_ORGANISER"], [school, "CO_ORGANISER"]];
    const audiences = i === 2 ? [...challenge.tags.audiences!, "PARENTS"] : challenge.tags.audiences!;
    const draft = {
      kind: "CHALLENGE" as const, slugBase: `${challenge.slug} ${milestone.title} ${milestone.date}`, date: milestone.date,
      start: i === 2 ? "14:00" : "13:30", end: i === 2 ? "17:00" : "15:30", venue,
      title: `${milestone.title} challenge ${challenge.title}`, summary: milestone.description, organisers,
      tags: { ...challenge.tags, audiences }, offering: challenge.offering, challengeId: challenge.id,
      signupMode: i === 2 ? ("NONE" as const) : ("INVITATION" as const),
    };
    return { ...draft, description: `${milestone.description} ${company.name} bracht de opdracht in: ${challenge.offering.topic}. Deelnemende scholen: ${challenge.schools.map((s) => s.name).join(", ")}.${practicalInfo(draft)}` };
  });
}

/** A week-long regional programme, shown as an all-day event. */
export function techniekweek(c: Catalogue, monday: string): EventDraft {
  const draft = {
    kind: "OTHER" as const, slugBase: `techniekweek ${monday}`, date: monday, endDate: addDays(monday, 4), start: "00:00", end: "24:00", allDay: true,
    title: `Techniekweek ${c.net.region.name}`, summary: "Een week lang open werkplaatsen, gastlessen en bedrijfsbezoeken in de hele regio.",
    organisers: [[c.net.programme!, "ORGANISER"], ...c.net.partners.slice(0, 1).map((p) => [p, "CO_ORGANISER"] as [OrgRecord, "CO_ORGANISER"])] as EventDraft["organisers"],
    tags: { audiences: ["PO_GROUP_7", "PO_GROUP_8", "VMBO_YEAR_1", "VMBO_YEAR_2", "PARENTS"], actionLines: [1, 2, 8] }, signupMode: "NONE" as const,
  };
  return { ...draft, description: `Scholen en bedrijven in ${c.net.region.name} openen hun deuren. Bekijk in de agenda welke activiteiten er in jouw buurt zijn.${practicalInfo(draft)}` };
}
