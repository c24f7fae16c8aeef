import * as catalogue from '@dvc/catalogue';
import { type DomainEvent, newEvent } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportingConfig } from '../src/config';
import { openReportingDatabase } from '../src/db';
import { recordHeartbeat } from '../src/projections/freshness';
import { applyEvent, rebuildProjections } from '../src/projections/project';
import { startReporting } from '../src/service';

const leader: Identity = { sub: 'leader-876', role: 'LEADER', unitCode: '876', name: null };
const STALE_AFTER_SECONDS = 120;

function heartbeat(instance: string, servedUnits: string[] | null, at: Date) {
  return newEvent(
    'dossiers.instance-heartbeat.v1',
    { instance, servedUnits, at: at.toISOString() },
    instance,
    at,
  ) as DomainEvent<'dossiers.instance-heartbeat.v1'>;
}

function received(dossierCode: string, unitCode: string, at: string) {
  return newEvent(
    'dossier.received.v1',
    {
      dossierCode,
      unitCode,
      procedureCode: '1.001612',
      channel: 'IN_PERSON',
      at,
      actorRole: 'OFFICER',
      assistedBy: null,
      receivedAt: at,
      appointmentAt: null,
      feeVnd: 0,
    },
    'test',
    new Date(at),
  );
}

describe('reports say which units are stale when their dossiers instance goes silent', () => {
  let database: ReturnType<typeof openReportingDatabase>;
  let service: Awaited<ReturnType<typeof startReporting>>;
  let catalogueService: Awaited<ReturnType<typeof catalogue.startCatalogue>>;

  const report = async () => {
    const response = await subgraphRequest(
      service.url,
      `query R($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on AdministrativeUnit { report(from: "2019-03-01", to: "2019-03-31") {
            received { total }
            staleUnits { code }
            byUnit { unit { code freshness { status instance lastHeartbeatAt lastEventAt } } received { total } }
          } }
        }
      }`,
      {
        identity: leader,
        secret: TEST_IDENTITY_SECRET,
        variables: { representations: [{ __typename: 'AdministrativeUnit', code: '876' }] },
      },
    );
    expect(response.errors).toBeUndefined();
    const result = response.data?._entities[0].report;
    const freshness = Object.fromEntries(
      result.byUnit.map((row: { unit: { code: string; freshness: unknown } }) => [
        row.unit.code,
        row.unit.freshness,
      ]),
    );
    return {
      received: result.received.total as number,
      stale: result.staleUnits.map((unit: { code: string }) => unit.code) as string[],
      freshness: freshness as Record<
        string,
        {
          status: string;
          instance: string | null;
          lastEventAt: string | null;
          lastHeartbeatAt: string | null;
        }
      >,
    };
  };

  beforeAll(async () => {
    const base = { IDENTITY_SECRET: TEST_IDENTITY_SECRET, PORT: '0', LOG_LEVEL: 'silent' };
    catalogueService = await catalogue.startCatalogue(
      catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: await createTestDatabase('catalogue') }),
    );
    const url = await createTestDatabase('reporting');
    database = openReportingDatabase(url, 5);
    service = await startReporting(
      loadReportingConfig({
        ...base,
        DATABASE_URL: url,
        CATALOGUE_URL: catalogueService.url,
        STALE_AFTER_SECONDS: String(STALE_AFTER_SECONDS),
      }),
    );
    await applyEvent(database.db, received('A-1', '30208', '2019-03-04T02:00:00.000Z'));
    await applyEvent(database.db, received('A-2', '30226', '2019-03-05T02:00:00.000Z'));
    await applyEvent(database.db, received('A-3', '30226', '2019-03-07T03:00:00.000Z'));
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await database?.close();
    await catalogueService?.stop();
  });

  it('marks nothing stale before any instance was heard from, and says so', async () => {
    const answer = await report();
    expect(answer.received).toBe(3);
    expect(answer.stale).toEqual([]);
    expect(answer.freshness['30226']?.status).toBe('UNKNOWN');
    expect(answer.freshness['30226']?.lastEventAt).toBe('2019-03-07T03:00:00.000Z');
  });

  it('marks the units of a silent commune instance stale, with its last event, and the others current', async () => {
    const now = Date.now();
    await recordHeartbeat(database.db, heartbeat('district', null, new Date(now)), new Date(now));
    const silentSince = new Date(now - (STALE_AFTER_SECONDS + 60) * 1000);
    await recordHeartbeat(database.db, heartbeat('commune-30226', ['30226'], silentSince), silentSince);

    const answer = await report();
    expect(answer.received).toBe(3);
    expect(answer.stale).toEqual(['30226']);
    expect(answer.freshness['30226']).toEqual({
      status: 'STALE',
      instance: 'commune-30226',
      lastHeartbeatAt: silentSince.toISOString(),
      lastEventAt: '2019-03-07T03:00:00.000Z',
    });
    expect(answer.freshness['30208']).toMatchObject({ status: 'CURRENT', instance: 'district' });
  });

  it('ignores an older heartbeat arriving late, and a fresh one makes the unit current again', async () => {
    const old = new Date(Date.now() - 3600_000);
    await recordHeartbeat(database.db, heartbeat('commune-30226', ['30226'], old), new Date());
    expect((await report()).stale).toEqual(['30226']);

    await recordHeartbeat(database.db, heartbeat('commune-30226', ['30226'], new Date()), new Date());
    const answer = await report();
    expect(answer.stale).toEqual([]);
    expect(answer.freshness['30226']?.status).toBe('CURRENT');
  });

  it('keeps each unit’s last event through a rebuild', async () => {
    await rebuildProjections(database.db);
    expect((await report()).freshness['30226']?.lastEventAt).toBe('2019-03-07T03:00:00.000Z');
  });
});
