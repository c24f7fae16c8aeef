import { createDatabase, type Database } from '@dvc/database';
import * as schema from './schema';

export type NotificationsDatabase = Database<typeof schema>;
/** The database or a transaction on it: data functions take either. */
export type Executor = Pick<NotificationsDatabase, 'select' | 'insert' | 'update'>;

export function openNotificationsDatabase(url: string, poolSize: number) {
  return createDatabase(url, schema, poolSize);
}

export const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname;
