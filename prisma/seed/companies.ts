// Invented companies of the demo network, and what each sector brings to schools.
import type { CompanyDef, Sector } from "./region.ts";

const list: [Sector, [string, string][]][] = [
  ["installatie", [
    ["Warmtewerk Installaties", "Veghel"], ["Klimaatkracht Techniek", "Oss"], ["Aquaflow Installatiegroep", "'s-Hertogenbosch"],
    ["Stroomlijn Elektrotechniek", "Uden"], ["Luchtwerk Ventilatie", "Drunen"], ["Installatiebureau De Waterpas", "Boxtel"],
    ["Comfortwarmte Maas en Peel", "Boxmeer"], ["Thermion Installatietechniek", "Rosmalen"],
  ]],
  ["bouw", [
    ["Bouwbedrijf De Stevige Basis", "Schijndel"], ["Dijkzicht Bouw", "Heusden"], ["Houtskelet Noord", "Liempde"],
    ["Bouwcombinatie Hoge Hoeve", "Berghem"], ["Timmerfabriek De Houtvezel", "Nistelrode"], ["Renovatiebedrijf Vakwerk", "Vught"],
    ["Prefab Betonwerken Noordoost", "Cuijk"], ["Circulair Bouwatelier", "'s-Hertogenbosch"],
  ]],
  ["metaal", [
    ["Metaalwerk Het Aambeeld", "Veghel"], ["Plaatwerk Peelrand", "Boekel"], ["Lasbedrijf Vonkenregen", "Erp"],
    ["CNC Techniek De Draaibank", "Oss"], ["Staalconstructie Zuiderpoort", "Vlijmen"], ["Machinefabriek Nieuwe Molen", "Sint-Oedenrode"],
    ["Profielwerk Aluminium", "Mill"], ["Robotlas Systems", "Uden"],
  ]],
  ["food", [
    ["Smaakfabriek Brabant", "Oss"], ["Zuivelinnovatie De Melkbus", "Boxmeer"], ["Verpakkingstechniek FoodPack", "Veghel"],
    ["Bakkerijmachines De Deegroller", "Schaijk"], ["Proteïnelab Zeeland", "Zeeland"], ["Koeltechniek Frisline", "Heesch"],
    ["Sapperij Perenhof", "Grave"],
  ]],
  ["ict", [
    ["Pixelpoort Software", "'s-Hertogenbosch"], ["Datadijk Netwerken", "Rosmalen"], ["Codehuis Oss", "Oss"],
    ["Virtueel Atelier XR", "'s-Hertogenbosch"], ["Slimme Sensor Systems", "Veghel"], ["Cloudveld IT", "Uden"],
    ["Algoritmelab", "Vught"], ["Mediawerf Cuijk", "Cuijk"],
  ]],
  ["mobiliteit", [
    ["Garagebedrijf De Zuigerveer", "Schijndel"], ["Truckservice Meierij", "Veghel"], ["E-Mobility Centrum Oss", "Oss"],
    ["Fietswerk Dommelvallei", "Boxtel"], ["Transportbedrijf De Lange Rit", "Heesch"], ["Bandenservice Rondom", "Drunen"],
    ["Tractortechniek De Ploeg", "Sint Anthonis"],
  ]],
  ["agritech", [
    ["Kassenbouw Glashelder", "Heeswijk-Dinther"], ["Melkrobot Service Brabant", "Boekel"], ["Akkerdata Precisielandbouw", "Mill"],
    ["Stalklimaat Techniek", "Venhorst"], ["Agrodrone Noordoost", "Sint Anthonis"], ["Voerautomatisering De Krib", "Nistelrode"],
    ["Tuinbouwtechniek Groeikracht", "Berlicum"],
  ]],
  ["energie", [
    ["Zonnedak Energie", "Uden"], ["Windcoöperatie De Wiek", "Schaijk"], ["Techniekcentrum Netwerk Zuid", "'s-Hertogenbosch"],
    ["Warmtenet Het Groene Hart", "Veghel"], ["Laadpaal Partners", "Rosmalen"], ["Waterstofwerkplaats Oss", "Oss"],
    ["Batterijopslag Brabant", "Vlijmen"],
  ]],
];

