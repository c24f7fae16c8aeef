import { booleanFromEnv, loadConfig, portFromEnv } from '@dvc/service-kit';
import { z } from 'zod';

/** Accepted only in development, so that `npm start` and `npm run token` work with nothing configured. */
export const DEVELOPMENT_JWT_SECRET = 'development-only-jwt-secret-never-use-in-production';

/** The issuer `npm run token` names unless JWT_ISSUER says otherwise. */
export const DEVELOPMENT_JWT_ISSUER = 'dvc-dev-issuer';

const subgraphUrl = (fallback: string) => z.url({ error: 'must be an http(s) URL' }).default(fallback);

const gatewayEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PORT: portFromEnv(4000),
    IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
    /** HS256 shared secret of the identity provider; or JWT_JWKS_URL for asymmetric keys. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_JWKS_URL: z.url().optional(),
    /** Algorithms accepted with JWT_JWKS_URL; never "none", never left to the token to choose. */
    JWT_ALGORITHMS: z
      .string()
      .default('RS256,ES256')
      .transform((value) => value.split(',').map((algorithm) => algorithm.trim())),
    JWT_ISSUER: z.string().min(1).default(DEVELOPMENT_JWT_ISSUER),
    JWT_AUDIENCE: z.string().min(1).default('dvc-gateway'),
    SUPERGRAPH_PATH: z.string().default(new URL('../supergraph.graphql', import.meta.url).pathname),
    CATALOGUE_URL: subgraphUrl('http://localhost:4001/graphql'),
    DOSSIERS_URL: subgraphUrl('http://localhost:4002/graphql'),
    REPORTING_URL: subgraphUrl('http://localhost:4003/graphql'),
    NOTIFICATIONS_URL: subgraphUrl('http://localhost:4004/graphql'),
    /**
     * Which dossiers instance serves which unit (JSON, see README "A commune runs its own dossiers service");
     * reloaded when it changes. Unset: DOSSIERS_URL serves every unit.
     */
    DOSSIERS_REGISTRY: z.string().min(1).optional(),
    /** Every subgraph call is cut off after this; a hanging subgraph costs its fields, not the whole answer. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
    /** The built web app (web/dist) served at /; unset: the one built in this repository. */
    WEB_APP_DIR: z
      .string()
      .min(1)
      .default(new URL('../../web/dist', import.meta.url).pathname),
    /** The web app's client id at the identity provider (JWT_ISSUER), for its OpenID Connect sign-in. */
    OIDC_CLIENT_ID: z.string().min(1).default('dvc-web'),
    /** Introspection and the Sandbox page; on by default in development only. */
    GRAPHQL_EXPLORER: booleanFromEnv(false),
  })
  .transform((env, ctx) => {
    const development = env.NODE_ENV !== 'production';
    let jwtSecret = env.JWT_SECRET;
    if (!jwtSecret && !env.JWT_JWKS_URL) {
      if (!development) {
        ctx.addIssue({
          code: 'custom',
          path: ['JWT_SECRET'],
          message: 'or JWT_JWKS_URL is required in production',
        });
      }
      jwtSecret = DEVELOPMENT_JWT_SECRET;
    }
    return {
      ...env,
      development,
      jwtSecret,
      explorer: env.GRAPHQL_EXPLORER || env.NODE_ENV === 'development',
      subgraphUrls: {
        catalogue: env.CATALOGUE_URL,
        dossiers: env.DOSSIERS_URL,
        reporting: env.REPORTING_URL,
        notifications: env.NOTIFICATIONS_URL,
      } as Record<string, string>,
    };
  });

export type GatewayConfig = z.output<typeof gatewayEnv>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // @apollo/gateway reports anonymous usage unless told not to; a public-sector deployment must not.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return loadConfig('gateway', gatewayEnv, env);
}
