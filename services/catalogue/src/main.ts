import { createLogger, onShutdown, runMain } from '@dvc/service-kit';
import { loadCatalogueConfig } from './config';
import { startCatalogue } from './service';

// Recognisable in `ps` and `top` among the other node processes.
process.title = 'dvc-catalogue';

runMain(async () => {
  const config = loadCatalogueConfig();
  const logger = createLogger('catalogue', config.LOG_LEVEL);
  const service = await startCatalogue(config, logger);
  onShutdown(logger, [service.stop]);
  logger.info({ url: service.url }, 'catalogue ready');
});
