import * as catalogue from '@dvc/catalogue';
import { runMigrations } from '@dvc/database';
import { createServersSetup } from '@dvc/test-fixtures';
import { migrationsFolder } from '../src/db';

export default createServersSetup({
  dossiers: (url) => runMigrations(url, migrationsFolder),
  catalogue: async (url) => {
    await runMigrations(url, catalogue.migrationsFolder);
    const database = catalogue.openCatalogueDatabase(url, 1);
    await catalogue.loadReferenceData(database.db).finally(database.close);
  },
});
