import * as catalogue from '@dvc/catalogue';
import { runMigrations } from '@dvc/database';
import { createServersSetup } from '@dvc/test-fixtures';
import { migrationsFolder } from '../src/db';

export default createServersSetup({
  reporting: (url) => runMigrations(url, migrationsFolder),
  // The unit hierarchy comes from the real catalogue, as in production.
  catalogue: async (url) => {
    await runMigrations(url, catalogue.migrationsFolder);
    const database = catalogue.openCatalogueDatabase(url, 1);
    await catalogue.loadReferenceData(database.db).finally(database.close);
  },
});
