export { DossiersRouter, type PathOf } from './dossiers-router';
export { registryStatus } from './status';
export { catalogueUnitPaths } from './unit-paths';
