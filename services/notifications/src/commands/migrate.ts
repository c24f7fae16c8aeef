import { runMigrations } from '@dvc/database';
import { runMain } from '@dvc/service-kit';
import { loadNotificationsConfig } from '../config';
import { migrationsFolder } from '../db';

runMain(async () => {
  const config = loadNotificationsConfig();
  await runMigrations(config.DATABASE_URL, migrationsFolder);
  console.log('notifications: migrations applied');
});
