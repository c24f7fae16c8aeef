import { waitFor } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, graphql, startFederation } from './federation';

/** The calendar day in Vietnam (UTC+7), by which reports count. */
const vietnamDay = (moment: string) => new Date(Date.parse(moment) + 7 * 3600_000).toISOString().slice(0, 10);

const ALL_FOUR = /* GraphQL */ `
  query UnitOverview($code: ID!, $from: Date!, $to: Date!) {
    administrativeUnit(code: $code) {
      code
      name
      parent { code name }
      report(from: $from, to: $to) { received { total online inPersonOrPost } }
      dossiers(first: 10) {
        nodes {
          code
          status
          statusCode
          channel
          procedure { code name }
          notifications { id status }
        }
      }
    }
  }
`;

describe('the federation through the gateway', () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => federation?.stop());

  it('answers one query with fields from all four subgraphs, read from their databases', async () => {
    const token = await federation.token('OFFICER', '30226');
    // The report's period spans the days of the demonstration dossiers as the service dated them, whatever the
    // hour at which the test runs.
    const listed = await waitFor(
      () =>
        graphql(
          federation.gateway.url,
          '{ dossiers(unitCode: "30226", first: 50) { nodes { history { at } } } }',
          {
            token,
          },
        ),
      (answer) => answer.data?.dossiers?.nodes?.length === 5,
    );
    const days = listed.data.dossiers.nodes
      .flatMap((node: { history: Array<{ at: string }> }) => node.history.map((step) => vietnamDay(step.at)))
      .sort();
    const variables = { code: '30226', from: days[0], to: days.at(-1) };
    // Reporting counts the demo dossiers once the outbox relay and the event worker have passed them on.
    const result = await waitFor(
      () => graphql(federation.gateway.url, ALL_FOUR, { token, variables }),
      (answer) => answer.data?.administrativeUnit?.report?.received?.total === 5,
    );
    expect(result.errors).toBeUndefined();
    const unit = result.data.administrativeUnit;
    expect(unit.name).toBe('Xã Lai Vung');
    expect(unit.parent).toEqual({ code: '82', name: 'Tỉnh Đồng Tháp' });
    expect(unit.report.received).toEqual({ total: 5, online: 2, inPersonOrPost: 3 });
    expect(unit.dossiers.nodes).toHaveLength(5);
    const birth = unit.dossiers.nodes.find(
      (node: { procedure: { code: string } }) => node.procedure.code === '1.001193',
    );
    expect(birth).toMatchObject({ status: 'ACCEPTED', statusCode: 2, channel: 'ONLINE', notifications: [] });
    expect(birth.procedure.name).toMatch(/khai sinh/i);
    expect(birth.code).toMatch(/^000\.00\.91\.H20-\d{6}-000\d$/);
  });

  it('lets an anonymous caller track a dossier with its code and ID number only', async () => {
    const token = await federation.token('OFFICER', '30226');
    const list = await graphql(
      federation.gateway.url,
      '{ administrativeUnit(code: "30226") { dossiers(first: 10) { nodes { code applicantName } } } }',
      { token },
    );
    const { code } = list.data.administrativeUnit.dossiers.nodes.find(
      (node: { applicantName: string }) => node.applicantName === 'Võ Thị Hạnh',
    );
    const track = `query Track($code: ID!, $id: String!) { trackDossier(code: $code, idNumber: $id) { code status } }`;
    const wrong = await graphql(federation.gateway.url, track, { variables: { code, id: '000000000000' } });
    expect(wrong.data.trackDossier).toBeNull();
    const mine = await graphql(federation.gateway.url, track, { variables: { code, id: '087190000005' } });
    expect(mine.data.trackDossier).toEqual({ code, status: 'ACCEPTED' });
  });

  it('limits wrong tracking answers per caller, by the address the gateway saw, and says when to retry', async () => {
    const track = `query Track($code: ID!, $id: String!) { trackDossier(code: $code, idNumber: $id) { code } }`;
    // The test's requests come from loopback, a proxy the gateway believes: X-Forwarded-For names the caller.
    const from = (address: string) => ({ 'x-forwarded-for': address });
    let refused: { message: string; extensions?: Record<string, unknown> } | undefined;
    for (let attempt = 1; attempt <= 30 && !refused; attempt++) {
      const answer = await graphql(federation.gateway.url, track, {
        variables: { code: `000.00.91.H20-000000-${String(attempt).padStart(4, '0')}`, id: '0000000000' },
        headers: from('203.0.113.5'),
      });
      refused = answer.errors?.[0];
    }
    expect(refused?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Date.parse(String(refused?.extensions?.retryAfter))).toBeGreaterThan(Date.now() - 60_000);
    expect(refused?.message).toMatch(/thử lại sau .* try again after/);
    const neighbour = await graphql(federation.gateway.url, track, {
      variables: { code: '000.00.91.H20-000000-0001', id: '0000000000' },
      headers: from('203.0.113.6'),
    });
    expect(neighbour.errors).toBeUndefined();
  });

  it('refuses dossier lists to anonymous callers and to officers of another unit', async () => {
    const query = '{ administrativeUnit(code: "30226") { name dossiers { nodes { code } } } }';
    const anonymous = await graphql(federation.gateway.url, query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data.administrativeUnit.name).toBe('Xã Lai Vung');
    const other = await graphql(federation.gateway.url, query, {
      token: await federation.token('OFFICER', '30208'),
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data.administrativeUnit).toEqual({ name: 'Xã Lai Vung', dossiers: null });
  });

  it('answers an invalid token with UNAUTHENTICATED and a bilingual message', async () => {
    const result = await graphql(federation.gateway.url, '{ procedure(code: "1.001193") { name } }', {
      token: 'not-a-token',
    });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(/đăng nhập.*sign in/);
  });

  it('refuses a too-deep query and an alias bomb with a clear error', async () => {
    const nested = Array.from({ length: 6 }).reduce<string>(
      (inner) => `parent { children { ${inner} } }`,
      'code',
    );
    const deep = `{ administrativeUnit(code: "30226") { ${nested} } }`;
    const deepAnswer = await graphql(federation.gateway.url, deep);
    expect(deepAnswer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(deepAnswer.errors?.[0]?.message).toMatch(/quá sâu.*too deeply/);
    expect(deepAnswer.data).toBeUndefined();

    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: procedure(code: "1.001193") { name }`).join(
      ' ',
    );
    const bomb = await graphql(federation.gateway.url, `{ ${aliases} }`);
    expect(bomb.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(bomb.errors?.[0]?.message).toMatch(/bí danh.*aliases/);
  });
});

describe('the gateway when a subgraph fails', () => {
  it('returns the other subgraphs’ data and an error that names the dead service, with no internals', async () => {
    const federation = await startFederation({ seedDemo: false });
    try {
      await federation.kill('reporting');
      const result = await graphql(
        federation.gateway.url,
        `{ administrativeUnit(code: "876") { name report(from: "2019-01-01", to: "2019-06-30") { received { total } } } }`,
      );
      expect(result.data.administrativeUnit.name).toBe('Huyện Lai Vung');
      expect(result.data.administrativeUnit.report).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE', service: 'reporting' });
      const serialized = JSON.stringify(result.errors);
      expect(serialized).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED|stack|:\d{4,5}/);
    } finally {
      await federation.stop();
    }
  });

  it('answers within five seconds when a subgraph hangs', async () => {
    const { createServer } = await import('node:http');
    const hanging = createServer(() => {}); // accepts the request and never answers
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const address = hanging.address() as { port: number };
    const federation = await startFederation({ seedDemo: false });
    try {
      // Swap the reporting subgraph for the hanging server by restarting the gateway in front of it.
      const { loadGatewayConfig, startGateway } = await import('../src');
      const gateway = await startGateway(
        loadGatewayConfig({
          NODE_ENV: 'development',
          LOG_LEVEL: 'silent',
          PORT: '0',
          IDENTITY_SECRET: federation.identitySecret,
          CATALOGUE_URL: federation.services.catalogue.url,
          DOSSIERS_URL: federation.services.dossiers.url,
          REPORTING_URL: `http://127.0.0.1:${address.port}/graphql`,
          NOTIFICATIONS_URL: federation.services.notifications.url,
        }),
      );
      const started = Date.now();
      const result = await graphql(
        gateway.url,
        `{ administrativeUnit(code: "876") { name report(from: "2019-01-01", to: "2019-06-30") { received { total } } } }`,
      );
      const elapsed = Date.now() - started;
      await gateway.stop();
      expect(elapsed).toBeLessThan(5_000);
      expect(result.data.administrativeUnit.name).toBe('Huyện Lai Vung');
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE', service: 'reporting' });
    } finally {
      hanging.closeAllConnections();
      hanging.close();
      await federation.stop();
    }
  });
});
