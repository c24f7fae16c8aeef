import { createTestDatabase, TEST_IDENTITY_SECRET, testRedisUrl, uniquePrefix } from '@dvc/test-fixtures';
import { loadNotificationsConfig } from '../src/config';
import { openNotificationsDatabase } from '../src/db';
import { startNotifications } from '../src/service';

export const CALLBACK_SECRET = 'callback-secret-of-at-least-32-characters!';

/** The service on a fresh database, with Redis under a prefix of its own and the fake providers. */
export async function startTestService(env: Record<string, string> = {}) {
  const url = await createTestDatabase('notifications');
  const prefix = uniquePrefix();
  const redisUrl = env.REDIS_URL ?? testRedisUrl();
  const database = openNotificationsDatabase(url, 4);
  const service = await startNotifications(
    loadNotificationsConfig({
      NODE_ENV: 'development',
      DATABASE_URL: url,
      IDENTITY_SECRET: TEST_IDENTITY_SECRET,
      PORT: '0',
      LOG_LEVEL: 'silent',
      REDIS_URL: redisUrl,
      BULLMQ_PREFIX: prefix,
      CALLBACK_SECRET,
      // Nothing listens there: until the dossiers service offers dossierContact, contact lookups fail.
      DOSSIERS_URL: 'http://127.0.0.1:9/graphql',
      ...env,
    }),
  );
  const origin = service.url.replace(/\/graphql$/, '');
  return {
    service,
    database,
    prefix,
    redisUrl,
    origin,
    stop: async () => {
      await service.stop();
      await database.close();
    },
  };
}
