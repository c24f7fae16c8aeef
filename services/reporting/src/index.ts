export { loadReportingConfig, type ReportingConfig } from './config';
export { migrationsFolder, openReportingDatabase } from './db';
export { ARTICLE_FIGURES, laiVung2019History } from './demo/lai-vung-2019';
export { applyEvent, rebuildProjections } from './projections/project';
export { startReporting } from './service';
