import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { EVENT_ROUTES, type EventConsumer, eventQueueName } from './consumers';
import { DEFAULT_INSTANCE, type DossiersRegistry } from './dossiers-registry';
import type { DomainEvent } from './events';

/** Retention of finished jobs: enough to see recent traffic in the operator view without growing Redis forever. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };
/** Consumer failures are retried with backoff: a consumer's database may be restarting. */
const CONSUMER_ATTEMPTS = 10;

/**
 * Typed enqueue of domain events into every consumer's queue. The job id is the event id, so publishing the same
 * event twice (a relay that crashed after adding but before marking the outbox row) adds nothing.
 *
 * With a dossiers registry, an event for the dossiers service goes to the queue of the instance that holds its
 * dossier (a commune running its own), not to whichever instance would take it first.
 */
export class EventPublisher {
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly connection: Redis,
    private readonly prefix?: string,
    private readonly dossiersRegistry?: DossiersRegistry,
  ) {}

  async publish(event: DomainEvent): Promise<void> {
    const consumers = EVENT_ROUTES[event.type];
    if (!consumers) throw new Error(`no route for event type ${event.type}`);
    await Promise.all(
      consumers.map((consumer) =>
        this.queue(eventQueueName(consumer, this.partitionOf(consumer, event))).add(event.type, event, {
          jobId: event.id,
        }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private partitionOf(consumer: EventConsumer, event: DomainEvent): string | null {
    if (consumer !== 'dossiers' || !this.dossiersRegistry || !('dossierCode' in event.payload)) return null;
    const owner = this.dossiersRegistry.forDossierCode(event.payload.dossierCode);
    return owner.name === DEFAULT_INSTANCE ? null : owner.name;
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        ...(this.prefix ? { prefix: this.prefix } : {}),
        defaultJobOptions: {
          attempts: CONSUMER_ATTEMPTS,
          backoff: { type: 'exponential', delay: 1_000 },
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: false,
        },
      });
      this.queues.set(name, queue);
    }
    return queue;
  }
}
