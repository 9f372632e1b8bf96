// The institutions of the Noordoost-Brabant demo network. Names are invented, except the public
// institutions the regional plan itself names (Koning Willem I College).
import { companies } from "./companies.ts";
import { holidays, municipalities } from "./places.ts";
import type { RegionDefinition } from "./region.ts";

export const noordoostBrabant: RegionDefinition = {
  slug: "noordoost-brabant",
  name: "Noordoost-Brabant",
  description:
    "Het Techniek Loket is het Sterk Techniekonderwijs-netwerk van vmbo-scholen, mbo, basisscholen, gemeenten en bedrijven in Noordoost-Brabant. Samen bouwen we aan toekomstbestendig techniekonderwijs voor jong talent.",
  referenceDate: "2026-11-28",
  schoolYears: [
    { from: "2025-08-18", to: "2026-07-10" },
    { from: "2026-08-24", to: "2027-07-16" },
  ],
  holidays,
  municipalities,
  programme: {
    name: "Het Techniek Loket",
    town: "'s-Hertogenbosch",
    description:
      "Het Techniek Loket is de programmaorganisatie van Sterk Techniekonderwijs in Noordoost-Brabant. Wij verbinden scholen en bedrijven, organiseren netwerkbijeenkomsten en techniekmarkten en ondersteunen de acht actielijnen van het activiteitenplan 2025-2028.",
  },
  partners: [
    {
      name: "Bedrijvenkring Techniek Noordoost-Brabant",
      town: "Veghel",
      domain: "bedrijvenkringtechniek.example",
      description: "Netwerk van technische bedrijven in de regio dat stages, gastlessen en bedrijfsbezoeken mogelijk maakt.",
      offerings: [
        {
          kind: "PROGRAMME", title: "Gastdocentenpool", topic: "gastdocenten uit het bedrijfsleven",
          summary: "Een pool van vakmensen die gastlessen en workshops op scholen verzorgen.",
          description: "Aangesloten bedrijven stellen vakmensen beschikbaar voor gastlessen, workshops en de inzet als hybride docent.",
          tags: { audiences: ["TEACHERS", "COMPANIES"], actionLines: [6, 8] },
          bookingInfo: "Aanvragen via info@bedrijvenkringtechniek.example.", costCents: null,
        },
      ],
    },
    {
      name: "LOB-platform Noordoost-Brabant",
      town: "Oss",
      domain: "lobnoordoostbrabant.example",
      description: "Platform voor loopbaanoriëntatie en -begeleiding: verbindt decanen, mentoren en bedrijven rond beroepskeuze.",
      offerings: [
        {
          kind: "PROGRAMME", title: "LOB-route techniek", topic: "loopbaanoriëntatie",
          summary: "Een jaarprogramma loopbaanoriëntatie met bedrijfsbezoeken en techniekmarkten voor leerjaar 1 en 2.",
          description: "Mentoren en decanen krijgen een kant-en-klare LOB-route met opdrachten voor en na een bedrijfsbezoek of techniekmarkt, ook om samen met ouders te doen.",
          tags: { audiences: ["VMBO_YEAR_1", "VMBO_YEAR_2", "PARENTS"], actionLines: [2] },
          bookingInfo: "Scholen vragen de route aan via info@lobnoordoostbrabant.example.",
        },
      ],
    },
    {
      name: "Kenniscentrum W&T Noordoost",
      town: "Uden",
      domain: "kenniscentrumwt.example",
      description: "Ondersteunt basisscholen bij wetenschap en technologie (W&T) met leskisten, scholing en advies.",
      offerings: [
        {
          kind: "PROGRAMME", title: "Leskisten wetenschap en techniek", topic: "leskisten W&T",
          summary: "Uitleen van leskisten over elektriciteit, programmeren en duurzame energie voor groep 5 tot en met 8.",
          description: "Basisscholen lenen een leskist voor vier weken, met handleiding en materialen voor een complete lessenserie.",
          tags: { audiences: ["PO_GROUP_5", "PO_GROUP_6", "PO_GROUP_7", "PO_GROUP_8", "TEACHERS"], actionLines: [1], themes: ["wetenschap-en-techniek", "programmeren", "duurzame-energie"] },
          bookingInfo: "Reserveren via info@kenniscentrumwt.example; ophalen en terugbrengen in Uden.", bookingUrl: true,
        },
      ],
    },
  ],
  vmboSchools: [
    { name: "Vestingcollege", locations: ["'s-Hertogenbosch", "Rosmalen"], profiles: ["BWI", "PIE", "MT", "MVI", "ZW", "EO"], programmes: ["technologie-en-toepassing"], hasTechlab: true, leerwegen: ["BB", "KB", "GL", "TL"] },
    { name: "Het Ambachtshuis", locations: ["Oss", "Berghem", "Ravenstein"], profiles: ["BWI", "PIE", "MT", "MVI", "HBR", "ZW", "EO"], programmes: ["technologie-en-toepassing", "dienstverlening-en-producten"], hasTechlab: true, leerwegen: ["BB", "KB", "GL", "TL"] },
    { name: "Heidekamp College", locations: ["Heesch", "Nistelrode"], profiles: ["BWI", "PIE", "ZW", "GROEN"], programmes: ["techniek-en-innovatief-vakmanschap"], hasTechlab: true, leerwegen: ["BB", "KB", "GL"] },
    { name: "Hoogveld College", locations: ["Uden", "Schaijk"], profiles: ["PIE", "MT", "MVI", "HBR", "EO"], programmes: ["technologie-en-toepassing", "techniek-en-innovatief-vakmanschap"], hasTechlab: true, leerwegen: ["BB", "KB", "GL", "TL"] },
    { name: "Aadal College", locations: ["Veghel", "Erp"], profiles: ["BWI", "PIE", "MT", "ZW", "GROEN"], programmes: ["technologie-en-toepassing"], hasTechlab: true, leerwegen: ["BB", "KB", "GL", "TL"] },
    { name: "Markiezaat College", locations: ["Schijndel", "Sint-Oedenrode"], profiles: ["BWI", "MVI", "ZW", "EO"], programmes: ["dienstverlening-en-producten"], hasTechlab: true, leerwegen: ["KB", "GL", "TL"] },
    { name: "Kempenpoort College", locations: ["Boxtel"], profiles: ["PIE", "MVI", "ZW", "EO", "HBR"], programmes: ["technologie-en-toepassing"], hasTechlab: false, leerwegen: ["BB", "KB", "GL", "TL"] },
    { name: "Langstraat Vakcollege", locations: ["Drunen", "Vlijmen"], profiles: ["BWI", "PIE", "MT", "ZW"], programmes: ["techniek-en-innovatief-vakmanschap"], hasTechlab: true, leerwegen: ["BB", "KB"] },
    { name: "Maasheggen College", locations: ["Cuijk", "Boxmeer", "Grave"], profiles: ["BWI", "PIE", "MT", "MVI", "GROEN", "ZW", "HBR", "EO"], programmes: ["technologie-en-toepassing", "dienstverlening-en-producten", "techniek-en-innovatief-vakmanschap"], hasTechlab: true, leerwegen: ["BB", "KB", "GL", "TL"] },
    { name: "Beekdal College", locations: ["Berlicum", "Sint-Michielsgestel"], profiles: ["MVI", "ZW", "EO", "GROEN"], programmes: ["technologie-en-toepassing"], hasTechlab: false, leerwegen: ["GL", "TL"] },
    { name: "Leeuwenhof Vakcollege", locations: ["Vught"], profiles: ["BWI", "PIE", "MVI", "ZW"], programmes: [], hasTechlab: true, leerwegen: ["BB", "KB", "GL"] },
  ],
  primarySchools: [
    ["De Regenboog", "'s-Hertogenbosch"], ["Het Palet", "'s-Hertogenbosch"], ["De Zonnewijzer", "'s-Hertogenbosch"],
    ["De Klimop", "Rosmalen"], ["De Wieken", "Empel"], ["Het Kompas", "Oss"], ["De Boomgaard", "Oss"],
    ["De Fonkelsteen", "Oss"], ["De Springplank", "Berghem"], ["Het Mozaïek", "Ravenstein"],
    ["De Horizon", "Heesch"], ["'t Schrijverke", "Nistelrode"], ["De Bolderik", "Heeswijk-Dinther"],
    ["De Meander", "Boekel"], ["Het Vogelnest", "Venhorst"], ["De Ontdekking", "Boxtel"], ["De Sterrenkijker", "Liempde"],
    ["De Eikenhof", "Drunen"], ["De Toverbal", "Drunen"], ["De Kameleon", "Vlijmen"], ["Het Talent", "Cuijk"],
    ["De Lindeboom", "Cuijk"], ["De Windroos", "Boxmeer"], ["Het Kastanjepark", "Grave"], ["De Kiem", "Mill"],
    ["Het Speelhuis", "Uden"], ["De Bijenkorf", "Uden"], ["De Zevensprong", "Schaijk"], ["Het Klaverblad", "Zeeland"],
    ["De Notenboom", "Veghel"], ["De Vlindertuin", "Veghel"], ["De Peppels", "Schijndel"], ["De Vuurvogel", "Sint-Oedenrode"],
    ["De Uitkijk", "Erp"], ["De Globe", "Sint-Michielsgestel"], ["De Leeuwerik", "Berlicum"], ["De Heikant", "Den Dungen"],
    ["Op Dreef", "Vught"], ["Het Schateiland", "Vught"], ["De Wegwijzer", "Helvoirt"],
  ].map(([name, town]) => ({ name: `Basisschool ${name}`, town })),
  mboColleges: [
    {
      name: "Koning Willem I College",
      town: "'s-Hertogenbosch",
      street: "Vlijmenseweg 2",
      postalCode: "5223 GW",
      website: "https://www.kwic.nl",
      domain: "kwic.example",
      description:
        "Mbo-instelling in 's-Hertogenbosch met technische opleidingen van installatietechniek tot mechatronica. Met Het Talent Atelier werkt het college samen met het vmbo aan doorlopende leerlijnen.",
      offerings: [
        {
          kind: "PROGRAMME", title: "Het Talent Atelier", topic: "Het Talent Atelier",
          summary: "Vmbo-leerlingen in de gemengde en theoretische leerweg werken op het mbo aan echte opdrachten.",
          description: "In Het Talent Atelier werken g/t-leerlingen aan interdisciplinaire opdrachten van bedrijven, met onderzoekend en ontwerpend leren. De programma's voor g/t-leerlingen in de regio sluiten hierop aan.",
          tags: { audiences: ["VMBO_YEAR_3", "VMBO_YEAR_4"], actionLines: [4], themes: ["design", "ai", "robotica"] },
          leerwegen: ["GL", "TL"], bookingInfo: "Vmbo-scholen melden groepen aan via de coördinator doorlopende leerlijnen.",
        },
      ],
    },
    {
      name: "Techniekcampus Maas en Peel",
      town: "Uden",
      description: "Mbo-opleidingen in techniek, food en mobiliteit, dicht bij de bedrijven in het oosten van de regio.",
    },
  ],
  specialSchools: [
    { name: "Praktijkschool Het Werkhuis", town: "Oss", kind: "PRAKTIJKONDERWIJS", description: "Praktijkonderwijs met werkplaatsen voor techniek, groen en logistiek en veel stages bij bedrijven in de buurt." },
    { name: "Praktijkcollege De Stapsteen", town: "'s-Hertogenbosch", kind: "PRAKTIJKONDERWIJS", description: "Praktijkonderwijs waar leerlingen leren door te doen, met een eigen fietsenwerkplaats en bouwhal." },
    { name: "Praktijkschool De Akker", town: "Veghel", kind: "PRAKTIJKONDERWIJS", description: "Praktijkonderwijs in Meierijstad met branchecertificaten in metaal, installatie en groen." },
    { name: "Praktijkschool De Brug", town: "Cuijk", kind: "PRAKTIJKONDERWIJS", description: "Kleinschalig praktijkonderwijs in het Land van Cuijk, met techniekprojecten samen met lokale bedrijven." },
    { name: "VSO De Kempenbeek", town: "Boxtel", kind: "VSO", description: "Voortgezet speciaal onderwijs met een uitstroomprofiel arbeid en een goed uitgeruste techniekwerkplaats." },
    { name: "VSO Het Baken", town: "'s-Hertogenbosch", kind: "VSO", description: "Voortgezet speciaal onderwijs; techniek in kleine groepen, met aandacht voor structuur en begeleiding." },
    { name: "VSO De Oversteek", town: "Uden", kind: "VSO", description: "Vso-school met praktijkgerichte leerroutes richting werk, waaronder techniek en logistiek." },
  ],
  companies,
  publicVenues: [
    { name: "Evenementenhal De Dieze", town: "'s-Hertogenbosch", street: "Diezekade 40" },
    { name: "Sportcentrum Het Aaveld", town: "Veghel", street: "Sportlaan 12" },
    { name: "Expohal De Kruisberg", town: "Oss", street: "Kruisbergweg 5" },
    { name: "Sportcentrum De Sprong", town: "Uden", street: "Sprongweg 3" },
    { name: "Evenementenloods De Maasboog", town: "Cuijk", street: "Maasboulevard 20" },
  ],
  techniekmarkten: [
    { date: "2025-11-13", town: "Veghel", evening: true },
    { date: "2026-01-24", town: "'s-Hertogenbosch", evening: false },
    { date: "2026-03-12", town: "Oss", evening: true },
    { date: "2026-10-08", town: "Uden", evening: true },
    { date: "2027-01-21", town: "Veghel", evening: true },
    { date: "2027-03-13", town: "'s-Hertogenbosch", evening: false },
    { date: "2027-04-08", town: "Cuijk", evening: true },
  ],
  challengeSchedule: [
    { from: "2025-09-15", to: "2026-01-30" },
    { from: "2025-11-03", to: "2026-03-27" },
    { from: "2026-02-02", to: "2026-06-19" },
    { from: "2026-09-07", to: "2027-01-29" },
    { from: "2026-10-05", to: "2027-03-26" },
    { from: "2027-01-11", to: "2027-04-16" },
    { from: "2027-02-15", to: "2027-06-11" },
    { from: "2027-04-06", to: "2027-07-02" },
  ],
};
