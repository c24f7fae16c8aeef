import * as catalogue from '@dvc/catalogue';
import { runMigrations } from '@dvc/database';
import * as dossiers from '@dvc/dossiers';
import * as notifications from '@dvc/notifications';
import * as reporting from '@dvc/reporting';
import { createServersSetup } from '@dvc/test-fixtures';

export default createServersSetup({
  catalogue: async (url) => {
    await runMigrations(url, catalogue.migrationsFolder);
    const database = catalogue.openCatalogueDatabase(url, 1);
    await catalogue.loadReferenceData(database.db).finally(database.close);
  },
  dossiers: (url) => runMigrations(url, dossiers.migrationsFolder),
  reporting: (url) => runMigrations(url, reporting.migrationsFolder),
  notifications: (url) => runMigrations(url, notifications.migrationsFolder),
});
