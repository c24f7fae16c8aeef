import { createDatabase, type Database } from '@dvc/database';
import * as schema from './schema';

export type ReportingDatabase = Database<typeof schema>;

export function openReportingDatabase(url: string, poolSize: number) {
  return createDatabase(url, schema, poolSize);
}

export const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname;
