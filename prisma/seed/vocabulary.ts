// The plan's vocabulary: action lines, vmbo profiles, g/t programmes, themes and audiences.
// Ids are assigned in list order, so they are the same in every seeded database.
import type { AudienceSector } from "../generated/prisma/client.ts";
import { listLabels } from "./text.ts";

export interface ActionLineDef {
  number: number;
  slug: string;
  title: string;
  summary: string;
  description: string;
}

export const actionLines: ActionLineDef[] = [
  {
    number: 1,
    slug: "techniek-met-primair-onderwijs",
    title: "Techniek- en technologieonderwijs en -promotie met primair onderwijs (PO)",
    summary: "Basisschoolleerlingen maken vroeg kennis met techniek, onder meer in de Techlabs van het vmbo.",
    description:
      "Elke vmbo-school heeft een schakelfunctionaris die samenwerkt met basisscholen in de buurt. Basisschoolleerlingen ontdekken techniek spelenderwijs in de Techlabs, en leerkrachten maken op een informele manier kennis met wetenschap en technologie (W&T). Daarnaast werken leerlingen van verschillende scholen samen aan regionale challenges die bedrijven uit de regio aandragen, zoals duurzame energieoplossingen.",
  },
  {
    number: 2,
    slug: "onderbouw-vmbo",
    title: "Techniek en technologie in de onderbouw van het vmbo",
    summary: "Een breed lesaanbod en sterke loopbaanoriëntatie (LOB) voor alle onderbouwleerlingen.",
    description:
      "Alle onderbouwleerlingen komen in aanraking met verschillende technieken en technologieën, via de leergebieden Natuur & Techniek en Creatief & Techniek of via talentlessen over design en robotica. Met bedrijfsbezoeken, techniekmarkten en gastlessen krijgen leerlingen een goed beeld van technische opleidingen en beroepen, zodat ze beter een profiel voor de bovenbouw kiezen.",
  },
  {
    number: 3,
    slug: "bovenbouwprofielen",
    title: "Versterking en borging van bovenbouwprofielen (BWI, PIE, M&T, MVI)",
    summary: "Sterke technische profielen met extra formatie, praktijk bij bedrijven en mbo, en innovatie.",
    description:
      "De regio biedt een dekkend aanbod van de technische profielen BWI, PIE, M&T en MVI. Extra docenten en instructeurs geven leerlingen meer tijd en aandacht. Leerlingen volgen delen van hun programma bij bedrijven of het mbo, via stages, keuzevakken en gastlessen. Het onderwijs blijft actueel met nieuwe technologieën zoals augmented reality (AR), virtual reality (VR) en kunstmatige intelligentie (AI), en met regionale challenges.",
  },
  {
    number: 4,
    slug: "gt-programmas",
    title: "Technische en technologische praktijkgerichte programma's voor g/t-leerlingen",
    summary: "Praktijkgerichte programma's voor leerlingen in de gemengde en theoretische leerweg.",
    description:
      "Leerlingen in de gemengde en theoretische leerweg oriënteren zich op techniek via programma's als Technologie en Toepassing, Dienstverlening en Producten en Techniek en Innovatief Vakmanschap. Ze werken aan levensechte opdrachten van lokale bedrijven en aan technische oplossingen voor maatschappelijke vraagstukken, deels bij het mbo of bij bedrijven. Het aanbod sluit aan bij Het Talent Atelier van Koning Willem I College.",
  },
  {
    number: 5,
    slug: "andere-profielen-en-onderwijssoorten",
    title: "Techniek in andere profielen en onderwijssoorten",
    summary: "Techniek binnen Groen, Zorg & Welzijn, HBR en E&O, en in praktijkonderwijs en vso.",
    description:
      "Ook leerlingen in de profielen Groen, Zorg & Welzijn, Horeca, Bakkerij en Recreatie en Economie en Ondernemen besteden expliciet aandacht aan techniek. Scholen bieden profieloverstijgende technische keuzevakken en cross-overs tussen vakgebieden. Voor het praktijkonderwijs en het voortgezet speciaal onderwijs (vso) ontwikkelen we programma's die aansluiten bij wat deze leerlingen nodig hebben.",
  },
  {
    number: 6,
    slug: "docentenaanpak",
    title: "Docentenaanpak techniek en technologie",
    summary: "Een regionale taskforce tegen het docententekort, hybride docenten en bijscholing.",
    description:
      "Goed techniekonderwijs begint bij goede docenten. Een regionale taskforce ontwikkelt beleid voor de professionalisering van techniekdocenten, met hybride docenten (vakmensen uit het bedrijfsleven die lesgeven), assistenten en instructeurs. Docenten volgen bijscholing, zodat ze de nieuwste technologische ontwikkelingen bijhouden.",
  },
  {
    number: 7,
    slug: "borging-vanaf-2029",
    title: "Borging Sterk Techniekonderwijs vanaf 2029",
    summary: "De regionale samenwerking en de financiële afspraken blijven ook na 2028 bestaan.",
    description:
      "Ook na 2028 werken scholen en bedrijven samen aan het regionale programma. De samenwerkingsstructuur blijft bestaan en speelt in op nieuwe ontwikkelingen en innovaties, en financiële afspraken zorgen voor een duurzame samenwerking.",
  },
  {
    number: 8,
    slug: "programmamanagement",
    title: "Programmamanagement en regionale ontwikkelingen",
    summary: "Programmamanagement, netwerkbijeenkomsten en een regionale bedrijvencontactfunctionaris.",
    description:
      "Het programmamanagement houdt alle betrokkenen geïnspireerd en zorgt dat ze effectief samenwerken. Netwerkbijeenkomsten en evenementen verbinden scholen en bedrijven en stimuleren kennisuitwisseling. Een regionale bedrijvencontactfunctionaris versterkt de samenwerking met het bedrijfsleven.",
  },
];

