import { runMain } from '@dvc/service-kit';
import { loadReportingConfig } from '../config';
import { openReportingDatabase } from '../db';
import { rebuildProjections } from '../projections/project';

/** Rebuilds every projection from reporting's own event log (`npm run rebuild -w @dvc/reporting`). */
runMain(async () => {
  const config = loadReportingConfig();
  const database = openReportingDatabase(config.DATABASE_URL, 1);
  try {
    const rebuilt = await rebuildProjections(database.db);
    console.log(`reporting: rebuilt from ${rebuilt?.events} events of ${rebuilt?.dossiers} dossiers`);
  } finally {
    await database.close();
  }
});
