import { and, asc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Executor, NotificationsDatabase } from '../db';
import { type Channel, type DeliveryStatus, notifications } from '../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export async function notificationsByDossier(
  db: NotificationsDatabase,
  dossierCodes: readonly string[],
): Promise<Map<string, NotificationRow[]>> {
  const rows = await db
    .select()
    .from(notifications)
    .where(inArray(notifications.dossierCode, [...dossierCodes]))
    .orderBy(asc(notifications.queuedAt), asc(notifications.channel));
  const byDossier = new Map<string, NotificationRow[]>();
  for (const row of rows) byDossier.set(row.dossierCode, [...(byDossier.get(row.dossierCode) ?? []), row]);
  return byDossier;
}

export async function notificationsById(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, NotificationRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(notifications)
    .where(inArray(notifications.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function notificationById(db: Executor, id: string): Promise<NotificationRow | null> {
  return (await notificationsById(db, [id])).get(id) ?? null;
}

/** Inserts the messages an event decided; a second delivery of the event finds them and inserts nothing. */
export async function insertNotifications(db: Executor, rows: NewNotification[]) {
  if (rows.length === 0) return;
  await db.insert(notifications).values(rows).onConflictDoNothing();
}

export async function queuedForEvent(db: NotificationsDatabase, eventId: string): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.eventId, eventId), eq(notifications.status, 'QUEUED')));
}

export async function updateNotification(
  db: Executor,
  id: string,
  change: Partial<NewNotification>,
  /** Only while the row is in one of these states: a late writer never undoes a receipt. */
  onlyFrom?: readonly DeliveryStatus[],
): Promise<NotificationRow | null> {
  const [row] = await db
    .update(notifications)
    .set({ ...change, updatedAt: new Date() })
    .where(
      onlyFrom
        ? and(eq(notifications.id, id), inArray(notifications.status, [...onlyFrom]))
        : eq(notifications.id, id),
    )
    .returning();
  return row ?? null;
}

export async function notificationByProviderReference(
  db: Executor,
  channel: Channel,
  reference: string,
): Promise<NotificationRow | null> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.channel, channel), eq(notifications.providerReference, reference)));
  return row ?? null;
}

/**
 * Messages the log says are still to send but that have not moved for a while: their job may have been lost
 * with a Redis that restarted without its data. Re-adding them is harmless (the job id is the message id).
 * A row stuck in SENDING without a provider reference was interrupted mid-call; the provider's idempotency key
 * makes the second call return the first answer.
 */
export async function stalePending(db: NotificationsDatabase, olderThan: Date, limit = 500) {
  return db
    .select({ id: notifications.id, channel: notifications.channel })
    .from(notifications)
    .where(
      and(
        lt(notifications.updatedAt, olderThan),
        or(
          inArray(notifications.status, ['QUEUED', 'TEMPORARY_FAILURE']),
          and(eq(notifications.status, 'SENDING'), isNull(notifications.providerReference)),
        ),
      ),
    )
    .orderBy(asc(notifications.updatedAt))
    .limit(limit);
}

/** An open resend of this message (still queued or on its way), so that two clicks make one resend. */
export async function openResendOf(db: NotificationsDatabase, id: string): Promise<NotificationRow | null> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.resendOf, id),
        inArray(notifications.status, ['QUEUED', 'SENDING', 'TEMPORARY_FAILURE']),
      ),
    );
  return row ?? null;
}
