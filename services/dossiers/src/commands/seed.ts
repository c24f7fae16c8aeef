import { runMain } from '@dvc/service-kit';
import { createCatalogueClient } from '../catalogue';
import { loadDossiersConfig } from '../config';
import { openDossiersDatabase } from '../db';
import { loadDemoDossiers } from '../seed/demo-dossiers';

runMain(async () => {
  const config = loadDossiersConfig();
  const database = openDossiersDatabase(config.DATABASE_URL, 1);
  const catalogue = createCatalogueClient({
    url: config.CATALOGUE_URL,
    identitySecret: config.IDENTITY_SECRET,
  });
  try {
    const created = await loadDemoDossiers(
      database.db,
      config.INSTANCE_NAME,
      catalogue,
      config.ATTACHMENTS_DIR,
    );
    console.log(`dossiers: ${created} demo dossiers recorded`);
  } finally {
    await database.close();
  }
});
