import { loadConfig, portFromEnv } from '@dvc/service-kit';
import { z } from 'zod';

const urlList = z
  .string()
  .min(1)
  .transform((value) => value.split(',').map((item) => item.trim()))
  .pipe(z.array(z.url()));

const identityProviderEnv = z.object({
  /** This provider runs for development and tests only: production signs in at the national identity provider. */
  NODE_ENV: z.literal('development', {
    error: 'must be "development": this identity provider is for development only',
  }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: portFromEnv(4100),
  /** The issuer URL the web app and the gateway are configured with (the gateway's JWT_ISSUER). */
  ISSUER: z.url().optional(),
  /** Where the web app is served: its callback and sign-out pages are allowed as redirect targets. */
  WEB_ORIGINS: urlList.default(['http://localhost:4000']),
  /** The gateway's JWT_AUDIENCE: access tokens are issued for it. */
  AUDIENCE: z.string().min(1).default('dvc-gateway'),
  /** The web app's client id (the gateway's OIDC_CLIENT_ID). */
  CLIENT_ID: z.string().min(1).default('dvc-web'),
});

export type IdentityProviderConfig = z.infer<typeof identityProviderEnv>;

export const loadIdentityProviderConfig = (env: NodeJS.ProcessEnv = process.env): IdentityProviderConfig =>
  loadConfig('identity-provider', identityProviderEnv, env);
