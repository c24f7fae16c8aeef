import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EventPublisher, redisConnection, startEventConsumer } from '@dvc/contracts';
import { startOutboxRelay } from '@dvc/database';
import {
  createLogger,
  createSubgraphServer,
  type Logger,
  loadSchemaFile,
  startPeriodicTask,
} from '@dvc/service-kit';
import { importRoute } from './admin/import-route';
import { type CatalogueClient, createCatalogueClient } from './catalogue';
import type { DossiersConfig } from './config';
import type { DossiersContext } from './context';
import { openDossiersDatabase } from './db';
import { warnApproachingDeadlines } from './deadlines/warnings';
import { emitHeartbeat, pruneHeartbeats } from './events/heartbeat';
import { handlePostalDelivered } from './events/postal-delivered';
import { fileRoutes } from './files/routes';
import { sweepUnattachedFiles } from './files/sweep';
import { signTicket } from './files/tickets';
import { importLegacyDossiers } from './import/legacy';
import { createLoaders } from './loaders';
import { startFakePaymentProvider } from './payments/fake-provider';
import { httpPaymentProvider, type PaymentProvider } from './payments/provider';
import { paymentRoutes } from './payments/routes';
import { resolvers } from './resolvers';
import type { RuleDeps } from './rules/deps';
import { servesUnit } from './rules/instance-scope';
import { reconcilePayments } from './rules/payments';
import { pruneTrackingAttempts } from './rules/tracking';
import { loadDemoDossiers } from './seed/demo-dossiers';

export type RunningService = { url: string; port: number; stop: () => Promise<void> };

/** Links stay valid this long: enough to upload a scan on a slow line, short enough not to be shared around. */
const LINK_SECONDS = 10 * 60;

/** How far the demonstration history import is, for /health: it runs in the background after start-up. */
type DemoHistoryProgress = { imported: number; skipped: number; of: number; done: boolean };

/** Rows imported per call, so that /health shows the import advancing. */
const HISTORY_BATCH = 250;

