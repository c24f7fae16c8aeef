import type { RequestContextBase } from '@dvc/service-kit';
import type { CatalogueDatabase } from './db';
import type { Loaders } from './loaders';

export type CatalogueContext = RequestContextBase & {
  db: CatalogueDatabase;
  loaders: Loaders;
  today: string;
};
