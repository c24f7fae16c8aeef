import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ContactDirectory } from '../contacts/dossier-contacts';
import type { NotificationsDatabase } from '../db';
import { PROCESSOR_OF } from '../processors';
import type { ProcessorDeps } from '../processors/deps';
import type { Providers } from '../providers/types';
import {
  createQueues,
  type DeliverySettings,
  QUEUE_NAMES,
  type QueueName,
  workerOptions,
} from './definitions';
import { startSweeper } from './sweeper';

export type Delivery = ReturnType<typeof startDelivery>;

/**
 * The four channel queues, their workers and the sweeper. A job carries only a message or shipment id; the worker
 * asks the dossiers service for the contact when it sends.
 */
export function startDelivery(options: {
  db: NotificationsDatabase;
  contacts: ContactDirectory;
  providers: Providers;
  /** For the workers: waits and reconnects forever. */
  workerConnection: Redis;
  /** For adding jobs and reading counts: fails fast while Redis is down (the sweeper adds later). */
  queueConnection: Redis;
  prefix: string;
  settings: DeliverySettings;
  logger: Logger;
}) {
  const { settings, logger } = options;
  const queues = createQueues({ connection: options.queueConnection, prefix: options.prefix, settings });
  const deps: ProcessorDeps = {
    db: options.db,
    contacts: options.contacts,
    providers: options.providers,
    queues,
  };
  const lastProgress = Object.fromEntries(QUEUE_NAMES.map((name) => [name, Date.now()])) as Record<
    QueueName,
    number
  >;
  const workers = QUEUE_NAMES.map((name) => {
    const worker = new Worker(
      name,
      (job) => PROCESSOR_OF[name](deps, job),
      workerOptions(name, settings, options.workerConnection, options.prefix),
    );
    const progressed = () => {
      lastProgress[name] = Date.now();
    };
    worker.on('completed', progressed);
    worker.on('failed', (job, error) => {
      progressed();
      if (job && (error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1))) {
        logger.warn({ queue: name, jobId: job.id, err: error }, 'job dead-lettered');
      }
    });
    worker.on('error', (error) => logger.warn({ queue: name, err: error }, 'queue worker error'));
    return worker;
  });
  const sweeper = startSweeper({ db: options.db, queues, intervalMs: settings.sweepIntervalMs, logger });

  return {
    queues: queues.byName,
    workers,
    sweeper,
    enqueueMessages: queues.enqueueMessages,
    enqueuePostal: queues.enqueuePostal,
    /**
     * Per queue, "ok" or why not. Measures progress, not only the connection: a queue with work waiting that
     * has completed or failed nothing for longer than the stall limit is reported, whatever PING says.
     */
    async health(): Promise<Record<string, string>> {
      const checks: Record<string, string> = {};
      for (const [index, name] of QUEUE_NAMES.entries()) {
        const worker = workers[index] as Worker;
        if (!worker.isRunning()) {
          checks[`queue.${name}`] = 'worker not running';
          continue;
        }
        try {
          const counts = await queues.byName[name].getJobCounts('waiting', 'active', 'prioritized');
          const pending = (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0);
          const idleSeconds = Math.round((Date.now() - lastProgress[name]) / 1000);
          checks[`queue.${name}`] =
            pending > 0 && idleSeconds > settings.stallSeconds
              ? `no progress for ${idleSeconds} s with ${pending} jobs waiting`
              : 'ok';
          if (pending === 0) lastProgress[name] = Date.now();
        } catch (error) {
          checks[`queue.${name}`] = `redis unreachable: ${(error as Error).message}`;
        }
      }
      return checks;
    },
    /** Graceful: stop sweeping and taking jobs, let the running ones finish, then close the queues. */
    async close() {
      await sweeper.close();
      await Promise.all(workers.map((worker) => worker.close()));
      await queues.close();
    },
  };
}
