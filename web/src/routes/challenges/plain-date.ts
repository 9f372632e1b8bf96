// Calendar dates from the API (the Date scalar, "2027-01-29"), which carry no time or zone.

const dayFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A calendar date from the API ("2027-01-29") in Dutch: "29 januari 2027". */
export function formatDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  // Noon UTC of a plain date: the same day in any zone, so no shift at midnight.
  return dayFormat.format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** "7 september 2026 tot en met 29 januari 2027" */
export function formatDays(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? formatDay(startsOn) : `${formatDay(startsOn)} tot en met ${formatDay(endsOn)}`;
}
