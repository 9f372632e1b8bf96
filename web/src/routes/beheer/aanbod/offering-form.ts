// The offering form, shared by adding and changing an offering: its fields as typed (text, so a
// refused form comes back as it was), turned into the API's OfferingInput once the site can read
// every number. The same conversion turns a loaded offering into the input for switching it off.
import type { Leerweg, OfferingInput, OfferingKind } from "$lib/graphql/generated/graphql";
import { offeringKindLabels } from "$lib/labels";
import { centsAsEuros, euroCents, isTicked, listOf, orNull, textOf, wholeNumber } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";

export interface OfferingValues {
  title: string;
  summary: string;
  description: string;
  kind: string;
  active: boolean;
  bookable: boolean;
  bookingInfo: string;
  bookingUrl: string;
  durationMinutes: string;
  maxGroupSize: string;
  /** In euros as typed ("12,50"); empty: on request. */
  cost: string;
  leerwegen: string[];
  audiences: string[];
  profiles: string[];
  actionLines: string[];
  themes: string[];
  /** The version the editor loaded; empty for a new offering. */
  version: string;
}

/** Dutch text for each field the API (or the site) may refuse, by the form's field name. */
export const OFFERING_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  title: "Vul een titel in van 3 tot 200 tekens.",
  summary: "De korte omschrijving is te lang: maximaal 300 tekens.",
  description: "De beschrijving is te lang: maximaal 20.000 tekens.",
  kind: "Kies wat voor aanbod dit is.",
  bookingInfo: "De uitleg over boeken is te lang: maximaal 2.000 tekens.",
  bookingUrl: "Vul een webadres in dat begint met https://.",
  durationMinutes: "Vul de duur in als een heel aantal minuten, minstens 5.",
  maxGroupSize: "Vul de grootste groep in als een heel getal, minstens 1.",
  cost: "Vul de kosten in euro in, zoals 12,50 of 0 voor gratis; laat het leeg als de prijs op aanvraag is.",
  leerwegen: "Een of meer leerwegen bestaan niet. Kies opnieuw.",
  audiences: "Een of meer doelgroepen bestaan niet (meer). Kies opnieuw.",
  profiles: "Een of meer profielen bestaan niet (meer). Kies opnieuw.",
  actionLines: "Een of meer actielijnen bestaan niet. Kies opnieuw.",
  themes: "Een of meer thema's bestaan niet (meer). Kies opnieuw.",
};

/** The API names the cost in cents; the form asks for euros. */
export const OFFERING_PROBLEM_FIELDS: Readonly<Record<string, string>> = { ...OFFERING_FIELD_MESSAGES, costCents: OFFERING_FIELD_MESSAGES.cost };
const FORM_FIELDS: Readonly<Record<string, string>> = { costCents: "cost", imageId: "imageFile" };
export const offeringFormFieldOf = (apiField: string) => FORM_FIELDS[apiField] ?? apiField;

export const EMPTY_OFFERING: OfferingValues = {
  title: "",
  summary: "",
  description: "",
  kind: "GUEST_LESSON",
  active: true,
  bookable: false,
  bookingInfo: "",
  bookingUrl: "",
  durationMinutes: "",
  maxGroupSize: "",
  cost: "",
  leerwegen: [],
  audiences: [],
  profiles: [],
  actionLines: [],
  themes: [],
  version: "",
};

export interface LoadedOffering {
  title: string;
  summary: string;
  description: string;
  kind: string;
  active: boolean;
  bookable: boolean;
  bookingInfo: string;
  bookingUrl?: string | null;
  durationMinutes?: number | null;
  maxGroupSize?: number | null;
  costCents?: number | null;
  leerwegen: readonly string[];
  audiences: readonly { code: string }[];
  profiles: readonly { code: string }[];
  actionLines: readonly { number: number }[];
  themes: readonly { slug: string }[];
  version: number;
}

