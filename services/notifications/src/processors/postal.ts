import { type Job, UnrecoverableError } from 'bullmq';
import { shipmentsById } from '../data/shipments';
import { parsePayload, postalJob } from '../queues/schemas';
import { announceShipment } from './announce-shipment';
import { bookShipment } from './book-shipment';
import type { ProcessorDeps } from './deps';

/** The postal queue's jobs, by name: `book` and `notify`. */
export async function postal(deps: ProcessorDeps, job: Job): Promise<void> {
  const data = parsePayload(postalJob, job);
  const shipment = (await shipmentsById(deps.db, [data.shipmentId])).get(data.shipmentId);
  if (!shipment) throw new UnrecoverableError(`shipment ${data.shipmentId} does not exist`);
  return data.action === 'book'
    ? bookShipment(deps, job, shipment)
    : announceShipment(deps, shipment, data.status);
}
