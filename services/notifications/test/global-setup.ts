import * as catalogue from '@dvc/catalogue';
import { runMigrations } from '@dvc/database';
import * as dossiers from '@dvc/dossiers';
import { createServersSetup } from '@dvc/test-fixtures';
import { migrationsFolder } from '../src/db';

/** The real catalogue and dossiers services take part in the end-to-end tests: contacts come from dossierContact. */
export default createServersSetup({
  notifications: (url) => runMigrations(url, migrationsFolder),
  catalogue: async (url) => {
    await runMigrations(url, catalogue.migrationsFolder);
    const database = catalogue.openCatalogueDatabase(url, 1);
    await catalogue.loadReferenceData(database.db).finally(database.close);
  },
  dossiers: (url) => runMigrations(url, dossiers.migrationsFolder),
});
