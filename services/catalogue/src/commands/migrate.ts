import { runMigrations } from '@dvc/database';
import { runMain } from '@dvc/service-kit';
import { loadCatalogueConfig } from '../config';
import { migrationsFolder } from '../db';

runMain(async () => {
  const config = loadCatalogueConfig();
  await runMigrations(config.DATABASE_URL, migrationsFolder);
  console.log('catalogue: migrations applied');
});
