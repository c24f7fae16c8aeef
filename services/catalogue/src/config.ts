import { loadConfig, portFromEnv, subgraphEnv } from '@dvc/service-kit';
import { z } from 'zod';

const catalogueEnv = z.object({ ...subgraphEnv, PORT: portFromEnv(4001) });

export type CatalogueConfig = z.infer<typeof catalogueEnv>;

export const loadCatalogueConfig = (env: NodeJS.ProcessEnv = process.env): CatalogueConfig =>
  loadConfig('catalogue', catalogueEnv, env);
