// The door list: an event's sign-ups as a CSV file for a spreadsheet. Dutch Excel expects `;`
// between cells, and reads UTF-8 only with a byte order mark. A cell a spreadsheet would run as
// a formula (=, +, -, @, and tab or carriage return before them) gets a leading `'`, so a name
// typed by anyone on the internet cannot run in the organiser's spreadsheet (CSV injection).
import { formatDate, formatTime } from "$lib/time";
import type { SignupList, SignupRow } from "./signup-list";
import { organisationOf } from "./signup-row";

const BOM = "\uFEFF";
const SEPARATOR = ";";

const HEADER = ["Status", "Wachtplek", "Groep", "Aantal", "Organisatie", "Naam", "E-mail", "Telefoon", "Opmerking", "Aangemeld op", "Gekomen", "Aantal gekomen"];

/** A cell as a spreadsheet reads it safely: defused when it would start a formula, quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

const attendedText = (row: SignupRow) => (row.attended == null ? "" : row.attended ? "ja" : "nee");

function line(row: SignupRow): (string | number | null)[] {
  return [
    row.status === "CONFIRMED" ? "bevestigd" : "wachtlijst",
    row.waitingPosition,
    row.groupLabel,
    row.groupSize,
    organisationOf(row),
    row.name,
    row.email,
    row.phone,
    row.remark,
    `${formatDate(row.createdAt)} ${formatTime(row.createdAt)}`,
    attendedText(row),
    row.attendedCount,
  ];
}

/** Confirmed sign-ups first, then the waiting list in its order; lines end in CRLF as RFC 4180 has it. */
export function doorListCsv(list: Pick<SignupList, "confirmed" | "waiting">): string {
  const rows = [HEADER, ...[...list.confirmed, ...list.waiting].map(line)];
  return BOM + rows.map((cells) => cells.map(csvCell).join(SEPARATOR)).join("\r\n") + "\r\n";
}

/** The file's name: the event's public slug, which is safe in a header (lower case, digits, hyphens). */
export const doorListFileName = (slug: string) => `aanmeldingen-${slug.replace(/[^a-z0-9-]/g, "")}.csv`;
