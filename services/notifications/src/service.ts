import { createLogger, createSubgraphServer, type Logger, loadSchemaFile } from '@dvc/service-kit';
import type { NotificationsConfig } from './config';
import type { NotificationsContext } from './context';
import { openNotificationsDatabase } from './db';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export type RunningService = { url: string; port: number; stop: () => Promise<void> };

export async function startNotifications(
  config: NotificationsConfig,
  logger: Logger = createLogger('notifications', config.LOG_LEVEL),
): Promise<RunningService> {
  const database = openNotificationsDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const server = await createSubgraphServer<NotificationsContext>({
    name: 'notifications',
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
    port: config.PORT,
    identitySecret: config.IDENTITY_SECRET,
    development: config.NODE_ENV === 'development',
    logger,
    context: (base) => ({ ...base, db: database.db, loaders: createLoaders(database.db) }),
    health: async () => ({ database: await database.ping() }),
  });
  return {
    url: server.url,
    port: server.port,
    stop: async () => {
      await server.stop();
      await database.close();
    },
  };
}
