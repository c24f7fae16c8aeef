import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Grant, Interaction } from 'oidc-provider';
import { type Account, DEMO_ACCOUNTS } from './accounts';
import { signInPage } from './pages';
import { createProvider } from './provider';

export type RunningIdentityProvider = { issuer: string; port: number; stop: () => Promise<void> };

export type IdentityProviderOptions = {
  port: number;
  /** Defaults to http://localhost:<port>. */
  issuer?: string;
  webOrigins: string[];
  audience: string;
  clientId: string;
  /** Lists the demonstration accounts and their password on the sign-in page. */
  listDemoAccounts: boolean;
  accounts?: Account[];
};

const MAX_FORM_BYTES = 4096;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_FORM_BYTES) break;
  }
  return new URLSearchParams(body);
}

const send = (res: ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
};

/** The provider itself answers every OIDC route; the sign-in page and /health are served beside it. */
export async function startIdentityProvider(
  options: IdentityProviderOptions,
): Promise<RunningIdentityProvider> {
  const accounts = options.accounts ?? DEMO_ACCOUNTS;
  const server = createServer();
  server.listen(options.port, '0.0.0.0');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = options.issuer ?? `http://localhost:${port}`;
  const { provider } = createProvider({
    issuer,
    webOrigins: options.webOrigins,
    audience: options.audience,
    clientId: options.clientId,
    accounts,
  });
  const oidc = provider.callback();

  // The web app is the installation's own: the person is not asked to consent to it, what it asks is granted.
  const consent = async (req: IncomingMessage, res: ServerResponse, details: Interaction) => {
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    const grant = details.grantId
      ? ((await provider.Grant.find(details.grantId)) as Grant)
      : new provider.Grant({
          accountId: details.session?.accountId,
          clientId: String(details.params.client_id),
        });
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(resource, scopes.join(' '));
    }
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  };

  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string, login: boolean) => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid === uid && details.prompt.name === 'consent') return consent(req, res, details);
    if (details.uid !== uid || details.prompt.name !== 'login') {
      return send(
        res,
        400,
        'text/plain; charset=utf-8',
        'Phiên đăng nhập không hợp lệ / Invalid interaction',
      );
    }
    const client = await provider.Client.find(String(details.params.client_id));
    const clientName = client?.clientName ?? String(details.params.client_id);
    const render = (error?: string, username?: string) =>
      send(
        res,
        200,
        'text/html; charset=utf-8',
        signInPage({
          uid,
          clientName,
          ...(error ? { error } : {}),
          ...(username ? { username } : {}),
          demoAccounts: options.listDemoAccounts ? accounts : null,
        }),
      );
    if (!login) return render();
    const form = await readForm(req);
    const username = form.get('username')?.trim() ?? '';
    const account = accounts.find(
      (candidate) => candidate.username === username && candidate.password === form.get('password'),
    );
    if (!account) {
      return render('Sai tên đăng nhập hoặc mật khẩu / Wrong username or password', username);
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path === '/health')
      return send(res, 200, 'application/json', '{"service":"identity-provider","status":"ok"}');
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(path);
    if (!match) return oidc(req, res);
    const isLogin = Boolean(match[2]) && req.method === 'POST';
    interaction(req, res, match[1] as string, isLogin).catch((error: Error) => {
      if (!res.headersSent)
        send(
          res,
          400,
          'text/plain; charset=utf-8',
          `Phiên đăng nhập đã hết hạn, vui lòng thử lại / The sign-in session expired, please try again (${error.name})`,
        );
    });
  });

  return {
    issuer,
    port,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
