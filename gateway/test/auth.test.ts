import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../src/auth';
import { DEVELOPMENT_JWT_SECRET, loadGatewayConfig } from '../src/config';
import { mintDevelopmentToken } from '../src/tokens';

// An identity provider's public keys, as the web app's sign-in issues tokens against them (JWT_JWKS_URL).
const server = createServer();
let issuer = '';
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server.on('request', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const authenticatorFor = (NODE_ENV: string) =>
  createAuthenticator(
    loadGatewayConfig({
      NODE_ENV,
      IDENTITY_SECRET: 'x'.repeat(32),
      JWT_JWKS_URL: `${issuer}/jwks`,
      JWT_ISSUER: issuer,
    }),
  );
const developmentToken = () =>
  mintDevelopmentToken({
    secret: DEVELOPMENT_JWT_SECRET,
    issuer: 'dvc-dev-issuer',
    audience: 'dvc-gateway',
    role: 'OFFICER',
    sub: 'dev-officer',
    unit: '30226',
  });

describe('tokens of an identity provider verified by JWKS', () => {
  it("accepts the provider's token with its role and unit", async () => {
    const token = await new SignJWT({ role: 'CITIZEN', name: 'Nguyễn Văn An' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('demo-citizen-1')
      .setIssuer(issuer)
      .setAudience('dvc-gateway')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(authenticatorFor('production')(`Bearer ${token}`)).resolves.toMatchObject({
      sub: 'demo-citizen-1',
      role: 'CITIZEN',
    });
  });

  it('accepts `npm run token` tokens beside them in development', async () => {
    await expect(
      authenticatorFor('development')(`Bearer ${await developmentToken()}`),
    ).resolves.toMatchObject({
      role: 'OFFICER',
      unitCode: '30226',
    });
  });

  it('refuses a token signed with the development secret in production', async () => {
    await expect(authenticatorFor('production')(`Bearer ${await developmentToken()}`)).rejects.toThrow();
  });
});
