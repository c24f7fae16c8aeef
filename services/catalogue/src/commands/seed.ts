import { runMain } from '@dvc/service-kit';
import { loadCatalogueConfig } from '../config';
import { openCatalogueDatabase } from '../db';
import { loadReferenceData } from '../seed/reference-data';

runMain(async () => {
  const config = loadCatalogueConfig();
  const database = openCatalogueDatabase(config.DATABASE_URL, 1);
  try {
    const loaded = await loadReferenceData(database.db);
    console.log(
      `catalogue: reference data loaded (${loaded.units} unit versions, ${loaded.procedures} procedures, ` +
        `${loaded.forms} forms, ${loaded.calendarYears} calendar years, ${loaded.onlineApprovals} online approvals)`,
    );
  } finally {
    await database.close();
  }
});
