import { AudienceSector, Leerweg } from "@techniek-loket/db/enums";
import { describedEnum } from "../enums.ts";

export const AudienceSectorEnum = describedEnum("AudienceSector", AudienceSector, "A part of Dutch education, or a group outside it.", {
  PRIMARY: "Primary school (basisschool, PO), groups 1-8.",
  VMBO_ONDERBOUW: "vmbo years 1-2.",
  VMBO_BOVENBOUW: "vmbo years 3-4, where pupils follow a profile.",
  MBO: "Vocational college (mbo).",
  PRAKTIJKONDERWIJS: "Praktijkonderwijs, the practical education track.",
  VSO: "Special secondary education (voortgezet speciaal onderwijs).",
  TEACHERS: "Teachers and school staff.",
  PARENTS: "Parents and carers.",
  COMPANIES: "Companies and their staff.",
});

export const LeerwegEnum = describedEnum("Leerweg", Leerweg, "A vmbo learning path (leerweg).", {
  BB: "Basisberoepsgerichte leerweg.",
  KB: "Kaderberoepsgerichte leerweg.",
  GL: "Gemengde leerweg.",
  TL: "Theoretische leerweg.",
});
