export { DossiersRouter } from './dossiers-router';
export {
  agencyOfDossierCode,
  DEFAULT_INSTANCE,
  type DossiersInstance,
  DossiersRegistry,
  type RegistryFile,
} from './registry';
export { registryStatus } from './status';
