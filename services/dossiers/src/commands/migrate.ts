import { runMigrations } from '@dvc/database';
import { runMain } from '@dvc/service-kit';
import { loadDossiersConfig } from '../config';
import { migrationsFolder } from '../db';

runMain(async () => {
  const config = loadDossiersConfig();
  await runMigrations(config.DATABASE_URL, migrationsFolder);
  console.log('dossiers: migrations applied');
});
