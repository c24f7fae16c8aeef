import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { EVENT_CONSUMERS, eventQueueName } from './consumers';
import type { DomainEvent } from './events';

/** Retention of finished jobs: enough to see recent traffic in the operator view without growing Redis forever. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };
/** Consumer failures are retried with backoff: a consumer's database may be restarting. */
const CONSUMER_ATTEMPTS = 10;

/**
 * Typed enqueue of domain events into every consumer's queue. The job id is the event id, so publishing the same
 * event twice (a relay that crashed after adding but before marking the outbox row) adds nothing.
 */
export class EventPublisher {
  private readonly queues: Queue[];

  constructor(connection: Redis, prefix?: string) {
    this.queues = EVENT_CONSUMERS.map(
      (consumer) =>
        new Queue(eventQueueName(consumer), {
          connection,
          ...(prefix ? { prefix } : {}),
          defaultJobOptions: {
            attempts: CONSUMER_ATTEMPTS,
            backoff: { type: 'exponential', delay: 1_000 },
            removeOnComplete: KEEP_COMPLETED,
            removeOnFail: false,
          },
        }),
    );
  }

  async publish(event: DomainEvent): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.add(event.type, event, { jobId: event.id })));
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
