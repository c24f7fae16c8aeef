export { importIntoRunningService } from './admin/import-client';
export { type CatalogueClient, createCatalogueClient } from './catalogue';
export { type DossiersConfig, loadDossiersConfig } from './config';
export { migrationsFolder, openDossiersDatabase } from './db';
export { type MoveUnitResult, moveUnit } from './move/move-unit';
export { type FakeOutcome, startFakePaymentProvider } from './payments/fake-provider';
export { loadDemoDossiers } from './seed/demo-dossiers';
export { sampleFormData } from './seed/sample-form';
export { startDossiers } from './service';
