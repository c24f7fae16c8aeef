import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';
import { attachments, dossierHistory, dossiers } from '../db/schema';
import { notMovedAway } from './unit-states';

export type DossierRow = typeof dossiers.$inferSelect;
export type HistoryRow = typeof dossierHistory.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;

export async function dossiersByCode(
  db: DossiersDatabase,
  codes: readonly string[],
): Promise<Map<string, DossierRow>> {
  const rows = await db
    .select()
    .from(dossiers)
    .where(inArray(dossiers.code, [...codes]));
  return new Map(rows.map((row) => [row.code, row]));
}

export async function historyByCodes(
  db: DossiersDatabase,
  codes: readonly string[],
): Promise<Map<string, HistoryRow[]>> {
  const rows = await db
    .select()
    .from(dossierHistory)
    .where(inArray(dossierHistory.dossierCode, [...codes]))
    .orderBy(asc(dossierHistory.id));
  const grouped = new Map<string, HistoryRow[]>();
  for (const row of rows) grouped.set(row.dossierCode, [...(grouped.get(row.dossierCode) ?? []), row]);
  return grouped;
}

export async function attachmentsByDossier(
  db: DossiersDatabase,
  codes: readonly string[],
): Promise<Map<string, AttachmentRow[]>> {
  const rows = await db
    .select()
    .from(attachments)
    .where(inArray(attachments.dossierCode, [...codes]))
    .orderBy(asc(attachments.createdAt));
  const grouped = new Map<string, AttachmentRow[]>();
  for (const row of rows) {
    const code = row.dossierCode as string;
    grouped.set(code, [...(grouped.get(code) ?? []), row]);
  }
  return grouped;
}

export async function dossierByIdempotencyKey(
  db: DossiersDatabase,
  scope: string,
  key: string,
): Promise<DossierRow | null> {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.idempotencyScope, scope), eq(dossiers.idempotencyKey, key)));
  return row ?? null;
}

export type QueueFilter = {
  statuses: number[] | null;
  due: 'OVERDUE' | 'DUE_SOON' | 'ACCEPTANCE_OVERDUE' | null;
  dueSoonHours: number;
  procedureCode: string | null;
  channel: string | null;
  assisted: boolean | null;
  assignedTo: string | null;
  now: Date;
  /** The unit's dossiers and those of every unit below it (their `unitPath` names the unit). */
  includeSubunits: boolean;
  /** Staff see only dossiers on their own unit's path or received at their desk; null for administrators. */
  visibleTo: string | null;
};

/** Keyset position in a work queue: the deadline (infinity when none) then the code. */
export type QueueCursor = { due: string; code: string };

const dueKey = sql`coalesce(${dossiers.dueAt}, 'infinity'::timestamptz)`;

const onPathOf = (unitCode: string) =>
  or(sql`${dossiers.unitPath} @> array[${unitCode}]::text[]`, eq(dossiers.receivingUnitCode, unitCode));

/**
 * A unit's work queue, most urgent first: earliest deadline (so overdue ones lead), dossiers without a deadline
 * last, then by code. Visibility is part of the query, not a filter on its answer, so that every page is full.
 */
export async function unitQueuePage(
  db: DossiersDatabase,
  unitCode: string,
  filter: QueueFilter,
  after: QueueCursor | null,
  size: number,
): Promise<{ nodes: DossierRow[]; hasNextPage: boolean }> {
  const clockRunning = inArray(dossiers.status, [2, 4, 6]);
  const rows = await db
    .select()
    .from(dossiers)
    .where(
      and(
        filter.includeSubunits
          ? onPathOf(unitCode)
          : or(eq(dossiers.unitCode, unitCode), eq(dossiers.receivingUnitCode, unitCode)),
        filter.visibleTo ? onPathOf(filter.visibleTo) : undefined,
        notMovedAway,
        filter.statuses ? inArray(dossiers.status, filter.statuses) : undefined,
        filter.due === 'OVERDUE' ? and(clockRunning, lt(dossiers.dueAt, filter.now)) : undefined,
        filter.due === 'ACCEPTANCE_OVERDUE'
          ? and(eq(dossiers.status, 1), lt(dossiers.acceptBy, filter.now))
          : undefined,
        filter.due === 'DUE_SOON'
          ? and(
              clockRunning,
              sql`${dossiers.dueAt} >= ${filter.now.toISOString()}::timestamptz`,
              sql`${dossiers.dueAt} <= ${new Date(filter.now.getTime() + filter.dueSoonHours * 3600_000).toISOString()}::timestamptz`,
            )
          : undefined,
        filter.procedureCode ? eq(dossiers.procedureCode, filter.procedureCode) : undefined,
        filter.channel ? eq(dossiers.channel, filter.channel as DossierRow['channel']) : undefined,
        filter.assisted === true ? sql`${dossiers.assistedBy} is not null` : undefined,
        filter.assisted === false ? isNull(dossiers.assistedBy) : undefined,
        filter.assignedTo ? eq(dossiers.assignedTo, filter.assignedTo) : undefined,
        after ? sql`(${dueKey}, ${dossiers.code}) > (${after.due}::timestamptz, ${after.code})` : undefined,
      ),
    )
    .orderBy(asc(dueKey), asc(dossiers.code))
    .limit(size + 1);
  return { nodes: rows.slice(0, size), hasNextPage: rows.length > size };
}

export function queueCursorOf(row: DossierRow): QueueCursor {
  return { due: row.dueAt ? row.dueAt.toISOString() : 'infinity', code: row.code };
}

/** A citizen's own dossiers (or those a volunteer helped file), newest first. */
export async function ownDossierPage(
  db: DossiersDatabase,
  by: { ownerSub: string } | { assistedBy: string },
  beforeCreatedCode: { createdAt: string; code: string } | null,
  size: number,
): Promise<{ nodes: DossierRow[]; hasNextPage: boolean }> {
  const rows = await db
    .select()
    .from(dossiers)
    .where(
      and(
        'ownerSub' in by ? eq(dossiers.ownerSub, by.ownerSub) : eq(dossiers.assistedBy, by.assistedBy),
        notMovedAway,
        beforeCreatedCode
          ? sql`(${dossiers.submittedAt}, ${dossiers.code}) < (${beforeCreatedCode.createdAt}::timestamptz, ${beforeCreatedCode.code})`
          : undefined,
      ),
    )
    .orderBy(desc(dossiers.submittedAt), desc(dossiers.code))
    .limit(size + 1);
  return { nodes: rows.slice(0, size), hasNextPage: rows.length > size };
}
