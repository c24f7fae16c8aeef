export { type CatalogueConfig, loadCatalogueConfig } from './config';
export { migrationsFolder, openCatalogueDatabase } from './db';
export { REFERENCE_UNITS } from './reference-data';
export { loadReferenceData } from './seed/reference-data';
export { startCatalogue } from './service';