export const companies: CompanyDef[] = list.flatMap(([sector, names]) =>
  names.map(([name, town]) => ({ name, sector, town })),
);

export interface SectorDef {
  /** Dutch noun phrase, "installatietechniek". */
  label: string;
  profiles: string[];
  themes: string[];
  description: string;
  /** What pupils see or do during a visit or guest lesson. */
  activities: string[];
}

export const sectors: Record<Sector, SectorDef> = {
  installatie: {
    label: "installatietechniek",
    profiles: ["PIE"],
    themes: ["installatietechniek", "duurzame-energie", "elektrotechniek"],
    description: "Installatiebedrijf voor woningen en utiliteit: warmtepompen, ventilatie, elektra en slimme gebouwen.",
    activities: ["een warmtepomp aansluiten", "een slimme thermostaat programmeren", "een groepenkast bekijken", "leidingen buigen en persen"],
  },
  bouw: {
    label: "bouw",
    profiles: ["BWI"],
    themes: ["bouw", "3d-printen", "duurzame-energie"],
    description: "Bouwbedrijf voor nieuwbouw en renovatie, met aandacht voor circulair en industrieel bouwen.",
    activities: ["een bouwplaats bezoeken", "een houtskeletwand maken", "meten met een laser en drone", "circulaire materialen ontdekken"],
  },
  metaal: {
    label: "metaal",
    profiles: ["PIE"],
    themes: ["metaal", "robotica"],
    description: "Metaalbedrijf met CNC-draaien, frezen, plaatbewerking en robotlassen voor de maakindustrie.",
    activities: ["een lasrobot aan het werk zien", "een onderdeel frezen op een CNC-machine", "zelf een sleutelhanger lasersnijden", "plaatwerk zetten"],
  },
  food: {
    label: "voedseltechnologie",
    profiles: ["PIE", "HBR"],
    themes: ["voedseltechnologie", "robotica"],
    description: "Producent in de voedingsindustrie met geautomatiseerde productielijnen en een eigen innovatielab.",
    activities: ["een productielijn volgen", "hygiënisch ontwerpen", "een verpakkingsrobot programmeren", "sensoren in de kwaliteitscontrole"],
  },
  ict: {
    label: "ICT",
    profiles: ["MVI"],
    themes: ["programmeren", "ai", "ar", "vr", "ict"],
    description: "ICT-bedrijf voor software, netwerken en extended reality, met klanten in industrie en zorg.",
    activities: ["een app bouwen", "een netwerk aanleggen", "een VR-omgeving ontwerpen", "een AI-model trainen"],
  },
  mobiliteit: {
    label: "mobiliteit",
    profiles: ["MT"],
    themes: ["mobiliteit", "elektrotechniek"],
    description: "Bedrijf in onderhoud en reparatie van voertuigen, van e-bikes tot vrachtwagens en landbouwmachines.",
    activities: ["een elektrische auto diagnosticeren", "banden en remmen controleren", "een e-bike afstellen", "een vrachtwagen van binnen bekijken"],
  },
  agritech: {
    label: "agritech",
    profiles: ["GROEN", "PIE"],
    themes: ["agritech", "robotica", "drones"],
    description: "Agritechbedrijf met robots, sensoren en data voor veehouderij, akkerbouw en tuinbouw.",
    activities: ["een melkrobot zien werken", "een drone over de akker laten vliegen", "het klimaat in een kas regelen", "sensordata uitlezen"],
  },
  energie: {
    label: "energie",
    profiles: ["PIE"],
    themes: ["duurzame-energie", "elektrotechniek"],
    description: "Energiebedrijf voor zonnepanelen, laadinfrastructuur, warmtenetten en energieopslag.",
    activities: ["zonnepanelen monteren", "een laadpaal installeren", "een batterij-opslag bekijken", "een energiemeting doen"],
  },
};
