import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { type Configuration } from 'oidc-provider';
import { type Account, DEMO_ACCOUNTS } from './accounts';
import { errorPage, logoutPage, postLogoutPage } from './pages';

/** The resource indicator of the gateway: access tokens for it are JWTs the gateway verifies by JWKS. */
export const GATEWAY_RESOURCE = 'urn:dvc:gateway';

/** The scope the web app asks for to call the gateway. */
export const GATEWAY_SCOPE = 'gateway';

export type ProviderOptions = {
  issuer: string;
  webOrigins: string[];
  audience: string;
  clientId: string;
  accounts?: Account[];
};

export function createProvider(options: ProviderOptions): { provider: Provider; accounts: Account[] } {
  const accounts = options.accounts ?? DEMO_ACCOUNTS;
  const bySub = new Map(accounts.map((account) => [account.sub, account]));
  // Keys live as long as the process: a restart signs everyone out, which development can afford.
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const claimsOf = (account: Account) => ({
    sub: account.sub,
    name: account.name,
    role: account.role,
    ...(account.unit ? { unit: account.unit } : {}),
  });

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_name: 'Dịch vụ công',
        // A browser app cannot keep a secret: a public client, bound to its code by PKCE (required).
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: options.webOrigins.flatMap((origin) => [
          `${origin}/auth/callback`,
          `${origin}/auth/silent.html`,
        ]),
        post_logout_redirect_uris: options.webOrigins.map((origin) => `${origin}/`),
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: ['openid', 'profile', GATEWAY_SCOPE],
    claims: { openid: ['sub'], profile: ['name', 'role', 'unit'] },
    // The web app reads who signed in from the ID token; the access token is for the gateway alone.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => {
      const account = bySub.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => claimsOf(account) };
    },
    // The gateway needs role and unit in the access token itself.
    extraTokenClaims: async (_ctx, token) => {
      const account = 'accountId' in token && token.accountId ? bySub.get(token.accountId) : undefined;
      return account ? claimsOf(account) : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: logoutPage, postLogoutSuccessSource: postLogoutPage },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => GATEWAY_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== GATEWAY_RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: GATEWAY_SCOPE,
            audience: options.audience,
            accessTokenTTL: 15 * 60,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // No refresh token reaches the browser: a new access token comes from the provider's session (prompt=none).
    issueRefreshToken: async () => false,
    ttl: { AccessToken: 15 * 60, IdToken: 15 * 60, Session: 8 * 3600, Interaction: 3600, Grant: 8 * 3600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: errorPage,
    pkce: { required: () => true },
  };
  const provider = new Provider(options.issuer, configuration);
  // Behind nothing in development; a proxy in front would need this to read X-Forwarded-*.
  provider.proxy = false;
  return { provider, accounts };
}
