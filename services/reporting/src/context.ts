import type { RequestContextBase } from '@dvc/service-kit';
import type { ReportingDatabase } from './db';
import type { Loaders } from './loaders';

export type ReportingContext = RequestContextBase & { db: ReportingDatabase; loaders: Loaders };
