import type { RequestContextBase } from '@dvc/service-kit';
import type { CatalogueDatabase } from './db';
import type { Loaders } from './loaders';

export type CatalogueContext = RequestContextBase & {
  db: CatalogueDatabase;
  loaders: Loaders;
  today: string;
  /** Base of the links this service hands out to its own HTTP routes, without a trailing slash. */
  publicUrl: string;
};
