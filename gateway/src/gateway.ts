import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { DossiersRegistry } from '@dvc/contracts';
import { REQUEST_ID_HEADER } from '@dvc/identity';
import { createLogger, type Logger, listen } from '@dvc/service-kit';
import express from 'express';
import { createAuthenticator, InvalidToken } from './auth';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { catalogueUnitPaths, DossiersRouter, registryStatus, routingDeclarations } from './dossiers-routing';
import { explorerRoutes } from './explorer';
import { createErrorFormatter } from './format-error';
import { federationHealth } from './health';
import { queryLimits } from './query-limits';
import { SubgraphDataSource } from './subgraph-data-source';
import { webApp } from './web-app';

export type RunningGateway = { url: string; port: number; stop: () => Promise<void> };

/** A client-chosen request id is kept when it looks like one, so that a support call can quote it. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway', config.LOG_LEVEL),
): Promise<RunningGateway> {
  const dataSource = (name: string, url: string) =>
    new SubgraphDataSource({
      name,
      url,
      identitySecret: config.IDENTITY_SECRET,
      timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      logger,
    });
  const registry = config.DOSSIERS_REGISTRY
    ? DossiersRegistry.fromFile(config.DOSSIERS_REGISTRY)
    : DossiersRegistry.single(config.subgraphUrls.dossiers as string);
  const stopWatching = registry.watch((result) =>
    result.ok
      ? logger.info('dossiers registry reloaded')
      : logger.error({ error: result.error }, 'dossiers registry not reloaded: the file is invalid'),
  );
  // One data source per instance URL, kept across registry reloads.
  const instanceSources = new Map<string, SubgraphDataSource>();
  const unitPaths = catalogueUnitPaths({
    url: config.subgraphUrls.catalogue as string,
    identitySecret: config.IDENTITY_SECRET,
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  });
  const supergraphSdl = readFileSync(config.SUPERGRAPH_PATH, 'utf8');
  const routing = routingDeclarations(supergraphSdl);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      if (name !== 'dossiers') return dataSource(name, config.subgraphUrls[name] ?? (url as string));
      return new DossiersRouter(
        registry,
        routing,
        (instance, options) => {
          const source = instanceSources.get(instance.url) ?? dataSource('dossiers', instance.url);
          instanceSources.set(instance.url, source);
          return source.process(options);
        },
        unitPaths,
      );
    },
    logger,
  });
  const limits = queryLimits(config.development);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.explorer,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    // Apollo's own landing page loads the Sandbox from a CDN; the explorer is served from this process instead.
    plugins: [...limits.plugins, ApolloServerPluginLandingPageDisabled()],
    formatError: createErrorFormatter(logger),
  });
  await apollo.start();

  const authenticate = createAuthenticator(config);
  const app = express();
  app.disable('x-powered-by');
  // Behind the usual TLS proxy on the same host or private network, the caller is the one it names in
  // X-Forwarded-For; a public hop's header is not believed.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.get('/health', async (_req, res) => {
    res.json(await federationHealth(config.subgraphUrls, registry, config.SUBGRAPH_TIMEOUT_MS));
  });
  if (config.explorer) explorerRoutes(app);
  app.get('/registry', async (req, res) => {
    const identity = await authenticate(req.header('authorization')).catch(() => null);
    if (identity?.role !== 'ADMIN') {
      res.status(403).json({ error: 'Chỉ quản trị viên / Administrators only' });
      return;
    }
    res.json({ dossiers: await registryStatus(registry, config.SUBGRAPH_TIMEOUT_MS) });
  });
  app.use(
    '/graphql',
    async (req, res, next) => {
      const given = req.header(REQUEST_ID_HEADER);
      const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, requestId);
      res.locals.requestId = requestId;
      try {
        res.locals.identity = await authenticate(req.header('authorization'));
        next();
      } catch (error) {
        if (!(error instanceof InvalidToken)) return next(error);
        logger.info({ requestId, reason: error.message }, 'rejected token');
        res.status(401).json({
          errors: [
            {
              message:
                'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại / Invalid or expired token, please sign in again',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
      }
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        clientAddress: req.ip ?? null,
        identity: res.locals.identity,
        requestId: res.locals.requestId,
        logger: logger.child({ requestId: res.locals.requestId }),
      }),
    }),
  );

  // The web app (issue 13), after /graphql so that nothing of it shadows the API.
  app.use(webApp({ config, apollo, logger }));

  const listening = await listen(app, config.PORT);
  return {
    port: listening.port,
    url: listening.url,
    stop: async () => {
      stopWatching();
      await listening.close();
      await apollo.stop();
    },
  };
}
