import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { stalePending } from '../data/notifications';
import { isAnnounced, pendingShipments, undecidedPostalStatuses } from '../data/shipments';
import type { NotificationsDatabase } from '../db';
import type { DeliveryQueues } from './definitions';

/** What one sweep found in the log and added again. */
export type SweepResult = { messages: number; bookings: number; announcements: number };

export type Sweeper = ReturnType<typeof startSweeper>;

/**
 * The delivery log in PostgreSQL is the truth and Redis the means: every interval, work the log says is pending
 * but the queues may have lost (Redis restarted without its data, or was down when it was decided) is added
 * again, idempotently (job ids). Each sweep is announced: `swept` with what it re-added, or `skipped` with why.
 */
export function startSweeper(options: {
  db: NotificationsDatabase;
  queues: DeliveryQueues;
  intervalMs: number;
  logger: Logger;
}) {
  const { db, queues, intervalMs, logger } = options;
  const events = new EventEmitter<{ swept: [SweepResult]; skipped: [Error] }>();

  async function sweep(): Promise<SweepResult> {
    // Untouched for two intervals: not a row whose job is merely on its way.
    const olderThan = new Date(Date.now() - intervalMs * 2);
    const messages = await stalePending(db, olderThan);
    await queues.enqueueMessages(messages);
    const bookings = await pendingShipments(db, olderThan);
    for (const shipment of bookings) await queues.enqueuePostal({ action: 'book', shipmentId: shipment.id });
    // No age limit: a status recorded a moment ago is re-added under the job id its callback used, a no-op.
    const announcements = await undecidedPostalStatuses(db);
    for (const { shipmentId, status } of announcements) {
      if (isAnnounced(status)) await queues.enqueuePostal({ action: 'notify', shipmentId, status });
    }
    return { messages: messages.length, bookings: bookings.length, announcements: announcements.length };
  }

  let sweeping = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().then(
      (result) => {
        events.emit('swept', result);
      },
      (error: Error) => {
        logger.debug({ err: error }, 'sweep skipped: queues unreachable');
        events.emit('skipped', error);
      },
    );
  }, intervalMs);
  timer.unref();

  return {
    sweep,
    on: events.on.bind(events),
    off: events.off.bind(events),
    async close() {
      clearInterval(timer);
      await sweeping;
    },
  };
}
