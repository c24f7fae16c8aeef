import { createLogger, onShutdown, runMain } from '@dvc/service-kit';
import { loadDossiersConfig } from './config';
import { startDossiers } from './service';

runMain(async () => {
  const config = loadDossiersConfig();
  // Recognisable in `ps`: a commune's instance is named after its units (dvc-dossiers-30226), to stop just that one.
  process.title = config.SERVED_UNITS ? `dvc-dossiers-${[...config.SERVED_UNITS].join('-')}` : 'dvc-dossiers';
  const logger = createLogger('dossiers', config.LOG_LEVEL);
  const service = await startDossiers(config, logger);
  onShutdown(logger, [service.stop]);
  logger.info({ url: service.url }, 'dossiers ready');
});
