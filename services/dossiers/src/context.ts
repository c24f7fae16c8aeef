import type { RequestContextBase } from '@dvc/service-kit';
import type { DossiersDatabase } from './db';
import type { Loaders } from './loaders';

export type DossiersContext = RequestContextBase & { db: DossiersDatabase; loaders: Loaders };
