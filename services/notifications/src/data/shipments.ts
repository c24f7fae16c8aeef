import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { NotificationsDatabase } from '../db';
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
