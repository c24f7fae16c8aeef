export { loadReportingConfig, type ReportingConfig } from './config';
export { migrationsFolder, openReportingDatabase } from './db';
export { startReporting } from './service';
