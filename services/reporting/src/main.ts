import { createLogger, onShutdown, runMain } from '@dvc/service-kit';
import { loadReportingConfig } from './config';
import { startReporting } from './service';

// Recognisable in `ps` and `top` among the other node processes.
process.title = 'dvc-reporting';

runMain(async () => {
  const config = loadReportingConfig();
  const logger = createLogger('reporting', config.LOG_LEVEL);
  const service = await startReporting(config, logger);
  onShutdown(logger, [service.stop]);
  logger.info({ url: service.url }, 'reporting ready');
});
