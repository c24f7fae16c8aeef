import { isDossierEvent, redisConnection, startEventConsumer } from '@dvc/contracts';
import { createLogger, createSubgraphServer, type Logger, loadSchemaFile } from '@dvc/service-kit';
import { catalogueUnitDirectory, type UnitDirectory } from './catalogue/units';
import type { ReportingConfig } from './config';
import type { ReportingContext } from './context';
import { openReportingDatabase } from './db';
import { exportSigner } from './exports/links';
import { exportRoutes } from './exports/route';
import { createLoaders } from './loaders';
import { recordHeartbeat } from './projections/freshness';
import { applyEvent, rebuildProjections } from './projections/project';
import { resolvers } from './resolvers';

export type RunningService = { url: string; port: number; stop: () => Promise<void> };

export async function startReporting(
  config: ReportingConfig,
  logger: Logger = createLogger('reporting', config.LOG_LEVEL),
  options: { units?: UnitDirectory } = {},
): Promise<RunningService> {
  const database = openReportingDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const closers: Array<() => Promise<void>> = [database.close];
  const units =
    options.units ??
    catalogueUnitDirectory({
      url: config.CATALOGUE_URL,
      identitySecret: config.IDENTITY_SECRET,
      cacheSeconds: config.UNIT_CACHE_SECONDS,
    });

  // Figures counted under older rules are refolded from the event log before any new event is applied.
  const rebuilt = await rebuildProjections(database.db, { onlyIfOutdated: true });
  if (rebuilt && rebuilt.dossiers > 0)
    logger.info(rebuilt, 'projections rebuilt from the event log under the current counting rules');

  let consumerHealth = async () => 'not configured: REDIS_URL is not set, reports do not update';
  if (config.REDIS_URL) {
    const redis = redisConnection({ url: config.REDIS_URL, role: 'worker' });
    redis.on('error', () => {}); // the worker's own error listener reports outages
    const worker = startEventConsumer({
      consumer: 'reporting',
      connection: redis,
      prefix: config.BULLMQ_PREFIX,
      logger,
      handle: async (event) => {
        if (isDossierEvent(event)) await applyEvent(database.db, event);
        else await recordHeartbeat(database.db, event, new Date());
      },
    });
    closers.push(async () => {
      await worker.close();
      redis.disconnect();
    });
    consumerHealth = async () =>
      worker.isRunning() && redis.status === 'ready' ? 'ok' : `redis ${redis.status}`;
  } else {
    logger.warn('REDIS_URL is not set: reports will not receive new events');
  }

  // The link base is only known once the port is; the signer reads it when a link is made.
  let publicUrl = config.PUBLIC_URL ?? '';
  const signer = exportSigner(config.IDENTITY_SECRET, () => publicUrl);
  const server = await createSubgraphServer<ReportingContext>({
    name: 'reporting',
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
    port: config.PORT,
    identitySecret: config.IDENTITY_SECRET,
    development: config.NODE_ENV === 'development',
    logger,
    context: (base) => ({
      ...base,
      db: database.db,
      units,
      exports: signer,
      config: { RATING_CHANGE_DAYS: config.RATING_CHANGE_DAYS },
      loaders: createLoaders(database.db, units, base.identity, {
        now: new Date(),
        staleAfterSeconds: config.STALE_AFTER_SECONDS,
      }),
    }),
    health: async () => ({ database: await database.ping(), events: await consumerHealth() }),
    routes: exportRoutes(database.db, units, signer),
  });
  publicUrl ||= `http://localhost:${server.port}`;
  closers.push(server.stop);
  return {
    url: server.url,
    port: server.port,
    stop: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}
