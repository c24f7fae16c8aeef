export { DossiersRouter, type PathOf } from './dossiers-router';
export {
  agencyOfDossierCode,
  DEFAULT_INSTANCE,
  type DossiersInstance,
  DossiersRegistry,
  type RegistryFile,
} from './registry';
export { registryStatus } from './status';
export { catalogueUnitPaths } from './unit-paths';
