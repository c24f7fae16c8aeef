import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { ZodError } from 'zod';
import { type EventConsumer, eventQueueName } from './consumers';
import { type DomainEvent, parseEvent } from './events';

export type EventHandler = (event: DomainEvent) => Promise<void>;

type Logger = { error: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };

/**
 * A worker on the consumer's own event queue. A payload that breaks the contract can never succeed, so it fails
 * at once (UnrecoverableError) instead of being retried; everything else is retried by the queue's backoff.
 * Handlers must be idempotent: BullMQ delivers at least once.
 */
export function startEventConsumer(options: {
  consumer: EventConsumer;
  /** The instance's own queue when the consumer runs as several instances (see `eventQueueName`). */
  partition?: string | null;
  connection: Redis;
  prefix?: string;
  logger: Logger;
  handle: EventHandler;
  concurrency?: number;
}): Worker {
  const worker = new Worker(
    eventQueueName(options.consumer, options.partition),
    async (job) => {
      let event: DomainEvent;
      try {
        event = parseEvent(job.data);
      } catch (error) {
        if (error instanceof ZodError || error instanceof Error) {
          throw new UnrecoverableError(`event ${job.id} breaks its contract: ${error.message}`);
        }
        throw error;
      }
      await options.handle(event);
    },
    {
      connection: options.connection,
      ...(options.prefix ? { prefix: options.prefix } : {}),
      concurrency: options.concurrency ?? 4,
      autorun: true,
    },
  );
  worker.on('error', (error) => options.logger.warn({ err: error }, 'event worker error'));
  worker.on('failed', (job, error) =>
    options.logger.error(
      { err: error, jobId: job?.id, attempts: job?.attemptsMade },
      'event handling failed',
    ),
  );
  return worker;
}
