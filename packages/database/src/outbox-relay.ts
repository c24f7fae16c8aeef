import type { DomainEvent, EventPublisher } from '@dvc/contracts';
import { asc, inArray, isNull } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from './client';
import { outbox } from './outbox';

/** Small batches keep the row locks short; the relay loops at once while there is a backlog. */
const BATCH_SIZE = 100;
const IDLE_POLL_MS = 500;
const MAX_BACKOFF_MS = 10_000;

export type OutboxRelay = {
  /** Publish now rather than at the next poll (called after a commit that appended events). */
  wake: () => void;
  stop: () => Promise<void>;
};

/**
 * Moves outbox rows to the event queues in order. Rows are locked with SKIP LOCKED, so several relays (several
 * instances of one service) never publish the same row at the same time; a row published twice after a crash is
 * absorbed by the job id. While Redis is down the rows stay unpublished and the relay backs off.
 */
export function startOutboxRelay(options: {
  db: Database;
  publisher: EventPublisher;
  logger: Logger;
}): OutboxRelay {
  const { db, publisher, logger } = options;
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let failures = 0;

  const publishBatch = async (): Promise<number> =>
    db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(outbox)
        .where(isNull(outbox.publishedAt))
        .orderBy(asc(outbox.position))
        .limit(BATCH_SIZE)
        .for('update', { skipLocked: true });
      for (const row of rows) {
        // Written by appendEvent from a validated event; consumers validate again on receipt.
        const event = {
          id: row.id,
          type: row.type,
          source: row.source,
          occurredAt: row.occurredAt.toISOString(),
          payload: row.payload,
        } as DomainEvent;
        await publisher.publish(event);
      }
      if (rows.length > 0) {
        await tx
          .update(outbox)
          .set({ publishedAt: new Date() })
          .where(
            inArray(
              outbox.id,
              rows.map((row) => row.id),
            ),
          );
      }
      return rows.length;
    });

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (!stopped) {
      try {
        const published = await publishBatch();
        if (failures > 0) logger.info('outbox relay publishing again');
        failures = 0;
        if (published === BATCH_SIZE) continue;
        await sleep(IDLE_POLL_MS);
      } catch (error) {
        failures += 1;
        if (failures === 1)
          logger.warn({ err: error }, 'outbox relay cannot publish; events wait in the outbox');
        await sleep(Math.min(IDLE_POLL_MS * 2 ** failures, MAX_BACKOFF_MS));
      }
    }
  })();

  return {
    wake: () => wakeUp?.(),
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await loop;
    },
  };
}
