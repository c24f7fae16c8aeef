import { redisConnection, startEventConsumer } from '@dvc/contracts';
import { createLogger, createSubgraphServer, type Logger, loadSchemaFile } from '@dvc/service-kit';
import type { ReportingConfig } from './config';
import type { ReportingContext } from './context';
import { openReportingDatabase } from './db';
import { createLoaders } from './loaders';
import { projectReceivedDaily } from './projections/received-daily';
import { resolvers } from './resolvers';

export type RunningService = { url: string; port: number; stop: () => Promise<void> };

export async function startReporting(
  config: ReportingConfig,
  logger: Logger = createLogger('reporting', config.LOG_LEVEL),
): Promise<RunningService> {
  const database = openReportingDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const closers: Array<() => Promise<void>> = [database.close];

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
        await projectReceivedDaily(database.db, event);
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

  const server = await createSubgraphServer<ReportingContext>({
    name: 'reporting',
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
    port: config.PORT,
    identitySecret: config.IDENTITY_SECRET,
    development: config.NODE_ENV === 'development',
    logger,
    context: (base) => ({ ...base, db: database.db, loaders: createLoaders(database.db) }),
    health: async () => ({ database: await database.ping(), events: await consumerHealth() }),
  });
  closers.push(server.stop);
  return {
    url: server.url,
    port: server.port,
    stop: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}
