// The ids of a form field's hint and error, which its control names in aria-describedby.
export const hintIdOf = (id: string) => `${id}-uitleg`;
export const errorIdOf = (id: string) => `${id}-fout`;

/** The value of aria-describedby: the hint, then the error; undefined when there is neither. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? hintIdOf(id) : null, error ? errorIdOf(id) : null].filter(Boolean).join(" ") || undefined;
}
