import type { DomainEvent } from '@dvc/contracts';
import { claimEvent } from '@dvc/database';
import type { Logger } from 'pino';
import type { ContactDirectory } from '../contacts/dossier-contacts';
import { insertNotifications, queuedForEvent } from '../data/notifications';
import { insertShipment, shipmentOfDossier } from '../data/shipments';
import { alertContactsOf } from '../data/unit-alerts';
import type { NotificationsDatabase } from '../db';
import type { DeliveryQueues } from '../queues/definitions';
import { alertRows, messageRows } from '../rules/message-rows';
import { deadlineWarning, messageFor, resultMessage } from '../rules/which-message';

const CONSUMER = 'notifications.messages';

/**
 * Turns a dossier event into the messages it calls for, once. The messages and the claim are written in one
 * transaction; queuing happens after the commit and again on every redelivery (job ids are message ids), so an
 * event whose jobs were lost between commit and queue gets them on its retry.
 */
export async function handleDossierEvent(
  deps: {
    db: NotificationsDatabase;
    contacts: ContactDirectory;
    delivery: Pick<DeliveryQueues, 'enqueueMessages' | 'enqueuePostal'>;
    maxEventAgeHours: number;
    logger: Logger;
  },
  event: DomainEvent,
  now: Date = new Date(),
): Promise<void> {
  if (!('unitCode' in event.payload)) return;
  const ageHours = (now.getTime() - new Date(event.payload.at).getTime()) / 3600_000;
  if (ageHours > deps.maxEventAgeHours) {
    deps.logger.debug(
      { eventId: event.id, type: event.type },
      'event too old to announce (imported history)',
    );
    return;
  }
  if (event.type === 'dossier.deadline-approaching.v1') return warnUnit(deps, event);
  const decided = messageFor(event);
  if (!decided) return;
  const { dossierCode, unitCode } = event.payload;
  const contact = await deps.contacts.contact(dossierCode);
  if (!contact) {
    deps.logger.warn(
      { eventId: event.id, dossierCode },
      'no contact for the dossier of an event; nothing sent',
    );
    return;
  }
  const decision = decided === 'RESULT' ? resultMessage(contact) : decided;
  const bookShipment =
    event.type === 'dossier.resolved.v1' &&
    contact.returnChannel === 'POST' &&
    contact.postalAddress !== null;
  await deps.db.transaction(async (tx) => {
    if (!(await claimEvent(tx, CONSUMER, event.id))) return;
    await insertNotifications(
      tx,
      messageRows({ dossierCode, unitCode, eventId: event.id, decision, contact }),
    );
    if (bookShipment) {
      await insertShipment(tx, {
        dossierCode,
        unitCode,
        eventId: event.id,
        status: 'PENDING',
        // The postman collects what is still owed for the result; nothing when the event does not say.
        codAmountVnd: event.type === 'dossier.resolved.v1' ? (event.payload.amountDueVnd ?? 0) : 0,
      });
    }
  });
  await deps.delivery.enqueueMessages(await queuedForEvent(deps.db, event.id));
  if (bookShipment) {
    const shipment = await shipmentOfDossier(deps.db, dossierCode);
    if (shipment?.status === 'PENDING')
      await deps.delivery.enqueuePostal({ action: 'book', shipmentId: shipment.id });
  }
}

/** Warns the desk of the dossier's unit, at each of its alert contacts, once per event. */
async function warnUnit(
  deps: Parameters<typeof handleDossierEvent>[0],
  event: Extract<DomainEvent, { type: 'dossier.deadline-approaching.v1' }>,
): Promise<void> {
  const { dossierCode, unitCode } = event.payload;
  await deps.db.transaction(async (tx) => {
    if (!(await claimEvent(tx, CONSUMER, event.id))) return;
    const recipients = await alertContactsOf(tx, unitCode);
    if (recipients.length === 0) {
      deps.logger.warn(
        { eventId: event.id, dossierCode, unitCode },
        'a dossier is about to go late but its unit has no alert contacts; nobody warned',
      );
    }
    await insertNotifications(
      tx,
      alertRows({
        dossierCode,
        unitCode,
        eventId: event.id,
        decision: deadlineWarning(event.payload),
        recipients,
      }),
    );
  });
  await deps.delivery.enqueueMessages(await queuedForEvent(deps.db, event.id));
}
