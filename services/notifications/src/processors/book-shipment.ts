import { type Job, UnrecoverableError } from 'bullmq';
import { maskPhone } from '../contacts/dossier-contacts';
import { advanceShipment, type ShipmentRow, updateShipment } from '../data/shipments';
import { internationalPhone } from '../providers/adapters';
import { classifyFailure, rethrow } from '../queues/failures';
import type { ProcessorDeps } from './deps';

/** Books the post office's pick-up of a result going home by post (postal queue, `book` jobs). */
export async function bookShipment(deps: ProcessorDeps, job: Job, shipment: ShipmentRow): Promise<void> {
  const { db, contacts, providers } = deps;
  if (shipment.status !== 'PENDING') return;
  const fail = async (error: Error): Promise<never> => {
    const failure = classifyFailure(error, job);
    if (failure.kind !== 'rate-limited') {
      await updateShipment(db, shipment.id, {
        status: failure.last ? 'BOOKING_FAILED' : 'PENDING',
        lastError: failure.message,
      });
    }
    return rethrow(failure, error, deps.queues.byName.postal);
  };
  const address = (await contacts.contact(shipment.dossierCode))?.postalAddress;
  if (!address) return fail(new UnrecoverableError('the dossier has no postal address'));
  try {
    internationalPhone(address.phone);
  } catch {
    return fail(new UnrecoverableError("the receiver's phone is not a Vietnamese mobile number"));
  }
  await updateShipment(db, shipment.id, {
    attempts: shipment.attempts + 1,
    receiverMasked: maskPhone(address.phone),
  });
  try {
    const { waybillNumber } = await providers.postal.book({
      orderNumber: shipment.dossierCode,
      receiverName: address.receiverName,
      address: address.address,
      phone: address.phone,
      codAmountVnd: shipment.codAmountVnd,
    });
    // A status callback may have recorded BOOKED first: then this step is not recorded twice.
    await db.transaction((tx) =>
      advanceShipment(tx, shipment.id, {
        from: 'PENDING',
        to: 'BOOKED',
        at: new Date(),
        change: { waybillNumber, lastError: null },
      }),
    );
  } catch (error) {
    return fail(error as Error);
  }
}