/** The catalogue may still be starting (the embedded mode starts every service at once): try for a minute. */
async function loadDemoWhenCatalogueAnswers(
  deps: RuleDeps,
  logger: Logger,
  historyFile: string | undefined,
  attachmentsDir: string,
  progress: { demoHistory?: DemoHistoryProgress },
): Promise<void> {
  for (let attempt = 1; attempt <= 60; attempt++) {
    try {
      const serves = (unitCode: string) => servesUnit(deps, unitCode);
      const created = await loadDemoDossiers(deps.db, deps.source, deps.catalogue, attachmentsDir, {
        serves,
      });
      if (created > 0) logger.info({ created }, 'demonstration dossiers recorded');
      if (historyFile) {
        // Only this instance's units: with a commune running its own server, each instance loads its share.
        const rows = readFileSync(historyFile, 'utf8')
          .split('\n')
          .filter((line) => line.trim() && serves((JSON.parse(line) as { unitCode: string }).unitCode));
        const history = { imported: 0, skipped: 0, of: rows.length, done: false };
        progress.demoHistory = history;
        const rejected = [];
        for (let start = 0; start < rows.length; start += HISTORY_BATCH) {
          const batch = rows.slice(start, start + HISTORY_BATCH).join('\n');
          const report = await importLegacyDossiers(deps, batch, 'NDJSON');
          history.imported += report.imported;
          history.skipped += report.skipped;
          rejected.push(...report.rejected);
        }
        history.done = true;
        if (history.imported > 0 || rejected.length > 0) {
          logger.info(
            { imported: history.imported, skipped: history.skipped, rejected: rejected.slice(0, 5) },
            'demonstration history imported',
          );
        }
      }
      return;
    } catch (error) {
      if (attempt === 60) logger.error({ err: error }, 'demonstration dossiers could not be loaded');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

export async function startDossiers(
  config: DossiersConfig,
  logger: Logger = createLogger('dossiers', config.LOG_LEVEL),
  options: { catalogue?: CatalogueClient; now?: () => Date } = {},
): Promise<RunningService> {
  const database = openDossiersDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const closers: Array<() => Promise<void>> = [database.close];
  let baseUrl = '';
  let platform =
    config.PAYMENT_PROVIDER_URL && config.PAYMENT_SECRET
      ? { url: config.PAYMENT_PROVIDER_URL, secret: config.PAYMENT_SECRET }
      : null;
  if (!platform && config.FAKE_PAYMENT_PROVIDER && config.NODE_ENV !== 'production') {
    const secret = randomBytes(24).toString('hex');
    const fake = await startFakePaymentProvider({ merchantCode: config.PAYMENT_MERCHANT_CODE, secret });
    closers.push(fake.stop);
    platform = { url: fake.url, secret };
    logger.warn({ url: fake.url }, 'online payments go to the local fake payment platform');
  }
  const provider: PaymentProvider | null = platform
    ? httpPaymentProvider({
        url: platform.url,
        merchantCode: config.PAYMENT_MERCHANT_CODE,
        secret: platform.secret,
        maxAgeSeconds: config.PAYMENT_CALLBACK_MAX_AGE_SECONDS,
      })
    : null;
  const deps: RuleDeps = {
    db: database.db,
    catalogue:
      options.catalogue ??
      createCatalogueClient({ url: config.CATALOGUE_URL, identitySecret: config.IDENTITY_SECRET }),
    source: config.INSTANCE_NAME,
    supplementPolicy: config.SUPPLEMENT_POLICY,
    servedUnits: config.SERVED_UNITS,
    unitsServedElsewhere: config.UNITS_SERVED_ELSEWHERE,
    now: options.now ?? (() => new Date()),
    payments: provider
      ? {
          provider,
          callbackUrl: () => `${baseUrl}/payments/callback`,
          returnOrigins: config.PAYMENT_RETURN_ORIGINS,
        }
      : null,
  };

  const progress: { demoHistory?: DemoHistoryProgress } = {};
  let relayHealth = async () => 'not configured: REDIS_URL is not set, events wait in the outbox';
  if (config.REDIS_URL) {
    const redis = redisConnection({ url: config.REDIS_URL, role: 'producer' });
    redis.on('error', () => {}); // the relay reports an outage once; ioredis would log every retry
    const publisher = new EventPublisher(redis, config.BULLMQ_PREFIX);
    const relay = startOutboxRelay({ db: database.db, publisher, logger });
    const workerRedis = redisConnection({ url: config.REDIS_URL, role: 'worker' });
    workerRedis.on('error', () => {});
    const consumer = startEventConsumer({
      consumer: 'dossiers',
      // A commune's instance has a queue of its own: events about its dossiers are routed there by the registry.
      partition: config.SERVED_UNITS ? config.INSTANCE_NAME : null,
      connection: workerRedis,
      prefix: config.BULLMQ_PREFIX,
      logger,
      handle: (event) => handlePostalDelivered(database.db, config.INSTANCE_NAME, event, logger),
    });
    closers.push(async () => {
      await consumer.close();
      await relay.stop();
      await publisher.close();
      redis.disconnect();
      workerRedis.disconnect();
    });
    relayHealth = async () => (redis.status === 'ready' ? 'ok' : `redis ${redis.status}`);
  } else {
    logger.warn('REDIS_URL is not set: dossier events wait in the outbox until Redis is configured');
  }

  const link = (identity: DossiersContext['identity'], purpose: string) =>
    signTicket(config.IDENTITY_SECRET, {
      purpose,
      identity,
      exp: Math.floor(Date.now() / 1000) + LINK_SECONDS,
    });
  const server = await createSubgraphServer<DossiersContext>({
    name: 'dossiers',
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
    port: config.PORT,
    identitySecret: config.IDENTITY_SECRET,
    development: config.NODE_ENV === 'development',
    logger,
    context: (base) => ({
      ...base,
      deps,
      loaders: createLoaders(database.db),
      dueSoonHours: config.DUE_SOON_HOURS,
      links: {
        maxUploadBytes: config.MAX_UPLOAD_BYTES,
        uploadUrl: (identity) => ({
          url: `${baseUrl}/files?ticket=${link(identity, 'upload')}`,
          expiresAt: new Date(Date.now() + LINK_SECONDS * 1000),
        }),
        formUrl: (identity, code, kind) =>
          `${baseUrl}/dossiers/${encodeURIComponent(code)}/forms/${kind}.pdf?ticket=${link(identity, `form:${code}`)}`,
        documentUrl: (identity, code, verificationCode) =>
          `${baseUrl}/dossiers/${encodeURIComponent(code)}/issued/${verificationCode}.pdf?ticket=${link(identity, `document:${code}`)}`,
        resultUrl: (identity, code) =>
          `${baseUrl}/dossiers/${encodeURIComponent(code)}/result?ticket=${link(identity, `document:${code}`)}`,
      },
    }),
    health: async () => ({ database: await database.ping(), events: await relayHealth() }),
    progress: () => progress,
    routes: (app) => {
      fileRoutes({
        db: database.db,
        identitySecret: config.IDENTITY_SECRET,
        folder: config.ATTACHMENTS_DIR,
        maxBytes: config.MAX_UPLOAD_BYTES,
        quotaBytes: config.ACCOUNT_UPLOAD_QUOTA_BYTES,
        logger,
        source: config.INSTANCE_NAME,
        verifyUrl: config.VERIFY_URL,
      })(app);
      if (provider) paymentRoutes(deps, provider, logger)(app);
      importRoute(deps, config.IDENTITY_SECRET, logger)(app);
    },
  });
  baseUrl = config.PUBLIC_URL ?? server.url.replace(/\/graphql$/, '');
  closers.push(server.stop);
  if (provider && config.PAYMENT_RECONCILE_INTERVAL_SECONDS > 0) {
    closers.push(
      startPeriodicTask(
        'payment reconciliation',
        config.PAYMENT_RECONCILE_INTERVAL_SECONDS,
        async () => {
          const counts = await reconcilePayments(
            deps,
            config.PAYMENT_RECONCILE_AFTER_SECONDS,
            config.PAYMENT_EXPIRE_AFTER_SECONDS,
          );
          if (counts.checked > 0) logger.info(counts, 'pending payments reconciled');
        },
        logger,
      ),
    );
  }
  closers.push(
    startPeriodicTask(
      'heartbeat',
      config.HEARTBEAT_SECONDS,
      () => emitHeartbeat(database.db, config.INSTANCE_NAME, config.SERVED_UNITS, deps.now()),
      logger,
      { runAtStart: true },
    ),
  );
  closers.push(
    startPeriodicTask('heartbeat pruning', 3600, () => pruneHeartbeats(database.db, deps.now()), logger),
  );
  closers.push(
    startPeriodicTask(
      'unattached uploads and old tracking attempts sweep',
      3600,
      async () => {
        const removed = await sweepUnattachedFiles(database.db, config.ATTACHMENTS_DIR, deps.now());
        if (removed > 0) logger.info({ removed }, 'uploads never attached to a dossier removed');
        await pruneTrackingAttempts(database.db, deps.now());
      },
      logger,
    ),
  );
  if (config.DEADLINE_WARNING_INTERVAL_SECONDS > 0) {
    closers.push(
      startPeriodicTask(
        'deadline warning sweep',
        config.DEADLINE_WARNING_INTERVAL_SECONDS,
        async () => {
          const warned = await warnApproachingDeadlines(deps, config.DUE_SOON_HOURS);
          if (warned > 0) logger.info({ warned }, 'officers warned of approaching deadlines');
        },
        logger,
      ),
    );
  }
  if (config.DEMO_DOSSIERS)
    void loadDemoWhenCatalogueAnswers(
      deps,
      logger,
      config.DEMO_HISTORY_FILE,
      config.ATTACHMENTS_DIR,
      progress,
    );
  return {
    url: server.url,
    port: server.port,
    stop: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}
