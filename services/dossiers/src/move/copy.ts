import { outbox, type Transaction } from '@dvc/database';
import { inArray, sql } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { copyAttachmentFile } from './files';
import { PROCESSED_EVENTS, rowsAfter, UNIT_TABLES, type UnitTable } from './tables';

const PAGE_SIZE = 500;

export type CopyOutcome = {
  rows: Record<string, number>;
  filesCopied: number;
  filesPresent: number;
  /** Events not yet published by the source, now the target's to publish. */
  handedOverEvents: number;
};

export type CopyRequest = {
  source: DossiersDatabase;
  target: DossiersDatabase;
  unit: string;
  agencies: readonly string[];
  fromFiles: string;
  toFiles: string;
};

/** How each table's rows land on the target; the target's rows of the unit were deleted first. */
const ON_CONFLICT: Record<string, string> = {
  // Another unit's counter is never touched; the unit's agencies' keep the higher value, so no code is issued twice.
  dossier_code_counters:
    'on conflict (agency_code, day) do update set last_value = greatest(dossier_code_counters.last_value, excluded.last_value)',
  // Kept as the target has it: an event it already published must not be published again.
  outbox: 'on conflict (id) do nothing',
  processed_events: 'on conflict do nothing',
};

async function columnsOf(tx: Transaction, table: UnitTable): Promise<string[]> {
  const rows = await tx.execute<{ column_name: string }>(sql`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table.name}
    order by ordinal_position`);
  // Serial ids and the outbox position are the target's to number.
  const numbered = table.name === 'dossier_history' ? ['id'] : table.name === 'outbox' ? ['position'] : [];
  return rows.map((row) => row.column_name).filter((column) => !numbered.includes(column));
}

async function copyTable(
  from: Transaction,
  to: Transaction,
  table: UnitTable,
  request: CopyRequest,
  onRows: (rows: Array<Record<string, unknown>>) => Promise<void> = async () => {},
): Promise<number> {
  const columns = sql.raw((await columnsOf(to, table)).join(', '));
  const order = sql.raw(table.order.map((column) => `t.${column}`).join(', '));
  let after: Record<string, unknown> | null = null;
  let copied = 0;
  for (;;) {
    const rows = await rowsAfter(from, table, request.unit, request.agencies, after, PAGE_SIZE);
    if (rows.length === 0) return copied;
    await onRows(rows);
    await to.execute(sql`
      insert into ${sql.raw(table.name)} (${columns})
      select ${columns} from jsonb_populate_recordset(null::${sql.raw(table.name)}, ${JSON.stringify(rows)}::jsonb) t
      order by ${order}
      ${sql.raw(ON_CONFLICT[table.name] ?? '')}`);
    copied += rows.length;
    after = rows.at(-1) ?? null;
  }
}

/**
 * The unit's dossiers and what hangs on them. Outbox rows stay: an event the database has published or will
 * publish is part of its history, and its id keeps it from being published twice.
 */
export async function deleteUnitRows(tx: Transaction, unit: string): Promise<void> {
  const ofUnit = sql`(select code from dossiers where receiving_unit_code = ${unit})`;
  for (const table of ['issued_documents', 'payments', 'attachments', 'dossier_history']) {
    await tx.execute(sql`delete from ${sql.raw(table)} where dossier_code in ${ofUnit}`);
  }
  await tx.execute(sql`delete from dossiers where receiving_unit_code = ${unit}`);
}

/**
 * Copies the unit's rows and files to the target in one target transaction, so that a crash leaves either the
 * whole copy or none of it, and a second run replaces the first's. The source's unpublished events of the unit
 * stay locked from before they are read until they are marked handed over, so the source's relay (which skips
 * locked rows) cannot publish one the target will publish too.
 */
export async function copyUnit(request: CopyRequest): Promise<CopyOutcome> {
  const { unit } = request;
  const outcome: CopyOutcome = { rows: {}, filesCopied: 0, filesPresent: 0, handedOverEvents: 0 };
  await request.source.transaction(async (from) => {
    const waiting = await from.execute<{ id: string }>(sql`
      select id from outbox
      where published_at is null
        and payload->>'dossierCode' in (select code from dossiers where receiving_unit_code = ${unit})
      for update`);
    await request.target.transaction(async (to) => {
      await deleteUnitRows(to, unit);
      // A unit moving back to an instance it once left is served there again.
      await to.execute(sql`delete from unit_states where unit_code = ${unit}`);
      for (const table of UNIT_TABLES) {
        outcome.rows[table.name] = await copyTable(from, to, table, request, async (rows) => {
          if (table.name !== 'attachments') return;
          for (const row of rows) {
            const copied = await copyAttachmentFile(
              request.fromFiles,
              request.toFiles,
              String(row.id),
              String(row.sha256),
            );
            if (copied) outcome.filesCopied += 1;
            else outcome.filesPresent += 1;
          }
        });
      }
      outcome.rows[PROCESSED_EVENTS.name] = await copyTable(from, to, PROCESSED_EVENTS, request);
    });
    const ids = waiting.map((row) => row.id);
    for (let start = 0; start < ids.length; start += PAGE_SIZE) {
      await from
        .update(outbox)
        .set({ publishedAt: new Date() })
        .where(inArray(outbox.id, ids.slice(start, start + PAGE_SIZE)));
    }
    outcome.handedOverEvents = ids.length;
  });
  return outcome;
}
