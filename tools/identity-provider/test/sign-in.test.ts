import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_RESOURCE, type RunningIdentityProvider, startIdentityProvider } from '../src';

const WEB = 'http://localhost:4999';
let idp: RunningIdentityProvider;

beforeAll(async () => {
  idp = await startIdentityProvider({
    port: 0,
    webOrigins: [WEB],
    audience: 'dvc-gateway',
    clientId: 'dvc-web',
    listDemoAccounts: true,
  });
});
afterAll(() => idp.stop());

/** A browser in miniature: follows redirects by hand and keeps the provider's cookies. */
function browser() {
  const cookies = new Map<string, string>();
  return async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(5000),
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair as string).split('=');
      cookies.set(name as string, value.join('='));
    }
    return response;
  };
}

async function signIn(username: string, password: string) {
  const get = browser();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = new URL(`${idp.issuer}/auth`);
  authorize.search = new URLSearchParams({
    client_id: 'dvc-web',
    response_type: 'code',
    redirect_uri: `${WEB}/auth/callback`,
    scope: 'openid profile gateway',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'state-1',
  }).toString();
  let response = await get(authorize.href);
  const interaction = new URL(response.headers.get('location') as string, idp.issuer).href;
  const page = await (await get(interaction)).text();
  response = await get(`${interaction}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  if (response.status === 200) return { page, refused: await response.text() };
  for (let hops = 0; !(response.headers.get('location') ?? '').startsWith(WEB); hops++) {
    if (hops > 5) throw new Error(`no redirect to the app: ${response.status} ${await response.text()}`);
    response = await get(new URL(response.headers.get('location') as string, idp.issuer).href);
  }
  const code = new URL(response.headers.get('location') as string).searchParams.get('code') as string;
  const token = await fetch(`${idp.issuer}/token`, {
    signal: AbortSignal.timeout(5000),
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'dvc-web',
      code,
      redirect_uri: `${WEB}/auth/callback`,
      code_verifier: verifier,
    }).toString(),
  });
  return { page, tokens: (await token.json()) as Record<string, string> };
}

describe('the local identity provider', () => {
  it('signs an officer in with PKCE and issues an access token the gateway can verify by JWKS', async () => {
    const { page, tokens } = await signIn('canbo30226', 'demo');
    expect(page).toContain('Tài khoản thử nghiệm');
    expect(tokens?.refresh_token).toBeUndefined();
    const { payload } = await jwtVerify(
      tokens?.access_token as string,
      createRemoteJWKSet(new URL(`${idp.issuer}/jwks`)),
      { issuer: idp.issuer, audience: 'dvc-gateway', algorithms: ['RS256'] },
    );
    expect(payload).toMatchObject({ sub: 'demo-officer-30226', role: 'OFFICER', unit: '30226' });
    expect(decodeJwt(tokens?.id_token as string)).toMatchObject({ name: 'Lê Văn Cường', role: 'OFFICER' });
    expect(GATEWAY_RESOURCE).toMatch(/^urn:/);
  });

  it('refuses a wrong password on the sign-in page', async () => {
    const { refused } = await signIn('congdan', 'wrong');
    expect(refused).toContain('Sai tên đăng nhập hoặc mật khẩu');
  });

  it('lists the demonstration accounts only when told to', async () => {
    const quiet = await startIdentityProvider({
      port: 0,
      webOrigins: [WEB],
      audience: 'dvc-gateway',
      clientId: 'dvc-web',
      listDemoAccounts: false,
    });
    const saved = idp;
    idp = quiet;
    try {
      const { page } = await signIn('congdan', 'wrong');
      expect(page).toContain('Tên đăng nhập');
      expect(page).not.toContain('Tài khoản thử nghiệm');
    } finally {
      idp = saved;
      await quiet.stop();
    }
  });
});
