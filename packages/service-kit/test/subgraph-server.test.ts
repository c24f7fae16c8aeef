import { IDENTITY_HEADER, IDENTITY_SIGNATURE_HEADER, signIdentity } from '@dvc/identity';
import { subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createSubgraphServer, type SubgraphServer, userError } from '../src';

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    whoAmI: String
    refuse: String
    crash: String
  }
`);

const resolvers = {
  Query: {
    whoAmI: (_: unknown, __: unknown, ctx: { identity: { role: string; unitCode: string | null } }) =>
      `${ctx.identity.role}@${ctx.identity.unitCode}`,
    refuse: () => {
      throw userError('BAD_USER_INPUT', 'Mã không hợp lệ', 'Invalid code');
    },
    crash: () => {
      throw new Error('relation "dossiers" does not exist at postgres://10.0.0.5:5432/secret');
    },
  },
};

const officer = { sub: 'o-1', role: 'OFFICER' as const, unitCode: '30226', name: null };

describe('a subgraph server', () => {
  let server: SubgraphServer;
  beforeAll(async () => {
    server = await createSubgraphServer({
      name: 'example',
      typeDefs,
      resolvers,
      port: 0,
      identitySecret: TEST_IDENTITY_SECRET,
      development: false,
      logger: createLogger('example', 'silent'),
      context: (base) => base,
      health: async () => ({ database: 'ok' }),
    });
  });
  afterAll(async () => server?.stop());

  it('serves a request that carries the gateway’s signature', async () => {
    const answer = await subgraphRequest(server.url, '{ whoAmI }', {
      identity: officer,
      secret: TEST_IDENTITY_SECRET,
    });
    expect(answer.data).toEqual({ whoAmI: 'OFFICER@30226' });
  });

  it('refuses a request sent straight to it without a signature', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ whoAmI }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged signature and an identity changed after signing', async () => {
    const forged = await subgraphRequest(server.url, '{ whoAmI }', {
      identity: officer,
      secret: 'an-attacker-secret-that-is-32-characters-long',
    });
    expect(forged.status).toBe(401);

    const genuine = signIdentity(officer, TEST_IDENTITY_SECRET);
    const admin = Buffer.from(
      JSON.stringify({ ...officer, role: 'ADMIN', iat: Math.floor(Date.now() / 1000) }),
    ).toString('base64url');
    const tampered = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: admin,
        [IDENTITY_SIGNATURE_HEADER]: genuine[IDENTITY_SIGNATURE_HEADER] as string,
      },
      body: JSON.stringify({ query: '{ whoAmI }' }),
    });
    expect(tampered.status).toBe(401);
  });

  it('passes user errors through with their code and masks everything else', async () => {
    const refused = await subgraphRequest(server.url, '{ refuse }', {
      identity: officer,
      secret: TEST_IDENTITY_SECRET,
    });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Mã không hợp lệ / Invalid code',
      extensions: { code: 'BAD_USER_INPUT', messageVi: 'Mã không hợp lệ', messageEn: 'Invalid code' },
    });
    const crashed = await subgraphRequest(server.url, '{ crash }', {
      identity: officer,
      secret: TEST_IDENTITY_SECRET,
    });
    expect(crashed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(crashed)).not.toMatch(/postgres|10\.0\.0\.5|relation|stacktrace/);
  });

  it('reports its health', async () => {
    const response = await fetch(server.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ service: 'example', status: 'ok', checks: { database: 'ok' } });
  });
});
