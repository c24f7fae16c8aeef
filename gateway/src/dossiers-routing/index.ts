export { DossiersRouter } from './dossiers-router';
export { registryStatus } from './status';
