// Reading the editors' forms: what was typed, as text, so a form that fails can be shown again
// exactly as it was, and turning that text into the API's values only once it is valid.

/** A text field as typed, trimmed; "" when absent. */
export function textOf(form: FormData, name: string): string {
  return String(form.get(name) ?? "").trim();
}

/** Every ticked checkbox of a group (inputs sharing one name). */
export function listOf(form: FormData, name: string): string[] {
  return form.getAll(name).map(String);
}

/** A single checkbox: browsers send it only when ticked. */
export function isTicked(form: FormData, name: string): boolean {
  return form.has(name);
}

/** Empty text means "not given", which the API takes as null. */
export const orNull = (text: string): string | null => (text === "" ? null : text);

/** A whole number as people type it ("1 200" or "90"); undefined when it is none, null when empty. */
export function wholeNumber(text: string): number | null | undefined {
  const digits = text.replace(/[\s.]/g, "");
  if (digits === "") return null;
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}

/** A decimal number with a Dutch comma or a dot ("51,7654"); undefined when it is none, null when empty. */
export function decimalNumber(text: string): number | null | undefined {
  if (text === "") return null;
  const normal = text.replace(",", ".");
  return /^-?\d{1,3}(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

/** An amount in euros ("12,50", "€ 12", "0") as cents; undefined when it is none, null when empty. */
export function euroCents(text: string): number | null | undefined {
  const amount = text.replace(/^€\s*/, "").replace(/\s/g, "");
  if (amount === "") return null;
  const match = /^(\d{1,6})(?:[,.](\d{1,2}))?$/.exec(amount);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/** Cents as people read euros: 1250 -> "12,50", 1200 -> "12". */
export function centsAsEuros(cents: number | null | undefined): string {
  if (cents == null) return "";
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest ? `${euros},${String(rest).padStart(2, "0")}` : String(euros);
}

/** A number from the API as the form shows it, with a Dutch decimal comma. */
export const numberAsText = (value: number | null | undefined): string => (value == null ? "" : String(value).replace(".", ","));

/** The version in a form's hidden field; 0 (always outdated) when it was tampered with. */
export const versionOf = (text: string): number => (/^\d{1,9}$/.test(text) ? Number(text) : 0);
