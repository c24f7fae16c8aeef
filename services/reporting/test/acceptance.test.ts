import * as catalogue from '@dvc/catalogue';
import { type DossierEvent, newEvent } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportingConfig } from '../src/config';
import { openReportingDatabase } from '../src/db';
import { applyEvent } from '../src/projections/project';
import { startReporting } from '../src/service';

const leader: Identity = { sub: 'leader-876', role: 'LEADER', unitCode: '876', name: null };

type Step = [type: DossierEvent['type'], at: string, extra?: Record<string, unknown>];

function online(code: string, acceptBy: string, steps: Step[]): DossierEvent[] {
  const all: Step[] = [
    [
      'dossier.submitted.v1',
      '2019-03-04T01:00:00Z',
      {
        assistedBy: null,
        returnChannel: 'DESK',
        notify: { sms: false, email: false, zalo: false },
        acceptBy,
      },
    ],
    ...steps,
  ];
  return all.map(([type, at, extra = {}]) =>
    newEvent(
      type,
      {
        dossierCode: code,
        unitCode: '30226',
        procedureCode: '1.001193',
        channel: 'ONLINE',
        at,
        actorRole: 'OFFICER',
        ...extra,
      } as never,
      'test',
      new Date(at),
    ),
  );
}

/**
 * Issue 18, finding 7: online filings must be accepted within 8 working hours (BRIEF "Working time"); reports count
 * those waiting past the limit the dossiers service computed, and those accepted after it.
 */
describe('online filings past the 8-working-hour acceptance limit', () => {
  let database: ReturnType<typeof openReportingDatabase>;
  let service: Awaited<ReturnType<typeof startReporting>>;
  let catalogueService: Awaited<ReturnType<typeof catalogue.startCatalogue>>;
  const acceptance = async (from: string, to: string) => {
    const answer = await subgraphRequest(
      service.url,
      `query A($from: Date!, $to: Date!) { _entities(representations: [{ __typename: "AdministrativeUnit", code: "876" }]) {
        ... on AdministrativeUnit { report(from: $from, to: $to) { received { total }
          acceptance { awaiting awaitingOverdue acceptedLate }
          byUnit { unit { code } acceptance { awaitingOverdue } } } } } }`,
      { identity: leader, secret: TEST_IDENTITY_SECRET, variables: { from, to } },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?._entities[0].report;
  };

  beforeAll(async () => {
    const base = { IDENTITY_SECRET: TEST_IDENTITY_SECRET, PORT: '0', LOG_LEVEL: 'silent' };
    catalogueService = await catalogue.startCatalogue(
      catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: await createTestDatabase('catalogue') }),
    );
    const url = await createTestDatabase('reporting');
    database = openReportingDatabase(url, 5);
    service = await startReporting(
      loadReportingConfig({ ...base, DATABASE_URL: url, CATALOGUE_URL: catalogueService.url }),
    );
    const events = [
      // Never accepted: past its limit from the end of 4 March.
      ...online('WAITING', '2019-03-04T09:00:00Z', []),
      // Accepted on 6 March, after its limit of 5 March.
      ...online('LATE', '2019-03-05T02:00:00Z', [
        [
          'dossier.received.v1',
          '2019-03-06T02:00:00Z',
          {
            assistedBy: null,
            receivedAt: '2019-03-06T02:00:00Z',
            appointmentAt: '2019-03-06T10:00:00Z',
            feeVnd: 0,
          },
        ],
      ]),
      // Refused within its limit: no longer waiting.
      ...online('REFUSED', '2019-03-04T09:00:00Z', [
        ['dossier.refused.v1', '2019-03-04T05:00:00Z', { reason: 'Sai thẩm quyền' }],
      ]),
    ];
    for (const event of events) await applyEvent(database.db, event);
  });
  afterAll(async () => {
    await service?.stop();
    await catalogueService?.stop();
    await database?.close();
  });

  it('counts filings waiting at the end of a day, and those past their limit by then', async () => {
    const day = await acceptance('2019-03-04', '2019-03-04');
    expect(day.acceptance).toEqual({ awaiting: 2, awaitingOverdue: 1, acceptedLate: 0 });
    expect(
      day.byUnit.find((row: { unit: { code: string } }) => row.unit.code === '30226').acceptance,
    ).toEqual({
      awaitingOverdue: 1,
    });
  });

  it('counts a filing accepted after its limit in the period it was accepted', async () => {
    const march = await acceptance('2019-03-01', '2019-03-31');
    expect(march.received.total).toBe(1);
    expect(march.acceptance).toEqual({ awaiting: 1, awaitingOverdue: 1, acceptedLate: 1 });
  });
});
