// Slugs, e-mail addresses and invented names of adults in network roles (never pupils).
import type { Rng } from "./rng.ts";

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "a, b en c" */
export function listLabels(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** Hands out unique slugs: the first "x" is "x", later ones "x-2", "x-3" ... */
export class SlugRegistry {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  claim(text: string): string {
    const base = slugify(text);
    let count = this.counters.get(base) ?? 1;
    let slug = count === 1 ? base : `${base}-${count}`;
    while (this.used.has(slug)) slug = `${base}-${++count}`;
    this.counters.set(base, count);
    this.used.add(slug);
    return slug;
  }
}

/** The invented mail domain of an organisation: always under the reserved `.example` TLD. */
export function mailDomain(slug: string): string {
  return `${slug.replace(/-/g, "")}.example`;
}

export function website(slug: string): string {
  return `https://www.${mailDomain(slug)}`;
}

const firstNames = [
  "Anke", "Bart", "Bram", "Carlijn", "Daan", "Dirk", "Els", "Erik", "Femke", "Frank", "Geert", "Hanneke",
  "Hans", "Ilse", "Inge", "Jan", "Jeroen", "Joost", "Judith", "Karin", "Kees", "Koen", "Lieke", "Linda",
  "Lotte", "Maarten", "Marieke", "Mark", "Martijn", "Monique", "Nicole", "Niels", "Noor", "Paul", "Peter",
  "Petra", "Rob", "Roel", "Ruud", "Sandra", "Sanne", "Sjoerd", "Stefan", "Suzanne", "Thijs", "Tom", "Wendy",
  "Willem", "Yvonne", "Ahmed", "Fatima", "Mehmet", "Samira", "Youssef", "Priya", "Wei", "Agnieszka", "Tomasz",
];

const lastNames = [
  "van den Heuvel", "Verhoeven", "van Lieshout", "Hendriks", "van de Ven", "Vermeulen", "van Kessel",
  "Bekkers", "van Erp", "Verstegen", "van Gerwen", "Schellekens", "Swinkels", "van der Heijden", "van Rooij",
  "Smits", "van den Berg", "Peters", "Janssen", "van Hoof", "Kuijpers", "van Grinsven", "van Lith",
  "van den Elzen", "Habraken", "van Zoggel", "de Bruijn", "Martens", "van Dongen", "Brouwers", "de Groot",
  "Vos", "van Os", "Willems", "Aarts", "van Boxtel", "Dekkers", "Bosch", "Pennings", "van der Linden",
  "Yilmaz", "El Amrani", "Kowalski", "Nguyen", "Şahin", "Bakker", "Mulder", "Timmermans",
];

export interface PersonName {
  name: string;
  first: string;
  last: string;
}

/** Invented names, each first+last combination used once per seed. */
export class NameMaker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(): PersonName {
    for (;;) {
      const first = this.rng.pick(firstNames);
      const last = this.rng.pick(lastNames);
      const name = `${first} ${last}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return { name, first, last };
      }
    }
  }
}

/** A work address such as `j.vandenheuvel@vestingcollege.example`; the full first name when the short one is taken. */
export function workEmail(person: PersonName, domain: string, taken: Set<string>): string {
  const last = slugify(person.last).replace(/-/g, "");
  let email = `${slugify(person.first)[0]}.${last}@${domain}`;
  if (taken.has(email)) email = `${slugify(person.first)}.${last}@${domain}`;
  taken.add(email);
  return email;
}
