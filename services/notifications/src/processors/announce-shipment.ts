import { insertNotifications, queuedForEvent } from '../data/notifications';
import { type AnnouncedPostalStatus, markPostalMessagesDecided, type ShipmentRow } from '../data/shipments';
import { messageRows } from '../rules/message-rows';
import type { ProcessorDeps } from './deps';

const TEMPLATE_OF = {
  PICKED_UP: 'postal.sent',
  DELIVERED: 'postal.delivered',
  RETURNED: 'postal.returned',
} as const;

/**
 * Tells the applicant a step of their shipment (postal queue, `notify` jobs): decides the messages and marks the
 * step decided in one transaction, then queues them (again on a redelivery: job ids are message ids).
 */
export async function announceShipment(
  deps: ProcessorDeps,
  shipment: ShipmentRow,
  status: AnnouncedPostalStatus,
): Promise<void> {
  const { db } = deps;
  const contact = await deps.contacts.contact(shipment.dossierCode);
  await db.transaction(async (tx) => {
    if (contact) {
      await insertNotifications(
        tx,
        messageRows({
          dossierCode: shipment.dossierCode,
          unitCode: shipment.unitCode,
          eventId: shipment.id,
          decision: {
            template: TEMPLATE_OF[status],
            params: { waybill: shipment.waybillNumber ?? shipment.dossierCode },
          },
          contact,
        }),
      );
    }
    await markPostalMessagesDecided(tx, shipment.id, status);
  });
  await deps.queues.enqueueMessages(await queuedForEvent(db, shipment.id));
}
