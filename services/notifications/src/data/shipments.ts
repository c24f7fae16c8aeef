import { and, asc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Executor, NotificationsDatabase } from '../db';
import { type PostalStatus, postalShipmentEvents, postalShipments } from '../db/schema';

export type ShipmentRow = typeof postalShipments.$inferSelect;
export type ShipmentEventRow = typeof postalShipmentEvents.$inferSelect;
export type NewShipment = typeof postalShipments.$inferInsert;

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

/** One shipment per dossier: a second delivery of the event that asked for it inserts nothing. */
export async function insertShipment(db: Executor, shipment: NewShipment) {
  await db.insert(postalShipments).values(shipment).onConflictDoNothing();
}

export async function shipmentOfDossier(db: NotificationsDatabase, dossierCode: string) {
  const [row] = await db.select().from(postalShipments).where(eq(postalShipments.dossierCode, dossierCode));
  return row ?? null;
}

/**
 * The shipment a post office status names, locked until the transaction ends: the booking worker records BOOKED
 * too, and whoever comes second must see the first's status, not its own stale read, or the step is recorded twice.
 */
export async function lockShipment(tx: Executor, named: { waybillNumber: string; orderNumber: string }) {
  const [row] = await tx
    .select()
    .from(postalShipments)
    .where(
      or(
        eq(postalShipments.waybillNumber, named.waybillNumber),
        eq(postalShipments.dossierCode, named.orderNumber),
      ),
    )
    .for('update');
  return row ?? null;
}

/** Changes what a shipment records about itself (attempts, receiver, errors); its steps go through advanceShipment. */
export async function updateShipment(
  db: Executor,
  id: string,
  change: Partial<Pick<NewShipment, 'status' | 'attempts' | 'receiverMasked' | 'lastError'>>,
) {
  await db
    .update(postalShipments)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(postalShipments.id, id));
}

/**
 * Moves a shipment one step, only from the status the caller saw, and records the step in its history; returns
 * the moved row, or null when someone moved it first (then nothing is recorded twice).
 */
export async function advanceShipment(
  tx: Executor,
  id: string,
  step: {
    from: PostalStatus;
    to: PostalStatus;
    at: Date;
    change?: Partial<Pick<NewShipment, 'waybillNumber' | 'lastError'>>;
  },
): Promise<ShipmentRow | null> {
  const [moved] = await tx
    .update(postalShipments)
    .set({ ...step.change, status: step.to, updatedAt: new Date() })
    .where(and(eq(postalShipments.id, id), eq(postalShipments.status, step.from)))
    .returning();
  if (!moved) return null;
  await tx.insert(postalShipmentEvents).values({ shipmentId: id, status: step.to, at: step.at });
  return moved;
}
