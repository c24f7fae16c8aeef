import { randomBytes } from 'node:crypto';
import { DossiersRegistry, EventPublisher, redisConnection, startEventConsumer } from '@dvc/contracts';
import { startOutboxRelay } from '@dvc/database';
import { createLogger, createSubgraphServer, type Logger, loadSchemaFile } from '@dvc/service-kit';
import { BOARD_PATH, boardAccess } from './board/board';
import { callbackRoutes } from './callbacks/routes';
import type { NotificationsConfig } from './config';
import { handleDossierEvent } from './consumer/dossier-events';
import { dossiersContactDirectory } from './contacts/dossier-contacts';
import type { NotificationsContext, QueueAccess } from './context';
import { openNotificationsDatabase } from './db';
import { type FakeProviders, startFakeProviders } from './fake-providers/server';
import { createLoaders } from './loaders';
import { httpProviders } from './providers/adapters';
import { QUEUE_NAMES } from './queues/definitions';
import { type Delivery, startDelivery } from './queues/delivery';
import { resolvers } from './resolvers';

export type RunningService = {
  url: string;
  port: number;
  /** The local fake providers, when PROVIDERS=fake: tests and the benchmark steer and observe them. */
  fakeProviders: FakeProviders | null;
  delivery: Delivery | null;
  stop: () => Promise<void>;
};

