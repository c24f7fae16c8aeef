import { type SQL, sql } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';

/** What one table holds of the unit being moved, and how its rows are compared between the two databases. */
export type UnitTable = {
  name: string;
  rows: (unit: string, agencies: readonly string[]) => SQL;
  /** Order of the rows in the checksum and in the copy: a unique key, or an order the copy keeps. */
  order: readonly string[];
  /**
   * Columns each database numbers for itself (serial ids, the outbox position) or that describe the database
   * rather than the data (when this database handed an event to Redis); left out of the checksum.
   */
  local: readonly string[];
};

/**
 * A dossier lives on the instance of the unit that received it: its code carries that unit's agency, and the
 * gateway routes a dossier code by its agency. So a unit's dossiers are those it received, including those it
 * transferred to other units; dossiers other units transferred to it stay with the unit that received them.
 */
const unitDossiers = (unit: string) => sql`select code from dossiers where receiving_unit_code = ${unit}`;

export const UNIT_TABLES: readonly UnitTable[] = [
  {
    name: 'dossiers',
    rows: (unit) => sql`receiving_unit_code = ${unit}`,
    order: ['code'],
    local: [],
  },
  {
    name: 'attachments',
    rows: (unit) => sql`dossier_code in (${unitDossiers(unit)})`,
    order: ['id'],
    local: [],
  },
  {
    name: 'payments',
    rows: (unit) => sql`dossier_code in (${unitDossiers(unit)})`,
    order: ['id'],
    local: [],
  },
  {
    name: 'issued_documents',
    rows: (unit) => sql`dossier_code in (${unitDossiers(unit)})`,
    order: ['verification_code'],
    local: [],
  },
  {
    name: 'dossier_history',
    rows: (unit) => sql`dossier_code in (${unitDossiers(unit)})`,
    // The copy inserts each dossier's entries in this order, so the target's new ids keep it.
    order: ['dossier_code', 'id'],
    local: ['id'],
  },
  {
    name: 'outbox',
    rows: (unit) => sql`payload->>'dossierCode' in (${unitDossiers(unit)})`,
    order: ['id'],
    local: ['position', 'published_at'],
  },
  {
    name: 'dossier_code_counters',
    rows: (_unit, agencies) => sql`agency_code in ${agencies}`,
    order: ['agency_code', 'day'],
    local: [],
  },
];

export type TableSum = { count: number; md5: string };

const orderBy = (table: UnitTable) => sql.raw(table.order.map((column) => `t.${column}`).join(', '));

/** The row as text, without the database's own columns: the same text on both sides when the rows are equal. */
const rowText = (table: UnitTable) =>
  sql.raw(`(to_jsonb(t)${table.local.map((column) => ` - '${column}'`).join('')})::text`);

/**
 * Count and md5 of the unit's rows of one table, computed in SQL the same way on both databases. Timestamps are
 * rendered in UTC, so two servers set to different time zones agree.
 */
export async function tableSum(
  db: DossiersDatabase,
  table: UnitTable,
  unit: string,
  agencies: readonly string[],
): Promise<TableSum> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const [row] = await tx.execute<{ count: number; md5: string }>(sql`
      select count(*)::int as count,
             md5(coalesce(string_agg(${rowText(table)}, E'\n' order by ${orderBy(table)}), '')) as md5
      from ${sql.raw(table.name)} t
      where ${table.rows(unit, agencies)}`);
    if (!row) throw new Error(`no checksum for ${table.name}`);
    return { count: row.count, md5: row.md5 };
  });
}

/** One page of the unit's rows of a table, as JSON, after the given position in the table's order. */
export async function rowsAfter(
  db: Pick<DossiersDatabase, 'execute'>,
  table: UnitTable,
  unit: string,
  agencies: readonly string[],
  after: Record<string, unknown> | null,
  size: number,
): Promise<Array<Record<string, unknown>>> {
  const position = after
    ? sql`and (${orderBy(table)}) > (${sql.join(
        table.order.map((column) => sql`${after[column]}`),
        sql`, `,
      )})`
    : sql``;
  const rows = await db.execute<{ row: Record<string, unknown> }>(sql`
    select to_jsonb(t) as row from ${sql.raw(table.name)} t
    where ${table.rows(unit, agencies)} ${position}
    order by ${orderBy(table)}
    limit ${size}`);
  return rows.map((row) => row.row);
}

/**
 * Events this instance's consumers have applied. They cannot be told apart by unit, and an id marks one event
 * everywhere, so all of them are copied: the target then never applies twice an event the source already did.
 */
export const PROCESSED_EVENTS: UnitTable = {
  name: 'processed_events',
  rows: () => sql`true`,
  order: ['consumer', 'event_id'],
  local: ['processed_at'],
};
