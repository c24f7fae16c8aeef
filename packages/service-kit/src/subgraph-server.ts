import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { expressMiddleware } from '@as-integrations/express5';
import {
  IDENTITY_HEADER,
  IDENTITY_SIGNATURE_HEADER,
  type Identity,
  IdentityRejected,
  REQUEST_ID_HEADER,
  verifyIdentity,
} from '@dvc/identity';
import express, { type Express, type Request } from 'express';
import type { DocumentNode } from 'graphql';
import { isUserError } from './errors';
import { listen } from './listen';
import type { Logger } from './logger';

/** The caller's network address as the gateway saw it, for limits per client (wrong answers when tracking). */
export const CLIENT_ADDRESS_HEADER = 'x-dvc-client-address';

export type RequestContextBase = {
  identity: Identity;
  requestId: string;
  logger: Logger;
  /** Null when the request did not come with one (a service calling directly, a test). */
  clientAddress: string | null;
};

type HealthCheck = () => Promise<Record<string, string>>;

export type SubgraphServerOptions<Context extends RequestContextBase> = {
  name: string;
  typeDefs: DocumentNode;
  // biome-ignore lint/suspicious/noExplicitAny: resolver maps are checked per type in each service
  resolvers: GraphQLResolverMap<any>;
  port: number;
  host?: string;
  identitySecret: string;
  /** Introspection and detailed validation messages, for development only. */
  development: boolean;
  logger: Logger;
  /** Builds the per-request context: DataLoaders live here so that they never outlive one request. */
  context: (base: RequestContextBase) => Context;
  /** Readiness of what this service depends on; any value other than "ok" turns /health into a 503. */
  health: HealthCheck;
  /** Work under way that does not make the service unready (a background import), shown in /health. */
  progress?: () => Record<string, unknown>;
  /** Extra HTTP routes (file downloads, provider callbacks); mounted before the GraphQL route. */
  routes?: (app: Express) => void;
};

export type SubgraphServer = { url: string; port: number; stop: () => Promise<void> };

/**
 * One way to serve a subgraph: express, `/health`, and `/graphql` behind the gateway's identity signature.
 * Errors that are not deliberate user errors are logged with their detail and reach the client masked.
 */
export async function createSubgraphServer<Context extends RequestContextBase>(
  options: SubgraphServerOptions<Context>,
): Promise<SubgraphServer> {
  const { logger } = options;
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers }),
    introspection: options.development,
    includeStacktraceInErrorResponses: false,
    // Traces are for Apollo's hosted usage reporting, which a public-sector deployment does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) => {
      const original = unwrapResolverError(error);
      if (isUserError(original)) return formatted;
      const code = formatted.extensions?.code;
      // Parse and validation errors describe the client's own query; they carry no internals.
      if (
        code === 'GRAPHQL_PARSE_FAILED' ||
        code === 'GRAPHQL_VALIDATION_FAILED' ||
        code === 'BAD_USER_INPUT'
      ) {
        return formatted;
      }
      logger.error({ err: original, path: formatted.path }, 'internal error in resolver');
      return {
        message: 'Lỗi hệ thống, vui lòng thử lại sau / Internal error, please try again later',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const checks = await options.health().catch((error: unknown) => ({ health: String(error) }));
    const ok = Object.values(checks).every((value) => value === 'ok');
    const progress = options.progress?.();
    res.status(ok ? 200 : 503).json({
      service: options.name,
      status: ok ? 'ok' : 'degraded',
      checks,
      ...(progress ? { progress } : {}),
    });
  });
  options.routes?.(app);

  const identityOf = (req: Request): Identity =>
    verifyIdentity(
      req.header(IDENTITY_HEADER),
      req.header(IDENTITY_SIGNATURE_HEADER),
      options.identitySecret,
    );

  app.use(
    '/graphql',
    (req, res, next) => {
      try {
        res.locals.identity = identityOf(req);
        next();
      } catch (error) {
        if (!(error instanceof IdentityRejected)) throw error;
        logger.warn({ reason: error.message, ip: req.ip }, 'request without a valid gateway signature');
        res.status(401).json({
          errors: [
            {
              message: 'Yêu cầu phải đi qua cổng API (gateway) / Requests must come through the gateway',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
      }
    },
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
        return options.context({
          identity: res.locals.identity as Identity,
          requestId,
          logger: logger.child({ requestId }),
          clientAddress: req.header(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || null,
        });
      },
    }),
  );

  const listening = await listen(app, options.port, options.host);
  return {
    port: listening.port,
    url: listening.url,
    stop: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}
