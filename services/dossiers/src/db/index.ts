import { createDatabase, type Database } from '@dvc/database';
import * as schema from './schema';

export type DossiersDatabase = Database<typeof schema>;

export function openDossiersDatabase(url: string, poolSize: number) {
  return createDatabase(url, schema, poolSize);
}

export const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname;
