// The event form's fields in the order the form shows them, with the Dutch text shown beside each
// when it is refused, by the site's own checks (event-input.ts) or by the API (event-outcome.ts).
// Field names are EventInput's where the form asks the same thing, so the API's problems map 1:1.
import { IMAGE_TEXTS } from "$lib/editing/image-field";

export const EVENT_FIELD_TEXTS = {
  title: "Geef de activiteit een titel van 3 tot 200 tekens.",
  summary: "De korte samenvatting is te lang: maximaal 300 tekens.",
  description: "De beschrijving is te lang: maximaal 20.000 tekens.",
  // The picture: a file and its alt text (image-field.ts); the API blames `imageId` when the image cannot be used.
  imageFile: "Deze afbeelding kan hier niet worden gebruikt. Kies een andere.",
  imageAlt: IMAGE_TEXTS.alt,
  kind: "Kies wat voor activiteit het is.",
  date: "Vul de datum in, zoals 12-03-2027.",
  startTime: "Vul de begintijd in, zoals 09:30, of kies ‘Hele dag’.",
  endTime: "Vul een eindtijd in na de begintijd, zoals 12:00.",
  endDate: "Vul een einddatum in na de begindatum, hoogstens 31 dagen later, of laat het veld leeg.",
  venueName: "Vul de naam van de plek in (bijvoorbeeld de school of zaal), met de plaats, of een link voor online deelname.",
  street: "De straat en het huisnummer zijn te lang: maximaal 200 tekens.",
  postalCode: "Vul een postcode in zoals 5341 AB, of laat het veld leeg.",
  city: "Vul de plaats in.",
  onlineUrl: "Vul een webadres in dat begint met https://.",
  audiences: "Een of meer doelgroepen bestaan niet (meer). Kies opnieuw.",
  leerwegen: "Kies uit de leerwegen in de lijst.",
  themes: "Een of meer thema's bestaan niet (meer). Kies opnieuw.",
  actionLines: "Een of meer actielijnen bestaan niet. Kies opnieuw.",
  profiles: "Een of meer profielen bestaan niet (meer). Kies opnieuw.",
  capacity: "Vul het aantal plaatsen in als een heel getal vanaf 1, of laat het veld leeg.",
  signupMode: "Kies hoe mensen zich aanmelden.",
  signupUrl: "Vul het webadres in waar mensen zich aanmelden, beginnend met https://.",
  cost: "Vul de kosten per deelnemer in euro's in, zoals 0 of 12,50.",
} as const;

export type EventField = keyof typeof EVENT_FIELD_TEXTS;

/** The fields in the form's order, for the error summary at the top. */
export const EVENT_FIELDS = Object.keys(EVENT_FIELD_TEXTS) as EventField[];
