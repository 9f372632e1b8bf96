// The provider's three answers to a booking request, each its own form: accept with a date and
// times, propose another date and times with a message, or decline with a message. Field names
// carry the form's prefix, so each field's id (and the error summary's link) is unique on the page.
import type { BookingResponseAction, RespondToBookingRequestInput } from "$lib/graphql/generated/graphql";
import { parseDate } from "$lib/time";
import { localInstant } from "$lib/time/zoned";
import { textOf } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";

export type RespondForm = "accepteren" | "voorstellen" | "afwijzen";

export const actionOf: Record<RespondForm, BookingResponseAction> = { accepteren: "ACCEPT", voorstellen: "PROPOSE", afwijzen: "DECLINE" };

/** What was typed in one form, by field name without the prefix. */
export interface RespondValues {
  date: string;
  startTime: string;
  endTime: string;
  message: string;
}

export const EMPTY_RESPONSE: RespondValues = { date: "", startTime: "", endTime: "", message: "" };

export const RESPOND_FIELD_MESSAGES: Readonly<Record<keyof RespondValues, string>> = {
  date: "Vul een datum in de toekomst in, zoals 12-03-2027.",
  startTime: "Vul de begintijd in, zoals 09:30.",
  endTime: "Vul een eindtijd na de begintijd in, zoals 11:00.",
  message: "Schrijf een bericht voor de aanvrager (3 tot 2.000 tekens).",
};

/** The API's field names as the form's fields. */
export const respondFieldOf = (apiField: string) => ({ startsAt: "date", endsAt: "endTime" })[apiField] ?? apiField;
export const RESPOND_PROBLEM_FIELDS: Readonly<Record<string, string>> = {
  ...RESPOND_FIELD_MESSAGES,
  startsAt: RESPOND_FIELD_MESSAGES.date,
  endsAt: RESPOND_FIELD_MESSAGES.endTime,
};

export function respondValuesFrom(form: FormData, prefix: RespondForm): RespondValues {
  const text = (name: string) => textOf(form, `${prefix}-${name}`);
  return { date: text("date"), startTime: text("startTime"), endTime: text("endTime"), message: text("message") };
}

const normalTime = (text: string) => {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  return match && Number(match[1]) < 24 && Number(match[2]) < 60 ? `${match[1].padStart(2, "0")}:${match[2]}` : null;
};

/** Browsers without a date picker let people type the Dutch way, 12-3-2027. */
function normalDate(text: string): string | undefined {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  return parseDate(dutch ? `${dutch[3]}-${dutch[2].padStart(2, "0")}-${dutch[1].padStart(2, "0")}` : text);
}

/** The API's input, or the fields the site can already tell are wrong. Times are Amsterdam wall-clock times. */
export function respondInputOf(id: string, form: RespondForm, values: RespondValues, now = new Date()): { input: RespondToBookingRequestInput } | { errors: FieldErrors } {
  const action = actionOf[form];
  const errors: FieldErrors = {};
  let startsAt: Date | undefined;
  let endsAt: Date | undefined;
  if (action !== "DECLINE") {
    const date = normalDate(values.date);
    const start = normalTime(values.startTime);
    const end = normalTime(values.endTime);
    if (!date) errors.date = RESPOND_FIELD_MESSAGES.date;
    if (!start) errors.startTime = RESPOND_FIELD_MESSAGES.startTime;
    if (!end) errors.endTime = RESPOND_FIELD_MESSAGES.endTime;
    if (date && start && end) {
      startsAt = localInstant(date, start);
      endsAt = localInstant(date, end);
      if (startsAt <= now) errors.date = RESPOND_FIELD_MESSAGES.date;
      if (endsAt <= startsAt) errors.endTime = RESPOND_FIELD_MESSAGES.endTime;
    }
  }
  if (action !== "ACCEPT" && values.message.length < 3) errors.message = RESPOND_FIELD_MESSAGES.message;
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      id,
      action,
      startsAt: startsAt?.toISOString() ?? null,
      endsAt: endsAt?.toISOString() ?? null,
      message: values.message || null,
    },
  };
}
