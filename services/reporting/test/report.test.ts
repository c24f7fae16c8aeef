import { newEvent } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportingConfig } from '../src/config';
import { openReportingDatabase } from '../src/db';
import { projectReceivedDaily } from '../src/projections/received-daily';
import { startReporting } from '../src/service';

const anonymous: Identity = { sub: null, role: 'ANONYMOUS', unitCode: null, name: null };

const received = (unitCode: string, channel: 'ONLINE' | 'IN_PERSON' | 'POST', receivedAt: string) =>
  newEvent(
    'dossier.received.v1',
    {
      dossierCode: `X-${Math.random()}`,
      unitCode,
      procedureCode: '1.001193',
      channel,
      at: receivedAt,
      actorRole: 'OFFICER',
      assistedBy: null,
      receivedAt,
      appointmentAt: null,
      feeVnd: 0,
    },
    'test',
  );

describe('the received-dossiers projection and its report', () => {
  let database: ReturnType<typeof openReportingDatabase>;
  let service: Awaited<ReturnType<typeof startReporting>>;
  const report = (unit: string, from: string, to: string) =>
    subgraphRequest(
      service.url,
      `query R($representations: [_Any!]!, $from: Date!, $to: Date!) {
        _entities(representations: $representations) {
          ... on AdministrativeUnit { report(from: $from, to: $to) { from to received { total online inPersonOrPost } } }
        }
      }`,
      {
        identity: anonymous,
        secret: TEST_IDENTITY_SECRET,
        variables: { representations: [{ __typename: 'AdministrativeUnit', code: unit }], from, to },
      },
    );

  beforeAll(async () => {
    const url = await createTestDatabase('reporting');
    database = openReportingDatabase(url, 5);
    service = await startReporting(
      loadReportingConfig({
        DATABASE_URL: url,
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
    );
  });
  afterAll(async () => {
    await service?.stop();
    await database?.close();
  });

  it('counts an event once however often it is delivered', async () => {
    const event = received('30208', 'ONLINE', '2019-03-04T02:00:00Z');
    expect(await projectReceivedDaily(database.db, event)).toBe(true);
    expect(await projectReceivedDaily(database.db, event)).toBe(false);
    await Promise.all([projectReceivedDaily(database.db, event), projectReceivedDaily(database.db, event)]);
    const answer = await report('30208', '2019-03-01', '2019-03-31');
    expect(answer.data?._entities[0].report.received).toEqual({ total: 1, online: 1, inPersonOrPost: 0 });
  });

  it('sums channels over the period by Vietnamese calendar day', async () => {
    await projectReceivedDaily(database.db, received('30211', 'IN_PERSON', '2019-01-31T16:59:00Z')); // 31/1 23:59 in Vietnam
    await projectReceivedDaily(database.db, received('30211', 'POST', '2019-01-31T17:00:00Z')); // 1/2 00:00 in Vietnam
    await projectReceivedDaily(database.db, received('30211', 'ONLINE', '2019-02-28T10:00:00Z'));
    const february = await report('30211', '2019-02-01', '2019-02-28');
    expect(february.data?._entities[0].report).toEqual({
      from: '2019-02-01',
      to: '2019-02-28',
      received: { total: 2, online: 1, inPersonOrPost: 1 },
    });
  });

  it('refuses a period that ends before it starts, or spans more than 400 days', async () => {
    const backwards = await report('30211', '2019-03-01', '2019-02-01');
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.message).toMatch(/Ngày bắt đầu.*`from` must not be after `to`/);
    const long = await report('30211', '2019-01-01', '2021-01-01');
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
