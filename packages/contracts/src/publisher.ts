import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { EVENT_CONSUMERS, EVENT_ROUTES, type EventConsumer, eventQueueName } from './consumers';
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
  private readonly queues: Map<EventConsumer, Queue>;

  constructor(connection: Redis, prefix?: string) {
    this.queues = new Map(
      EVENT_CONSUMERS.map((consumer) => [
        consumer,
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
      ]),
    );
  }

  async publish(event: DomainEvent): Promise<void> {
    const consumers = EVENT_ROUTES[event.type];
    if (!consumers) throw new Error(`no route for event type ${event.type}`);
    await Promise.all(
      consumers.map((consumer) => this.queues.get(consumer)?.add(event.type, event, { jobId: event.id })),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
