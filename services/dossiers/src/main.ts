import { createLogger, onShutdown, runMain } from '@dvc/service-kit';
import { loadDossiersConfig } from './config';
import { startDossiers } from './service';

runMain(async () => {
  const config = loadDossiersConfig();
  const logger = createLogger('dossiers', config.LOG_LEVEL);
  const service = await startDossiers(config, logger);
  onShutdown(logger, [service.stop]);
  logger.info({ url: service.url }, 'dossiers ready');
});
