import { runMain } from '@dvc/service-kit';
import { loadDossiersConfig } from '../config';
import { openDossiersDatabase } from '../db';
import { loadDemoDossiers } from '../seed/demo-dossiers';

runMain(async () => {
  const config = loadDossiersConfig();
  const database = openDossiersDatabase(config.DATABASE_URL, 1);
  try {
    const created = await loadDemoDossiers(database.db, config.INSTANCE_NAME);
    console.log(`dossiers: ${created} demo dossiers recorded`);
  } finally {
    await database.close();
  }
});
