// Writes the dataset with `INSERT ... SELECT FROM unnest($1::int4[], $2::text[], ...)`: one
// statement per few thousand rows with one parameter per column, whatever the row count. Prisma's
// createMany costs about 1-2 ms per row here, which made the test template seed slow and 100k events
// take minutes. The rows stay typed as Prisma's create inputs; column types come from the database.
import type { Prisma } from "../generated/prisma/client.ts";
import { joinTables, type Dataset, type EventBatch, type Joins } from "./model.ts";

type Tx = Prisma.TransactionClient;

interface Column {
  name: string;
  /** Parameter type of the unnest argument and the expression that reads it back. */
  parameter: string;
  select: string;
  convert: (value: unknown) => unknown;
}

const quoteArrayItem = (value: unknown) => `"${String(value).replace(/[\\"]/g, "\\$&")}"`;

export class BulkWriter {
  private readonly tables = new Map<string, Map<string, { dataType: string; udt: string }>>();

  constructor(private readonly tx: Tx) {}

  private async columnsOf(table: string) {
    let columns = this.tables.get(table);
    if (!columns) {
      const rows = await this.tx.$queryRawUnsafe<{ column_name: string; data_type: string; udt_name: string }[]>(
        "SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
        table,
      );
      columns = new Map(rows.map((row) => [row.column_name, { dataType: row.data_type, udt: row.udt_name }]));
      this.tables.set(table, columns);
    }
    return columns;
  }

  private async plan(table: string, names: string[]): Promise<Column[]> {
    const columns = await this.columnsOf(table);
    return names.map((name) => {
      const column = columns.get(name);
      if (!column) throw new Error(`Seed writes ${table}.${name}, which the database does not have`);
      const quoted = `"${name}"`;
      if (column.dataType === "ARRAY") {
        // Arrays travel as array literals ("{BB,KB}") and are cast to the element type.
        return { name, parameter: "text[]", select: `${quoted}::"${column.udt.slice(1)}"[]`, convert: (v) => (v == null ? null : `{${(v as unknown[]).map(quoteArrayItem).join(",")}}`) };
      }
      const convert = (value: unknown) => {
        if (value === null || value === undefined) return null;
        if (value instanceof Date) return column.udt === "date" ? value.toISOString().slice(0, 10) : value.toISOString();
        return value;
      };
      if (column.dataType === "USER-DEFINED") return { name, parameter: "text[]", select: `${quoted}::"${column.udt}"`, convert };
      return { name, parameter: `"${column.udt}"[]`, select: quoted, convert };
    });
  }

  async insert<Row extends object>(table: string, rows: readonly Row[], chunk = 5000): Promise<void> {
    if (!rows.length) return;
    const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const columns = await this.plan(table, names);
    const list = columns.map((c) => `"${c.name}"`).join(", ");
    const sql = `INSERT INTO "${table}" (${list}) SELECT ${columns.map((c) => c.select).join(", ")} FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.parameter}`).join(", ")}) AS t(${list})`;
    for (let start = 0; start < rows.length; start += chunk) {
      const slice = rows.slice(start, start + chunk) as Record<string, unknown>[];
      await this.tx.$executeRawUnsafe(sql, ...columns.map((c) => slice.map((row) => c.convert(row[c.name]))));
    }
  }

  async joins(joins: Joins, tables: readonly string[]): Promise<void> {
    for (const table of joinTables.filter((t) => tables.includes(t))) {
      const { a, b } = joins[table];
      for (let start = 0; start < a.length; start += 50000) {
        await this.tx.$executeRawUnsafe(
          `INSERT INTO "${table}" ("A", "B") SELECT * FROM unnest($1::int4[], $2::int4[])`,
          a.slice(start, start + 50000),
          b.slice(start, start + 50000),
        );
      }
    }
  }
}

const eventJoinTables = ["_AudienceToEvent", "_EventToProfile", "_ActionLineToEvent", "_EventToTheme"];

export async function writeEvents(writer: BulkWriter, batch: EventBatch): Promise<void> {
  await writer.insert("Event", batch.events);
  await writer.insert("EventOrganiser", batch.organisers);
  await writer.insert("Signup", batch.signups);
  await writer.joins(batch.joins, eventJoinTables);
}

/** Writes everything in dependency order (referenced rows first). */
export async function writeDataset(writer: BulkWriter, data: Dataset): Promise<void> {
  await writer.insert("Region", data.regions);
  await writer.insert("Municipality", data.municipalities);
  await writer.insert("ActionLine", data.actionLines);
  await writer.insert("Profile", data.profiles);
  await writer.insert("GtProgramme", data.programmes);
  await writer.insert("Theme", data.themes);
  await writer.insert("Audience", data.audiences);
  await writer.insert("Organisation", data.organisations);
  await writer.insert("OrganisationLink", data.links);
  await writer.insert("Person", data.people);
  await writer.insert("PersonRole", data.roles);
  await writer.insert("Venue", data.venues);
  await writer.insert("Offering", data.offerings);
  await writer.insert("Challenge", data.challenges);
  await writer.insert("ChallengeParticipant", data.participants);
  await writer.insert("ChallengeMilestone", data.milestones);
  await writer.joins(data.joins, joinTables.filter((t) => !eventJoinTables.includes(t)));
  await writeEvents(writer, data.agenda);
}

const tablesWithSerialIds = [
  "Region", "Municipality", "Organisation", "OrganisationLink", "Person", "PersonRole", "ActionLine", "Profile",
  "GtProgramme", "Theme", "Audience", "Offering", "Venue", "Event", "Challenge", "ChallengeMilestone",
];

/** Ids were given explicitly; move every sequence past them so the API's inserts do not collide. */
export async function resetSequences(tx: Tx): Promise<void> {
  const calls = tablesWithSerialIds.map((table) => `setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`);
  await tx.$executeRawUnsafe(`SELECT ${calls.join(", ")}`);
}
