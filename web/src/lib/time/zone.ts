// The region's time zone, the one place the site names it. The API stores and sends UTC instants;
// visitors, filters and calendars speak of Amsterdam's days and wall-clock times. The zone is
// always explicit and never the machine's own: the server renders a page that the browser then
// hydrates, and either may run anywhere.
export const TIME_ZONE = "Europe/Amsterdam";
