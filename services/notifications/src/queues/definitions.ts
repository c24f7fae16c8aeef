import { type DefaultJobOptions, Queue, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { NotificationRow } from '../data/notifications';
import type { Channel } from '../db/schema';
import type { PostalJob } from './schemas';

/** One queue per provider, so that one provider's outage or rate limit never holds back another's messages. */
export const QUEUE_NAMES = ['sms', 'email', 'zalo', 'postal'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
export const QUEUE_OF: Record<Channel, QueueName> = { SMS: 'sms', EMAIL: 'email', ZALO: 'zalo' };

/** What the environment decides (config.ts gives each its default and reason). */
export type DeliverySettings = {
  attempts: number;
  backoffMs: number;
  ratePerSecond: Record<QueueName, number>;
  stallSeconds: number;
  sweepIntervalMs: number;
};

/** A provider that answers 429 without a Retry-After: pause the queue this long before the next call. */
export const DEFAULT_RATE_LIMIT_PAUSE_MS = 1_000;

function jobOptions(settings: DeliverySettings): DefaultJobOptions {
  return {
    attempts: settings.attempts,
    backoff: { type: 'exponential', delay: settings.backoffMs },
    // A week: the board shows recent traffic, and a job re-added under the id of a finished one stays a no-op
    // for as long as the sweeper could re-add it. The count caps Redis memory on a busy week.
    removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
    // Failed jobs are the dead letters: kept until an operator looks (board, notificationQueues).
    removeOnFail: false,
  };
}

export function workerOptions(
  name: QueueName,
  settings: DeliverySettings,
  connection: Redis,
  prefix: string,
): WorkerOptions {
  return {
    connection,
    prefix,
    // A job mostly waits for a provider's answer, so several run at once: 8 reach the SMS limit of 20 calls a
    // second while answers take up to 0.4 s.
    concurrency: 8,
    // The providers' contracts count calls per second.
    limiter: { max: settings.ratePerSecond[name], duration: 1_000 },
    autorun: true,
  };
}

/** The four queues, and the one way to add to them: job ids make every add idempotent. */
export function createQueues(options: {
  /** Fails fast while Redis is down: the sweeper adds what could not be added, later. */
  connection: Redis;
  prefix: string;
  settings: DeliverySettings;
}) {
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => [
      name,
      new Queue(name, {
        connection: options.connection,
        prefix: options.prefix,
        defaultJobOptions: jobOptions(options.settings),
      }),
    ]),
  ) as Record<QueueName, Queue>;
  return {
    byName: queues,
    /** The job id is the message id: a message is in its queue at most once. */
    async enqueueMessages(rows: Pick<NotificationRow, 'id' | 'channel'>[]) {
      await Promise.all(
        rows.map((row) =>
          queues[QUEUE_OF[row.channel]].add(row.channel, { notificationId: row.id }, { jobId: row.id }),
        ),
      );
    },
    /** One booking per shipment, one announcement per shipment and status. */
    async enqueuePostal(job: PostalJob) {
      const jobId =
        job.action === 'notify' ? `${job.shipmentId}-${job.status}` : `${job.shipmentId}-${job.action}`;
      await queues.postal.add(job.action, job, { jobId });
    },
    async close() {
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
    },
  };
}

export type DeliveryQueues = ReturnType<typeof createQueues>;
