import {
  createLogger,
  createSubgraphServer,
  type Logger,
  loadSchemaFile,
  todayInVietnam,
} from '@dvc/service-kit';
import type { CatalogueConfig } from './config';
import type { CatalogueContext } from './context';
import { openCatalogueDatabase } from './db';
import { formRoutes } from './http/routes';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export type RunningService = { url: string; port: number; stop: () => Promise<void> };

export async function startCatalogue(
  config: CatalogueConfig,
  logger: Logger = createLogger('catalogue', config.LOG_LEVEL),
): Promise<RunningService> {
  const database = openCatalogueDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  let publicUrl = config.PUBLIC_URL?.replace(/\/+$/, '') ?? '';
  const server = await createSubgraphServer<CatalogueContext>({
    name: 'catalogue',
    typeDefs: loadSchemaFile(new URL('./schema.graphql', import.meta.url)),
    resolvers,
    port: config.PORT,
    identitySecret: config.IDENTITY_SECRET,
    development: config.NODE_ENV === 'development',
    logger,
    context: (base) => ({
      ...base,
      db: database.db,
      loaders: createLoaders(database.db),
      today: todayInVietnam(),
      publicUrl,
    }),
    routes: formRoutes(database.db, logger),
    health: async () => ({ database: await database.ping() }),
  });
  // Known only once listening when PORT is 0 (tests).
  publicUrl ||= `http://localhost:${server.port}`;
  return {
    url: server.url,
    port: server.port,
    stop: async () => {
      await server.stop();
      await database.close();
    },
  };
}
