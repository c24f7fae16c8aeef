import { createDatabase, type Database } from '@dvc/database';
import * as schema from './schema';

export type NotificationsDatabase = Database<typeof schema>;

export function openNotificationsDatabase(url: string, poolSize: number) {
  return createDatabase(url, schema, poolSize);
}

export const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname;
