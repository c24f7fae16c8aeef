import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadDossiersConfig } from '@dvc/dossiers';
import { loadNotificationsConfig } from '@dvc/notifications';
import { ConfigError } from '@dvc/service-kit';
import { freePort } from '@dvc/test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_JWT_SECRET, loadGatewayConfig, mintDevelopmentToken } from '../src';

const compiledGateway = new URL('../dist/main.js', import.meta.url).pathname;
const identitySecret = randomBytes(32).toString('hex');
const subgraphs = {
  // Nothing listens there: a token is judged before any subgraph is asked.
  CATALOGUE_URL: 'http://127.0.0.1:9/graphql',
  DOSSIERS_URL: 'http://127.0.0.1:9/graphql',
  REPORTING_URL: 'http://127.0.0.1:9/graphql',
  NOTIFICATIONS_URL: 'http://127.0.0.1:9/graphql',
};
const children: ChildProcess[] = [];

/** The compiled gateway as production runs it, with an environment that does not mention NODE_ENV at all. */
async function startGatewayProcess(env: Record<string, string>): Promise<string> {
  const { NODE_ENV: _omitted, ...inherited } = process.env;
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=compiled', compiledGateway], {
    env: {
      ...inherited,
      LOG_LEVEL: 'warn',
      PORT: String(port),
      IDENTITY_SECRET: identitySecret,
      ...subgraphs,
      ...env,
    },
    stdio: 'ignore',
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return url;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const token = (secret: string) =>
  mintDevelopmentToken({
    secret,
    issuer: 'dvc-dev-issuer',
    audience: 'dvc-gateway',
    role: 'ADMIN',
    sub: 'intruder',
  });

const ask = (url: string, authorization: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

describe('every process assumes production unless told NODE_ENV=development', () => {
  it('a gateway started without NODE_ENV refuses a token signed with the development secret', async () => {
    const productionSecret = randomBytes(32).toString('hex');
    const url = await startGatewayProcess({ JWT_SECRET: productionSecret });
    const forged = await ask(url, `Bearer ${await token(DEVELOPMENT_JWT_SECRET)}`);
    expect(forged.status).toBe(401);
    expect(
      ((await forged.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
        .code,
    ).toBe('UNAUTHENTICATED');
    // The same request signed with the configured secret gets through: the refusal is about the secret.
    const genuine = await ask(url, `Bearer ${await token(productionSecret)}`);
    expect(genuine.status).toBe(200);
    // No explorer page and no introspection in production without GRAPHQL_EXPLORER=true.
    const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('explorer.js');
  });

  it('refuses, in one line naming the reason, each development convenience in production', () => {
    const base = { IDENTITY_SECRET: identitySecret, ...subgraphs };
    expect(() => loadGatewayConfig(base)).toThrow(
      /^gateway: invalid configuration: JWT_SECRET or JWT_JWKS_URL is required in production/,
    );
    expect(() => loadGatewayConfig({ ...base, JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(
      /JWT_SECRET is the development secret written in the repository, refused in production/,
    );
    const subgraph = { IDENTITY_SECRET: identitySecret, DATABASE_URL: 'postgres://localhost/x' };
    expect(() => loadDossiersConfig({ ...subgraph, FAKE_PAYMENT_PROVIDER: 'true' })).toThrow(
      /FAKE_PAYMENT_PROVIDER is refused in production: payments would go to a fake platform/,
    );
    expect(() => loadNotificationsConfig({ ...subgraph, PROVIDERS: 'fake' })).toThrow(
      /PROVIDERS fake is refused in production: no message would reach anyone/,
    );
    expect(() => loadGatewayConfig({ ...base, NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32) })).toThrow(
      ConfigError,
    );
    // Told by name, development keeps its conveniences; production keeps the explorer only by its switch.
    expect(loadGatewayConfig({ ...base, NODE_ENV: 'development' }).explorer).toBe(true);
    expect(loadGatewayConfig({ ...base, JWT_SECRET: 'x'.repeat(32) }).explorer).toBe(false);
    expect(
      loadGatewayConfig({ ...base, JWT_SECRET: 'x'.repeat(32), GRAPHQL_EXPLORER: 'true' }).explorer,
    ).toBe(true);
  });
});
