import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, NotificationsDatabase } from '../db';
import { unitAlertContacts } from '../db/schema';

export type UnitAlertContactRow = typeof unitAlertContacts.$inferSelect;

export async function alertContactsOf(db: Executor, unitCode: string): Promise<UnitAlertContactRow[]> {
  return db
    .select()
    .from(unitAlertContacts)
    .where(eq(unitAlertContacts.unitCode, unitCode))
    .orderBy(
      asc(unitAlertContacts.channel),
      asc(unitAlertContacts.createdAt),
      asc(unitAlertContacts.address),
    );
}

export async function alertContactById(db: Executor, id: string): Promise<UnitAlertContactRow | null> {
  const [row] = await db.select().from(unitAlertContacts).where(eq(unitAlertContacts.id, id));
  return row ?? null;
}

/**
 * Makes the unit's list exactly `entries`. Addresses kept keep their row (and id), so a warning already queued to
 * one of them is still sent; removed ones are deleted, and a warning still queued to them is not sent.
 */
export async function replaceAlertContacts(
  db: NotificationsDatabase,
  unitCode: string,
  entries: { channel: 'SMS' | 'EMAIL'; address: string }[],
  by: string,
): Promise<UnitAlertContactRow[]> {
  return db.transaction(async (tx) => {
    // Two replacements of one unit's list at once must not leave a mix of both.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`unit-alert-contacts:${unitCode}`}))`);
    const keep = entries.map((entry) => `${entry.channel}:${entry.address}`);
    const current = await alertContactsOf(tx, unitCode);
    const removed = current
      .filter((row) => !keep.includes(`${row.channel}:${row.address}`))
      .map((row) => row.id);
    if (removed.length > 0) {
      await tx
        .delete(unitAlertContacts)
        .where(and(eq(unitAlertContacts.unitCode, unitCode), inArray(unitAlertContacts.id, removed)));
    }
    const known = current.map((row) => `${row.channel}:${row.address}`);
    const added = entries.filter((entry) => !known.includes(`${entry.channel}:${entry.address}`));
    if (added.length > 0) {
      await tx
        .insert(unitAlertContacts)
        .values(added.map((entry) => ({ ...entry, unitCode, createdBy: by })))
        .onConflictDoNothing();
    }
    return alertContactsOf(tx, unitCode);
  });
}
