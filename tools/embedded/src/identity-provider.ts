import { join } from 'node:path';
import { type ChildService, startChildService } from './child-service';

/**
 * The local OpenID Connect provider the web app signs in at (tools/identity-provider, development only), and the
 * gateway settings that make the gateway verify its tokens by JWKS.
 */
export async function startLocalIdentityProvider(options: {
  root: string;
  port: number;
  webOrigin: string;
  logs: string;
  onLine: (line: string) => void;
}): Promise<{ child: ChildService; issuer: string; gatewayEnv: Record<string, string> }> {
  const { port } = options;
  const issuer = `http://localhost:${port}`;
  const child = await startChildService({
    name: 'identity-provider',
    entry: join(options.root, 'tools', 'identity-provider', 'dist', 'main.js'),
    env: {
      NODE_ENV: 'development',
      PORT: String(port),
      ISSUER: issuer,
      // The app served by the gateway, and by `npm run dev -w @dvc/web` (Vite's port) while it is being worked on.
      WEB_ORIGINS: `${options.webOrigin},http://localhost:5173`,
    },
    healthUrl: `${issuer}/health`,
    logFile: join(options.logs, 'identity-provider.log'),
    onLine: (line) => {
      // oidc-provider's notices about Node 20 and its in-memory store are expected here: development only.
      if (!line.includes('oidc-provider WARNING')) options.onLine(line);
    },
  });
  return { child, issuer, gatewayEnv: { JWT_JWKS_URL: `${issuer}/jwks`, JWT_ISSUER: issuer } };
}
