import { loadConfig, nodeEnv, portFromEnv } from '@dvc/service-kit';
import { z } from 'zod';

/**
 * Accepted only with NODE_ENV=development, so that `npm start` and `npm run token` work with nothing configured; it
 * is written in the repository, so anyone could sign an ADMIN token with it.
 */
export const DEVELOPMENT_JWT_SECRET = 'development-only-jwt-secret-never-use-in-production';

/** The issuer `npm run token` names unless JWT_ISSUER says otherwise. */
export const DEVELOPMENT_JWT_ISSUER = 'dvc-dev-issuer';

const subgraphUrl = (fallback: string) => z.url({ error: 'must be an http(s) URL' }).default(fallback);

const gatewayEnv = z
  .object({
    /** Production unless told otherwise: a deployment that forgets it must not accept development tokens. */
    NODE_ENV: nodeEnv,
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
    /** Introspection and the explorer page (GraphiQL); on by default in development, only by this switch in production. */
    GRAPHQL_EXPLORER: z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'true' || value === '1')),
  })
  .transform((env, ctx) => {
    const development = env.NODE_ENV === 'development';
    let jwtSecret = env.JWT_SECRET;
    if (!development && jwtSecret === DEVELOPMENT_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message:
          'is the development secret written in the repository, refused in production (set NODE_ENV=development to develop)',
      });
    }
    if (!jwtSecret && !env.JWT_JWKS_URL) {
      if (!development) {
        ctx.addIssue({
          code: 'custom',
          path: ['JWT_SECRET'],
          message: 'or JWT_JWKS_URL is required in production (set NODE_ENV=development to develop)',
        });
      }
      jwtSecret = DEVELOPMENT_JWT_SECRET;
    }
    return {
      ...env,
      development,
      jwtSecret,
      explorer: env.GRAPHQL_EXPLORER ?? development,
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
