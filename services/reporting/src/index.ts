export { loadReportingConfig, type ReportingConfig } from './config';
export { migrationsFolder, openReportingDatabase } from './db';
export { applyEvent, rebuildProjections } from './projections/project';
export { startReporting } from './service';