const asText = (value: number | null | undefined) => (value == null ? "" : String(value));

export function offeringValuesOf(offering: LoadedOffering): OfferingValues {
  return {
    title: offering.title,
    summary: offering.summary,
    description: offering.description,
    kind: offering.kind,
    active: offering.active,
    bookable: offering.bookable,
    bookingInfo: offering.bookingInfo,
    bookingUrl: offering.bookingUrl ?? "",
    durationMinutes: asText(offering.durationMinutes),
    maxGroupSize: asText(offering.maxGroupSize),
    cost: centsAsEuros(offering.costCents),
    leerwegen: [...offering.leerwegen],
    audiences: offering.audiences.map((audience) => audience.code),
    profiles: offering.profiles.map((profile) => profile.code),
    actionLines: offering.actionLines.map((line) => String(line.number)),
    themes: offering.themes.map((theme) => theme.slug),
    version: String(offering.version),
  };
}

export function offeringValuesFrom(form: FormData): OfferingValues {
  const text = (name: string) => textOf(form, name);
  return {
    title: text("title"),
    summary: text("summary"),
    description: text("description"),
    kind: text("kind"),
    // A hidden field: the form keeps the state; switching off and on has its own buttons.
    active: text("active") !== "nee",
    bookable: isTicked(form, "bookable"),
    bookingInfo: text("bookingInfo"),
    bookingUrl: text("bookingUrl"),
    durationMinutes: text("durationMinutes"),
    maxGroupSize: text("maxGroupSize"),
    cost: text("cost"),
    leerwegen: listOf(form, "leerwegen"),
    audiences: listOf(form, "audiences"),
    profiles: listOf(form, "profiles"),
    actionLines: listOf(form, "actionLines"),
    themes: listOf(form, "themes"),
    version: text("version"),
  };
}

const isKind = (kind: string): kind is OfferingKind => kind in offeringKindLabels;
const LEERWEGEN: readonly string[] = ["BB", "KB", "GL", "TL"] satisfies Leerweg[];

/** The API's input, or the fields the site can already tell are wrong (numbers it cannot read, an unknown kind). */
export function offeringInputFrom(values: OfferingValues): { input: OfferingInput } | { errors: FieldErrors } {
  const durationMinutes = wholeNumber(values.durationMinutes);
  const maxGroupSize = wholeNumber(values.maxGroupSize);
  const costCents = euroCents(values.cost);
  const actionLines = values.actionLines.map((line) => wholeNumber(line));
  const errors: FieldErrors = {};
  if (durationMinutes === undefined) errors.durationMinutes = OFFERING_FIELD_MESSAGES.durationMinutes;
  if (maxGroupSize === undefined) errors.maxGroupSize = OFFERING_FIELD_MESSAGES.maxGroupSize;
  if (costCents === undefined) errors.cost = OFFERING_FIELD_MESSAGES.cost;
  if (!isKind(values.kind)) errors.kind = OFFERING_FIELD_MESSAGES.kind;
  if (!values.leerwegen.every((leerweg) => LEERWEGEN.includes(leerweg))) errors.leerwegen = OFFERING_FIELD_MESSAGES.leerwegen;
  if (actionLines.some((line) => line == null)) errors.actionLines = OFFERING_FIELD_MESSAGES.actionLines;
  if (Object.keys(errors).length || !isKind(values.kind)) return { errors };
  return {
    input: {
      title: values.title,
      summary: values.summary,
      description: values.description,
      kind: values.kind,
      active: values.active,
      bookable: values.bookable,
      bookingInfo: values.bookingInfo,
      bookingUrl: orNull(values.bookingUrl),
      durationMinutes,
      maxGroupSize,
      costCents,
      leerwegen: values.leerwegen as Leerweg[],
      audiences: values.audiences,
      profiles: values.profiles,
      actionLines: actionLines as number[],
      themes: values.themes,
    },
  };
}
