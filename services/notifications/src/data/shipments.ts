import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor, NotificationsDatabase } from '../db';
import { type PostalStatus, postalShipmentEvents, postalShipments } from '../db/schema';

export type ShipmentRow = typeof postalShipments.$inferSelect;
export type ShipmentEventRow = typeof postalShipmentEvents.$inferSelect;

/** The order a shipment moves through; a callback that arrives late never moves it back. */
const PROGRESS: Record<PostalStatus, number> = {
  PENDING: 0,
  BOOKING_FAILED: 1,
  BOOKED: 1,
  PICKED_UP: 2,
  IN_TRANSIT: 3,
  DELIVERED: 4,
  RETURNED: 4,
  CANCELLED: 4,
};

/** The statuses the applicant is told about. */
export const ANNOUNCED_POSTAL_STATUSES = ['PICKED_UP', 'DELIVERED', 'RETURNED'] as const;
export type AnnouncedPostalStatus = (typeof ANNOUNCED_POSTAL_STATUSES)[number];

export function isAnnounced(status: PostalStatus): status is AnnouncedPostalStatus {
  return (ANNOUNCED_POSTAL_STATUSES as readonly string[]).includes(status);
}

export function movesForward(from: PostalStatus, to: PostalStatus): boolean {
  return PROGRESS[to] > PROGRESS[from];
}

export async function shipmentsByDossier(db: NotificationsDatabase, codes: readonly string[]) {
  const rows = await db
    .select()
    .from(postalShipments)
    .where(inArray(postalShipments.dossierCode, [...codes]));
  return new Map(rows.map((row) => [row.dossierCode, row]));
}

export async function shipmentsById(db: NotificationsDatabase, ids: readonly string[]) {
  const rows = await db
    .select()
    .from(postalShipments)
    .where(inArray(postalShipments.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function shipmentEvents(db: NotificationsDatabase, shipmentIds: readonly string[]) {
  const rows = await db
    .select()
    .from(postalShipmentEvents)
    .where(inArray(postalShipmentEvents.shipmentId, [...shipmentIds]))
    .orderBy(asc(postalShipmentEvents.at), asc(postalShipmentEvents.id));
  const byShipment = new Map<string, ShipmentEventRow[]>();
  for (const row of rows) byShipment.set(row.shipmentId, [...(byShipment.get(row.shipmentId) ?? []), row]);
  return byShipment;
}

export async function pendingShipments(db: NotificationsDatabase, olderThan: Date) {
  return db
    .select({ id: postalShipments.id })
    .from(postalShipments)
    .where(and(eq(postalShipments.status, 'PENDING'), lt(postalShipments.updatedAt, olderThan)))
    .limit(200);
}

/** Announced statuses whose messages are not in the delivery log yet (queuing failed, or still on its way). */
export async function undecidedPostalStatuses(db: NotificationsDatabase, limit = 200) {
  return db
    .select({ shipmentId: postalShipmentEvents.shipmentId, status: postalShipmentEvents.status })
    .from(postalShipmentEvents)
    .where(
      and(
        inArray(postalShipmentEvents.status, [...ANNOUNCED_POSTAL_STATUSES]),
        isNull(postalShipmentEvents.messagesDecidedAt),
      ),
    )
    .orderBy(asc(postalShipmentEvents.id))
    .limit(limit);
}

export async function markPostalMessagesDecided(db: Executor, shipmentId: string, status: PostalStatus) {
  await db
    .update(postalShipmentEvents)
    .set({ messagesDecidedAt: new Date() })
    .where(
      and(
        eq(postalShipmentEvents.shipmentId, shipmentId),
        eq(postalShipmentEvents.status, status),
        isNull(postalShipmentEvents.messagesDecidedAt),
      ),
    );
}
