import type { RequestContextBase } from '@dvc/service-kit';
import type { UnitDirectory } from './catalogue/units';
import type { ReportingConfig } from './config';
import type { ReportingDatabase } from './db';
import type { ExportSigner } from './exports/links';
import type { Loaders } from './loaders';

export type ReportingContext = RequestContextBase & {
  db: ReportingDatabase;
  loaders: Loaders;
  units: UnitDirectory;
  exports: ExportSigner;
  config: Pick<ReportingConfig, 'RATING_CHANGE_DAYS'>;
};
