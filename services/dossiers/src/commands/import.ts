import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runMain } from '@dvc/service-kit';
import { importIntoRunningService } from '../admin/import-client';
import { createCatalogueClient } from '../catalogue';
import { loadDossiersConfig } from '../config';
import { openDossiersDatabase } from '../db';
import { importLegacyDossiers } from '../import/legacy';

const USAGE =
  'usage: npm run import -w @dvc/dossiers -- [--url http://<dossiers service>:4002] <file.ndjson|file.csv>';

/**
 * Prints the import's report as JSON. With --url the running service imports the file (IDENTITY_SECRET signs the
 * request as an administrator); without it, this command opens DATABASE_URL itself, the service being stopped or
 * on a server PostgreSQL that takes more connections.
 */
runMain(async () => {
  const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new Error(USAGE);
  if (values.url) {
    const identitySecret = process.env.IDENTITY_SECRET;
    if (!identitySecret)
      throw new Error('IDENTITY_SECRET is not set: the running service trusts only signed requests');
    console.log(
      JSON.stringify(await importIntoRunningService({ url: values.url, identitySecret, file }), null, 2),
    );
    return;
  }
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
