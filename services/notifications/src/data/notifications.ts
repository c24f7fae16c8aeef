import { asc, inArray } from 'drizzle-orm';
import type { NotificationsDatabase } from '../db';
import { notifications } from '../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;

export async function notificationsByDossier(
  db: NotificationsDatabase,
  dossierCodes: readonly string[],
): Promise<Map<string, NotificationRow[]>> {
  const rows = await db
    .select()
    .from(notifications)
    .where(inArray(notifications.dossierCode, [...dossierCodes]))
    .orderBy(asc(notifications.queuedAt));
  const byDossier = new Map<string, NotificationRow[]>();
  for (const row of rows) byDossier.set(row.dossierCode, [...(byDossier.get(row.dossierCode) ?? []), row]);
  return byDossier;
}

export async function notificationsById(
  db: NotificationsDatabase,
  ids: readonly string[],
): Promise<Map<string, NotificationRow>> {
  const rows = await db
    .select()
    .from(notifications)
    .where(inArray(notifications.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}
