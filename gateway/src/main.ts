import { createLogger, onShutdown, runMain } from '@dvc/service-kit';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

// Recognisable in `ps` and `top` among the other node processes.
process.title = 'dvc-gateway';

runMain(async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const gateway = await startGateway(config, logger);
  onShutdown(logger, [gateway.stop]);
  logger.info({ url: gateway.url }, 'gateway ready');
});
