import { readFileSync } from 'node:fs';
import { EventPublisher, redisConnection, startEventConsumer } from '@dvc/contracts';
import { startOutboxRelay } from '@dvc/database';
import { createLogger, createSubgraphServer, type Logger, loadSchemaFile } from '@dvc/service-kit';
import { type CatalogueClient, createCatalogueClient } from './catalogue';
import type { DossiersConfig } from './config';
import type { DossiersContext } from './context';
import { openDossiersDatabase } from './db';
import { handlePostalDelivered } from './events/postal-delivered';
import { fileRoutes } from './files/routes';
import { signTicket } from './files/tickets';
import { importLegacyDossiers } from './import/legacy';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import type { RuleDeps } from './rules/deps';
import { loadDemoDossiers } from './seed/demo-dossiers';

export type RunningService = { url: string; port: number; stop: () => Promise<void> };

/** Links stay valid this long: enough to upload a scan on a slow line, short enough not to be shared around. */
const LINK_SECONDS = 10 * 60;

/** The catalogue may still be starting (the embedded mode starts every service at once): try for a minute. */
async function loadDemoWhenCatalogueAnswers(
  deps: RuleDeps,
  logger: Logger,
  historyFile: string | undefined,
): Promise<void> {
  for (let attempt = 1; attempt <= 60; attempt++) {
    try {
      const created = await loadDemoDossiers(deps.db, deps.source, deps.catalogue);
      if (created > 0) logger.info({ created }, 'demonstration dossiers recorded');
      if (historyFile) {
        const report = await importLegacyDossiers(deps, readFileSync(historyFile, 'utf8'), 'NDJSON');
        if (report.imported > 0 || report.rejected.length > 0) {
          logger.info(
            { imported: report.imported, skipped: report.skipped, rejected: report.rejected.slice(0, 5) },
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
  const deps: RuleDeps = {
    db: database.db,
    catalogue:
      options.catalogue ??
      createCatalogueClient({ url: config.CATALOGUE_URL, identitySecret: config.IDENTITY_SECRET }),
    source: config.INSTANCE_NAME,
    supplementPolicy: config.SUPPLEMENT_POLICY,
    servedUnits: config.SERVED_UNITS,
    now: options.now ?? (() => new Date()),
  };

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

  let baseUrl = '';
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
      },
    }),
    health: async () => ({ database: await database.ping(), events: await relayHealth() }),
    routes: fileRoutes({
      db: database.db,
      identitySecret: config.IDENTITY_SECRET,
      folder: config.ATTACHMENTS_DIR,
      maxBytes: config.MAX_UPLOAD_BYTES,
      logger,
    }),
  });
  baseUrl = config.PUBLIC_URL ?? server.url.replace(/\/graphql$/, '');
  closers.push(server.stop);
  if (config.DEMO_DOSSIERS) void loadDemoWhenCatalogueAnswers(deps, logger, config.DEMO_HISTORY_FILE);
  return {
    url: server.url,
    port: server.port,
    stop: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}
