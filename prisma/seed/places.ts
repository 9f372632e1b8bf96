// The geography of Noordoost-Brabant: municipalities (with CBS codes), towns with approximate
// centre coordinates and postcode areas, and the school holidays of region Zuid.
import type { MunicipalityDef } from "./region.ts";
import type { Period } from "./time.ts";

const town = (name: string, latitude: number, longitude: number, postcodes: [number, number]) => ({
  name,
  latitude,
  longitude,
  postcodes,
});

export const municipalities: MunicipalityDef[] = [
  {
    slug: "s-hertogenbosch",
    name: "'s-Hertogenbosch",
    cbsCode: "GM0796",
    towns: [
      town("'s-Hertogenbosch", 51.6978, 5.3037, [5211, 5237]),
      town("Rosmalen", 51.7167, 5.365, [5241, 5249]),
      town("Empel", 51.7306, 5.325, [5235, 5235]),
    ],
  },
  {
    slug: "oss",
    name: "Oss",
    cbsCode: "GM0828",
    towns: [
      town("Oss", 51.765, 5.518, [5341, 5348]),
      town("Berghem", 51.77, 5.57, [5351, 5351]),
      town("Ravenstein", 51.7967, 5.65, [5371, 5371]),
      town("Megen", 51.8217, 5.5633, [5366, 5366]),
    ],
  },
  {
    slug: "bernheze",
    name: "Bernheze",
    cbsCode: "GM1721",
    towns: [
      town("Heesch", 51.7333, 5.53, [5384, 5384]),
      town("Nistelrode", 51.705, 5.5633, [5388, 5388]),
      town("Heeswijk-Dinther", 51.65, 5.4833, [5472, 5473]),
      town("Vorstenbosch", 51.655, 5.58, [5476, 5476]),
    ],
  },
  {
    slug: "boekel",
    name: "Boekel",
    cbsCode: "GM0755",
    towns: [town("Boekel", 51.6033, 5.675, [5427, 5427]), town("Venhorst", 51.6083, 5.7333, [5428, 5428])],
  },
  {
    slug: "boxtel",
    name: "Boxtel",
    cbsCode: "GM0757",
    towns: [town("Boxtel", 51.5908, 5.3292, [5281, 5283]), town("Liempde", 51.5683, 5.3717, [5298, 5298])],
  },
  {
    slug: "heusden",
    name: "Heusden",
    cbsCode: "GM0797",
    towns: [
      town("Drunen", 51.6867, 5.1333, [5151, 5152]),
      town("Vlijmen", 51.695, 5.215, [5251, 5251]),
      town("Heusden", 51.7317, 5.1383, [5256, 5256]),
      town("Nieuwkuijk", 51.6917, 5.1817, [5253, 5253]),
    ],
  },
  {
    slug: "land-van-cuijk",
    name: "Land van Cuijk",
    cbsCode: "GM1982",
    towns: [
      town("Cuijk", 51.7275, 5.879, [5431, 5434]),
      town("Boxmeer", 51.6467, 5.9472, [5831, 5831]),
      town("Grave", 51.7592, 5.7383, [5361, 5361]),
      town("Mill", 51.6867, 5.7817, [5451, 5451]),
      town("Sint Anthonis", 51.6267, 5.8817, [5845, 5845]),
    ],
  },
  {
    slug: "maashorst",
    name: "Maashorst",
    cbsCode: "GM1991",
    towns: [
      town("Uden", 51.6608, 5.6194, [5401, 5406]),
      town("Schaijk", 51.745, 5.6317, [5374, 5374]),
      town("Zeeland", 51.6967, 5.6767, [5411, 5411]),
      town("Volkel", 51.645, 5.655, [5408, 5408]),
    ],
  },
  {
    slug: "meierijstad",
    name: "Meierijstad",
    cbsCode: "GM1948",
    towns: [
      town("Veghel", 51.6167, 5.5486, [5461, 5467]),
      town("Schijndel", 51.6225, 5.4325, [5481, 5482]),
      town("Sint-Oedenrode", 51.5675, 5.4597, [5491, 5492]),
      town("Erp", 51.6, 5.6067, [5469, 5469]),
    ],
  },
  {
    slug: "sint-michielsgestel",
    name: "Sint-Michielsgestel",
    cbsCode: "GM0845",
    towns: [
      town("Sint-Michielsgestel", 51.6417, 5.3533, [5271, 5271]),
      town("Berlicum", 51.6775, 5.4, [5258, 5258]),
      town("Den Dungen", 51.665, 5.3717, [5275, 5275]),
      town("Gemonde", 51.62, 5.37, [5296, 5296]),
    ],
  },
  {
    slug: "vught",
    name: "Vught",
    cbsCode: "GM0865",
    towns: [
      town("Vught", 51.6533, 5.2917, [5261, 5264]),
      town("Cromvoirt", 51.66, 5.2333, [5266, 5266]),
      town("Helvoirt", 51.6317, 5.23, [5268, 5268]),
    ],
  },
];

/** School holidays of region Zuid (approximate) and the public holidays on school days. */
export const holidays: Period[] = [
  { from: "2025-10-18", to: "2025-10-26" },
  { from: "2025-12-20", to: "2026-01-04" },
  { from: "2026-02-14", to: "2026-02-22" },
  { from: "2026-04-06", to: "2026-04-06" },
  { from: "2026-04-25", to: "2026-05-03" },
  { from: "2026-05-14", to: "2026-05-15" },
  { from: "2026-05-25", to: "2026-05-25" },
  { from: "2026-07-11", to: "2026-08-23" },
  { from: "2026-10-17", to: "2026-10-25" },
  { from: "2026-12-19", to: "2027-01-03" },
  { from: "2027-02-06", to: "2027-02-14" },
  { from: "2027-03-29", to: "2027-03-29" },
  { from: "2027-04-24", to: "2027-05-02" },
  { from: "2027-05-06", to: "2027-05-07" },
  { from: "2027-05-17", to: "2027-05-17" },
];

/** Street names for invented addresses: school streets and business parks. */
export const schoolStreets = [
  "Schoolstraat", "Kloosterstraat", "Molenstraat", "Sportlaan", "Burgemeester van der Heijdenlaan", "Parklaan",
  "Kastanjelaan", "Lindenlaan", "Kerkstraat", "Pastoor van Erpstraat", "Raadhuisstraat", "Julianastraat",
  "Beatrixlaan", "Wilhelminastraat", "Meerlaan", "Eikenlaan", "Torenstraat", "Dorpsstraat",
];

export const businessStreets = [
  "Industrieweg", "Ambachtsweg", "Innovatielaan", "Handelsweg", "Energieweg", "Techniekweg", "Vlasweg",
  "Ondernemingsweg", "Nijverheidsweg", "Zuiderval", "Kanaaldijk", "Havenweg", "Dieselweg", "Bedrijvenpark Noord",
  "Spoorstraat", "Smederijstraat", "Werkplaatsweg", "Logistiekweg",
];