export interface ProfileDef {
  code: string;
  slug: string;
  name: string;
  technical: boolean;
}

export const profiles: ProfileDef[] = [
  { code: "BWI", slug: "bwi", name: "Bouwen, Wonen en Interieur", technical: true },
  { code: "PIE", slug: "pie", name: "Produceren, Installeren en Energie", technical: true },
  { code: "MT", slug: "mt", name: "Mobiliteit en Transport", technical: true },
  { code: "MVI", slug: "mvi", name: "Media, Vormgeving en ICT", technical: true },
  { code: "GROEN", slug: "groen", name: "Groen", technical: false },
  { code: "ZW", slug: "zw", name: "Zorg en Welzijn", technical: false },
  { code: "HBR", slug: "hbr", name: "Horeca, Bakkerij en Recreatie", technical: false },
  { code: "EO", slug: "eo", name: "Economie en Ondernemen", technical: false },
];

const profileLabels: Record<string, string> = { MT: "M&T", ZW: "Z&W", EO: "E&O", GROEN: "Groen" };

/** Profiles as a Dutch list of their usual short names: "BWI, M&T en Z&W". */
export const profileList = (codes: string[]) => listLabels(codes.map((code) => profileLabels[code] ?? code));

export const technicalProfiles = profiles.filter((profile) => profile.technical).map((profile) => profile.code);

export const programmes = [
  {
    slug: "technologie-en-toepassing",
    name: "Technologie en Toepassing",
    description: "Praktijkgericht programma voor g/t-leerlingen: ontwerpen, maken en toepassen van technologie in opdrachten van bedrijven.",
  },
  {
    slug: "dienstverlening-en-producten",
    name: "Dienstverlening en Producten",
    description: "Brede oriëntatie op dienstverlening, productontwikkeling en techniek, met projecten in en om de school.",
  },
  {
    slug: "techniek-en-innovatief-vakmanschap",
    name: "Techniek en Innovatief Vakmanschap",
    description: "Vakmanschap en innovatie gecombineerd: leerlingen werken met moderne technieken aan levensechte vraagstukken.",
  },
];

export const themes: { slug: string; name: string }[] = [
  { slug: "ar", name: "Augmented reality (AR)" },
  { slug: "vr", name: "Virtual reality (VR)" },
  { slug: "ai", name: "Kunstmatige intelligentie (AI)" },
  { slug: "robotica", name: "Robotica" },
  { slug: "duurzame-energie", name: "Duurzame energie" },
  { slug: "programmeren", name: "Programmeren" },
  { slug: "3d-printen", name: "3D-printen" },
  { slug: "bouw", name: "Bouw" },
  { slug: "installatietechniek", name: "Installatietechniek" },
  { slug: "mobiliteit", name: "Mobiliteit" },
  { slug: "elektrotechniek", name: "Elektrotechniek" },
  { slug: "metaal", name: "Metaalbewerking" },
  { slug: "ict", name: "ICT en netwerken" },
  { slug: "design", name: "Design en vormgeving" },
  { slug: "voedseltechnologie", name: "Voedseltechnologie" },
  { slug: "agritech", name: "Agritech" },
  { slug: "drones", name: "Drones" },
  { slug: "wetenschap-en-techniek", name: "Wetenschap en techniek (W&T)" },
];

export interface AudienceDef {
  code: string;
  name: string;
  sector: AudienceSector;
  level: number | null;
}

export const audiences: AudienceDef[] = [
  ...Array.from({ length: 8 }, (_, i): AudienceDef => ({
    code: `PO_GROUP_${i + 1}`,
    name: `Groep ${i + 1}`,
    sector: "PRIMARY",
    level: i + 1,
  })),
  ...Array.from({ length: 4 }, (_, i): AudienceDef => ({
    code: `VMBO_YEAR_${i + 1}`,
    name: `Vmbo leerjaar ${i + 1}`,
    sector: i < 2 ? "VMBO_ONDERBOUW" : "VMBO_BOVENBOUW",
    level: i + 1,
  })),
  { code: "MBO", name: "Mbo-studenten", sector: "MBO", level: null },
  { code: "PRAKTIJKONDERWIJS", name: "Praktijkonderwijs", sector: "PRAKTIJKONDERWIJS", level: null },
  { code: "VSO", name: "Voortgezet speciaal onderwijs (vso)", sector: "VSO", level: null },
  { code: "TEACHERS", name: "Docenten en leerkrachten", sector: "TEACHERS", level: null },
  { code: "PARENTS", name: "Ouders en verzorgers", sector: "PARENTS", level: null },
  { code: "COMPANIES", name: "Bedrijven", sector: "COMPANIES", level: null },
];

/** Looks up the id (1-based list position) of a code or slug; throws on a typo. */
export function indexer<T>(items: readonly T[], key: (item: T) => string | number) {
  const ids = new Map(items.map((item, i) => [key(item), i + 1]));
  return (code: string | number): number => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`Unknown vocabulary entry: ${code}`);
    return id;
  };
}

export const actionLineId = indexer(actionLines, (line) => line.number);
export const profileId = indexer(profiles, (profile) => profile.code);
export const programmeId = indexer(programmes, (programme) => programme.slug);
export const themeId = indexer(themes, (theme) => theme.slug);
export const audienceId = indexer(audiences, (audience) => audience.code);
