export { routingDeclarations } from './declarations';
export { DossiersRouter } from './dossiers-router';
export type { PathOf } from './owners';
export { registryStatus } from './status';
export { catalogueUnitPaths } from './unit-paths';
