import { EventPublisher, redisConnection } from '@dvc/contracts';
import { startOutboxRelay } from '@dvc/database';
import { createLogger, createSubgraphServer, type Logger, loadSchemaFile } from '@dvc/service-kit';
import type { DossiersConfig } from './config';
import type { DossiersContext } from './context';
import { openDossiersDatabase } from './db';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export type RunningService = { url: string; port: number; stop: () => Promise<void> };

export async function startDossiers(
  config: DossiersConfig,
  logger: Logger = createLogger('dossiers', config.LOG_LEVEL),
): Promise<RunningService> {
  const database = openDossiersDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const closers: Array<() => Promise<void>> = [database.close];

  let relayHealth = async () => 'not configured: REDIS_URL is not set, events wait in the outbox';
  if (config.REDIS_URL) {
    const redis = redisConnection({ url: config.REDIS_URL, role: 'producer' });
    redis.on('error', () => {}); // the relay reports an outage once; ioredis would log every retry
    const publisher = new EventPublisher(redis, config.BULLMQ_PREFIX);
    const relay = startOutboxRelay({ db: database.db, publisher, logger });
    closers.push(async () => {
      await relay.stop();
      await publisher.close();
      redis.disconnect();
    });
    relayHealth = async () => (redis.status === 'ready' ? 'ok' : `redis ${redis.status}`);
  } else {
    logger.warn('REDIS_URL is not set: dossier events wait in the outbox until Redis is configured');
  }

  const server = await createSubgraphServer<DossiersContext>({
    name: 'dossiers',
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
    port: config.PORT,
    identitySecret: config.IDENTITY_SECRET,
    development: config.NODE_ENV === 'development',
    logger,
    context: (base) => ({ ...base, db: database.db, loaders: createLoaders(database.db) }),
    health: async () => ({ database: await database.ping(), events: await relayHealth() }),
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
