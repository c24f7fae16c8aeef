import * as catalogue from '@dvc/catalogue';
import { runMigrations } from '@dvc/database';
import * as dossiers from '@dvc/dossiers';
import * as notifications from '@dvc/notifications';
import * as reporting from '@dvc/reporting';

export const SERVICES = ['catalogue', 'dossiers', 'reporting', 'notifications'] as const;
export type ServiceName = (typeof SERVICES)[number];

const MIGRATIONS: Record<ServiceName, string> = {
  catalogue: catalogue.migrationsFolder,
  dossiers: dossiers.migrationsFolder,
  reporting: reporting.migrationsFolder,
  notifications: notifications.migrationsFolder,
};

/**
 * Brings a service's embedded database up to date and loads what a first start needs: the catalogue's reference
 * data (the dossiers service loads its demonstration dossiers itself, once the catalogue answers). The loader
 * skips what is already there, so this runs on every start.
 */
export async function prepareDatabase(service: ServiceName, url: string): Promise<string | null> {
  await runMigrations(url, MIGRATIONS[service]);
  if (service === 'catalogue') {
    const database = catalogue.openCatalogueDatabase(url, 1);
    try {
      const loaded = await catalogue.loadReferenceData(database.db);
      return loaded.units + loaded.procedures > 0
        ? `${loaded.units} unit versions, ${loaded.procedures} procedures`
        : null;
    } finally {
      await database.close();
    }
  }
  return null;
}