export async function startNotifications(
  config: NotificationsConfig,
  logger: Logger = createLogger('notifications', config.LOG_LEVEL),
): Promise<RunningService> {
  const database = openNotificationsDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const closers: Array<() => Promise<void>> = [database.close];
  const callbackSecret = config.CALLBACK_SECRET ?? randomBytes(32).toString('hex');

  let fakeProviders: FakeProviders | null = null;
  if (config.PROVIDERS === 'fake') {
    fakeProviders = await startFakeProviders({
      callbackSecret,
      behaviour: {
        failureRate: config.FAKE_FAILURE_RATE,
        delayMs: config.FAKE_DELAY_MS,
        postalStepMs: config.FAKE_POSTAL_STEP_MS,
      },
    });
    closers.push(fakeProviders.stop);
    logger.info(
      { url: fakeProviders.url },
      'fake providers (SMS, e-mail, Zalo, postal) started for development',
    );
  }
  const base = (url: string | undefined) => fakeProviders?.url ?? (url as string);
  const providers = httpProviders({
    sms: {
      url: base(config.SMS_GATEWAY_URL),
      apiKey: config.SMS_API_KEY ?? 'fake',
      brandname: config.SMS_BRANDNAME,
    },
    email: {
      url: base(config.EMAIL_API_URL),
      apiKey: config.EMAIL_API_KEY ?? 'fake',
      from: config.EMAIL_FROM,
    },
    zalo: { url: base(config.ZALO_API_URL), accessToken: config.ZALO_ACCESS_TOKEN ?? 'fake' },
    postal: { url: base(config.POSTAL_API_URL), apiKey: config.POSTAL_API_KEY ?? 'fake' },
  });
  const dossiersRegistry = config.DOSSIERS_REGISTRY
    ? DossiersRegistry.fromFile(config.DOSSIERS_REGISTRY)
    : DossiersRegistry.single(config.DOSSIERS_URL);
  const stopWatching = dossiersRegistry.watch((result) => {
    if (!result.ok)
      logger.error({ error: result.error }, 'dossiers registry not reloaded: the file is invalid');
  });
  closers.push(async () => stopWatching());
  const contacts = dossiersContactDirectory({
    urlOf: (dossierCode) => dossiersRegistry.forDossierCode(dossierCode).url,
    identitySecret: config.IDENTITY_SECRET,
  });
  const board = boardAccess(config.IDENTITY_SECRET);
  let publicUrl = config.PUBLIC_URL;

  let delivery: Delivery | null = null;
  let queueAccess: QueueAccess | null = null;
  let wakeRelay = () => {};
  let eventsHealth = async (): Promise<Record<string, string>> => ({
    events: 'not configured: REDIS_URL is not set, no message is sent',
  });
  if (config.REDIS_URL && config.PROVIDERS !== 'none') {
    const workerConnection = redisConnection({ url: config.REDIS_URL, role: 'worker' });
    const queueConnection = redisConnection({ url: config.REDIS_URL, role: 'producer' });
    // The workers' own error listeners report outages.
    workerConnection.on('error', () => {});
    queueConnection.on('error', () => {});
    const running = startDelivery({
      db: database.db,
      contacts,
      providers,
      workerConnection,
      queueConnection,
      prefix: config.BULLMQ_PREFIX,
      settings: {
        attempts: config.SEND_ATTEMPTS,
        backoffMs: config.BACKOFF_MS,
        ratePerSecond: {
          sms: config.SMS_RATE_PER_SECOND,
          email: config.EMAIL_RATE_PER_SECOND,
          zalo: config.ZALO_RATE_PER_SECOND,
          postal: config.POSTAL_RATE_PER_SECOND,
        },
        stallSeconds: config.HEALTH_STALL_SECONDS,
        sweepIntervalMs: config.SWEEP_INTERVAL_MS,
      },
      logger,
    });
    delivery = running;
    const publisher = new EventPublisher(queueConnection, config.BULLMQ_PREFIX, dossiersRegistry);
    const relay = startOutboxRelay({ db: database.db, publisher, logger });
    wakeRelay = relay.wake;
    const consumer = startEventConsumer({
      consumer: 'notifications',
      connection: workerConnection,
      prefix: config.BULLMQ_PREFIX,
      logger,
      handle: (event) =>
        handleDossierEvent(
          {
            db: database.db,
            contacts,
            delivery: running,
            maxEventAgeHours: config.NOTIFY_MAX_EVENT_AGE_HOURS,
            logger,
          },
          event,
        ),
    });
    closers.push(async () => {
      // Stop taking work first, let what runs finish, then close what it writes to.
      await consumer.close();
      await running.close();
      await relay.stop();
      await publisher.close();
      workerConnection.disconnect();
      queueConnection.disconnect();
    });
    eventsHealth = async () => ({
      events:
        consumer.isRunning() && workerConnection.status === 'ready'
          ? 'ok'
          : `redis ${workerConnection.status}`,
      ...(await running.health()),
    });
    queueAccess = {
      enqueue: (row) => running.enqueueMessages([row]),
      boardLink: (adminSub) => `${publicUrl}${BOARD_PATH}/enter?ticket=${board.ticket(adminSub)}`,
      queues: () =>
        Promise.all(
          QUEUE_NAMES.map(async (name) => {
            const queue = running.queues[name];
            const counts = await queue.getJobCounts(
              'waiting',
              'prioritized',
              'active',
              'delayed',
              'completed',
              'failed',
            );
            return {
              name,
              waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
              active: counts.active ?? 0,
              delayed: counts.delayed ?? 0,
              completed: counts.completed ?? 0,
              deadLettered: counts.failed ?? 0,
              deadLetters: async (limit: number) =>
                (await queue.getFailed(0, limit - 1)).map((job) => ({
                  jobId: String(job.id),
                  notificationId:
                    typeof job.data?.notificationId === 'string' ? job.data.notificationId : null,
                  failedReason: job.failedReason ?? '',
                  attempts: job.attemptsMade,
                  failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
                })),
            };
          }),
        ),
    };
  } else if (config.PROVIDERS === 'none') {
    eventsHealth = async () => ({ events: 'ok' });
    logger.warn('PROVIDERS=none: dossier events wait in their queue and no message is sent');
  } else {
    logger.warn('REDIS_URL is not set: dossier events are not consumed and no message is sent');
  }

  const server = await createSubgraphServer<NotificationsContext>({
    name: 'notifications',
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
    port: config.PORT,
    identitySecret: config.IDENTITY_SECRET,
    development: config.NODE_ENV === 'development',
    logger,
    context: (base) => ({
      ...base,
      db: database.db,
      postal: providers.postal,
      loaders: createLoaders(database.db),
      queues: queueAccess,
    }),
    health: async () => ({ database: await database.ping(), ...(await eventsHealth()) }),
    routes: (app) => {
      callbackRoutes({
        db: database.db,
        secret: callbackSecret,
        instanceName: config.INSTANCE_NAME,
        logger,
        onPostal: async (job) => {
          await delivery?.enqueuePostal(job);
        },
        wakeRelay: () => wakeRelay(),
      })(app);
      if (delivery && config.BOARD_ENABLED) board.mount(app, Object.values(delivery.queues));
    },
  });
  closers.push(server.stop);
  publicUrl ??= `http://localhost:${server.port}`;
  fakeProviders?.setCallbackBase(`http://localhost:${server.port}`);
  return {
    url: server.url,
    port: server.port,
    fakeProviders,
    delivery,
    stop: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}
