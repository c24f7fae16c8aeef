import { createLogger, onShutdown, runMain } from '@dvc/service-kit';
import { loadNotificationsConfig } from './config';
import { startNotifications } from './service';

// Recognisable in `ps` and `top` among the other node processes.
process.title = 'dvc-notifications';

runMain(async () => {
  const config = loadNotificationsConfig();
  const logger = createLogger('notifications', config.LOG_LEVEL);
  const service = await startNotifications(config, logger);
  onShutdown(logger, [service.stop]);
  logger.info({ url: service.url }, 'notifications ready');
});
