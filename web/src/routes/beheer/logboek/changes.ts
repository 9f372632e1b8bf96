// How the audit log reads in Dutch: what was done, to what, and which fields changed.
const actions: Record<string, string> = {
  "event.create": "Activiteit aangemaakt",
  "event.update": "Activiteit gewijzigd",
  "event.submit": "Activiteit ingediend",
  "event.publish": "Activiteit gepubliceerd",
  "event.reject": "Activiteit afgewezen",
  "event.cancel": "Activiteit geannuleerd",
  "event.delete": "Activiteit verwijderd",
  "offering.create": "Aanbod toegevoegd",
  "offering.update": "Aanbod gewijzigd",
  "organisation.update": "Profiel gewijzigd",
  "organisation.set-editor": "Redacteur toegevoegd of rol gewijzigd",
  "organisation.remove-editor": "Redacteur verwijderd",
  "organisation.trust": "Vertrouwd gewijzigd",
};

/** The action in Dutch; the API's own name for one this site does not know yet. */
export const actionLabel = (action: string) => actions[action] ?? action;

// Bookkeeping fields that change with every save and tell the reader nothing.
const bookkeeping = new Set(["version", "sequence", "updatedAt"]);

/** The top-level fields whose value differs between the object before and after the change. */
export function changedFields(before: string | null, after: string | null): string[] {
  if (!before || !after) return [];
  const old = JSON.parse(before) as Record<string, unknown>;
  const now = JSON.parse(after) as Record<string, unknown>;
  const keys = new Set([...Object.keys(old), ...Object.keys(now)]);
  return [...keys].filter((key) => !bookkeeping.has(key) && JSON.stringify(old[key]) !== JSON.stringify(now[key])).sort();
}

/** Where the changed object is kept in /beheer, when it still can be. */
export function editPathOf(subject: string, action: string): string | null {
  if (action === "event.delete") return null;
  const [type] = atob(subject).split(":");
  if (type === "Event") return `/beheer/activiteiten/${subject}`;
  if (type === "Offering") return `/beheer/aanbod/${subject}`;
  return null;
}
