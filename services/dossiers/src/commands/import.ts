import { readFile } from 'node:fs/promises';
import { runMain } from '@dvc/service-kit';
import { createCatalogueClient } from '../catalogue';
import { loadDossiersConfig } from '../config';
import { openDossiersDatabase } from '../db';
import { importLegacyDossiers } from '../import/legacy';

/** `npm run import -w @dvc/dossiers -- history.ndjson` (or .csv): prints the report as JSON. */
runMain(async () => {
  const file = process.argv[2];
  if (!file) throw new Error('usage: import <file.ndjson|file.csv>');
  const config = loadDossiersConfig();
  const database = openDossiersDatabase(config.DATABASE_URL, 2);
  const catalogue = createCatalogueClient({
    url: config.CATALOGUE_URL,
    identitySecret: config.IDENTITY_SECRET,
  });
  try {
    const report = await importLegacyDossiers(
      {
        db: database.db,
        catalogue,
        source: config.INSTANCE_NAME,
        supplementPolicy: config.SUPPLEMENT_POLICY,
        now: () => new Date(),
      },
      await readFile(file, 'utf8'),
      file.toLowerCase().endsWith('.csv') ? 'CSV' : 'NDJSON',
    );
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await database.close();
  }
});
