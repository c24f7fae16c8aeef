import { runMigrations } from '@dvc/database';
import { createServersSetup } from '@dvc/test-fixtures';
import { migrationsFolder, openCatalogueDatabase } from '../src/db';
import { loadReferenceData } from '../src/seed/reference-data';

export default createServersSetup({
  catalogue: async (url) => {
    await runMigrations(url, migrationsFolder);
    const database = openCatalogueDatabase(url, 1);
    await loadReferenceData(database.db).finally(database.close);
  },
});
