import { runMigrations } from '@dvc/database';
import { runMain } from '@dvc/service-kit';
import { loadReportingConfig } from '../config';
import { migrationsFolder } from '../db';

runMain(async () => {
  const config = loadReportingConfig();
  await runMigrations(config.DATABASE_URL, migrationsFolder);
  console.log('reporting: migrations applied');
});
