import { resolve } from 'node:path';
import { importIntoRunningService } from '@dvc/dossiers';
import { runMain } from '@dvc/service-kit';
import { loadEmbeddedConfig } from '../config';
import { installationSecrets } from '../secrets';

/**
 * `npm run import -- history.ndjson` (or .csv, relative to the repository root): a legacy history loaded into the
 * running `npm start` installation.
 * Its dossiers service holds its embedded database (PGlite serves one connection), so the service imports the file
 * itself; this command finds it from the same PORT and DATA_DIR as `npm start`, and signs with the installation's
 * secret. Prints the import's report as JSON.
 */
runMain(async () => {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run import -- <file.ndjson|file.csv> (while npm start runs)');
  const config = loadEmbeddedConfig();
  const url = `http://localhost:${config.PORT + 2}`;
  const report = await importIntoRunningService({
    url,
    identitySecret: installationSecrets(config.DATA_DIR).identitySecret,
    file: resolve(file),
  }).catch((error: Error) => {
    throw new Error(
      `${error.message}\nIs npm start running (PORT=${config.PORT}, DATA_DIR=${config.DATA_DIR})?`,
    );
  });
  console.log(JSON.stringify(report, null, 2));
});
