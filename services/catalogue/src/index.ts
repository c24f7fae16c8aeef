export { type CatalogueConfig, loadCatalogueConfig } from './config';
export { migrationsFolder, openCatalogueDatabase } from './db';
export { UNITS as REFERENCE_UNITS } from './reference-data/units';
export { loadReferenceData } from './seed/reference-data';
export { startCatalogue } from './service';
