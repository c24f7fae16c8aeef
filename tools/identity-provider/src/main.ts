import { createLogger, onShutdown, runMain } from '@dvc/service-kit';
import { loadIdentityProviderConfig } from './config';
import { startIdentityProvider } from './server';

runMain(async () => {
  const config = loadIdentityProviderConfig();
  const logger = createLogger('identity-provider', config.LOG_LEVEL);
  const running = await startIdentityProvider({
    port: config.PORT,
    ...(config.ISSUER ? { issuer: config.ISSUER } : {}),
    webOrigins: config.WEB_ORIGINS,
    audience: config.AUDIENCE,
    clientId: config.CLIENT_ID,
    listDemoAccounts: config.NODE_ENV === 'development',
  });
  onShutdown(logger, [running.stop]);
  logger.info({ issuer: running.issuer }, 'identity provider ready');
});
