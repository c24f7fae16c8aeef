import * as catalogue from '@dvc/catalogue';
import { type DossierEvent, newEvent } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportingConfig } from '../src/config';
import { openReportingDatabase } from '../src/db';
import { applyEvent } from '../src/projections/project';
import { rateDossier } from '../src/rules/activity';
import { startReporting } from '../src/service';

const leader: Identity = { sub: 'leader-876', role: 'LEADER', unitCode: '876', name: null };
const citizen = (sub: string): Identity => ({ sub, role: 'CITIZEN', unitCode: null, name: null });

type Step = [type: DossierEvent['type'], at: string, extra?: Record<string, unknown>];

/** One online dossier of commune 30214, filed from the account `account-<code>`. */
function life(code: string, steps: Step[]): DossierEvent[] {
  return steps.map(([type, at, extra = {}]) =>
    newEvent(
      type,
      {
        dossierCode: code,
        unitCode: '30214',
        procedureCode: '1.004873',
        channel: 'ONLINE',
        at,
        actorRole: 'OFFICER',
        ...(type === 'dossier.submitted.v1'
          ? {
              assistedBy: null,
              returnChannel: 'DESK',
              applicantAccount: `account-${code}`,
              notify: { sms: false, email: false, zalo: false },
            }
          : {}),
        ...extra,
      } as never,
      'test',
      new Date(at),
    ),
  );
}
const receive = (at: string, appointmentAt: string, feeVnd = 0): Step => [
  'dossier.received.v1',
  at,
  { assistedBy: null, receivedAt: at, appointmentAt, feeVnd },
];
const resolve = (at: string, electronicResult = false): Step => [
  'dossier.resolved.v1',
  at,
  { appointmentAt: null, timeliness: 'ON_TIME', electronicResult },
];

describe('Decision 766 indicators as the national dashboard scores them (issue 18, finding 6)', () => {
  let url: string;
  let database: ReturnType<typeof openReportingDatabase>;
  let service: Awaited<ReturnType<typeof startReporting>>;
  let catalogueService: Awaited<ReturnType<typeof catalogue.startCatalogue>>;
  const base = { IDENTITY_SECRET: TEST_IDENTITY_SECRET, PORT: '0', LOG_LEVEL: 'silent' };
  const index = async (from: string, to: string) => {
    const answer = await subgraphRequest(
      service.url,
      `query I($from: Date!, $to: Date!) { _entities(representations: [{ __typename: "AdministrativeUnit", code: "30214" }]) {
        ... on AdministrativeUnit { serviceIndex(from: $from, to: $to) { total maxTotal
          indicators { code numerator denominator rate score maxScore scored confirmed source } } } } }`,
      { identity: leader, secret: TEST_IDENTITY_SECRET, variables: { from, to } },
    );
    expect(answer.errors).toBeUndefined();
    const found = answer.data?._entities[0].serviceIndex;
    const byCode = (code: string) =>
      found.indicators.find((indicator: { code: string }) => indicator.code === code);
    return { ...found, byCode };
  };

  beforeAll(async () => {
    catalogueService = await catalogue.startCatalogue(
      catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: await createTestDatabase('catalogue') }),
    );
    url = await createTestDatabase('reporting');
    database = openReportingDatabase(url, 5);
    service = await startReporting(
      loadReportingConfig({ ...base, DATABASE_URL: url, CATALOGUE_URL: catalogueService.url }),
    );
    const events = [
      // Late (due 7 May, done 9 May) and rated very dissatisfied: taken away from 5.4 once, not twice.
      ...life('A', [
        ['dossier.submitted.v1', '2019-05-06T01:00:00Z'],
        receive('2019-05-06T02:00:00Z', '2019-05-07T02:00:00Z'),
        resolve('2019-05-09T02:00:00Z'),
      ]),
      ...life('B', [
        ['dossier.submitted.v1', '2019-05-06T01:00:00Z'],
        receive('2019-05-06T02:00:00Z', '2019-05-09T02:00:00Z'),
        resolve('2019-05-08T02:00:00Z'),
      ]),
      // Withdrawn before its appointment: handled, and on time.
      ...life('C', [
        ['dossier.submitted.v1', '2019-05-06T01:00:00Z'],
        receive('2019-05-06T02:00:00Z', '2019-05-10T02:00:00Z'),
        ['dossier.withdrawn.v1', '2019-05-07T02:00:00Z'],
      ]),
      // Fee-bearing from 29 April, paid online on 2 May: 3.6 counts both sides in April.
      ...life('D', [
        ['dossier.submitted.v1', '2019-04-29T01:00:00Z'],
        receive('2019-04-29T02:00:00Z', '2019-05-20T02:00:00Z', 50_000),
        ['dossier.paid.v1', '2019-05-02T02:00:00Z', { amountVnd: 50_000, online: true }],
        resolve('2019-05-03T02:00:00Z', true),
      ]),
    ];
    for (const event of events) await applyEvent(database.db, event);
    await rateDossier(
      database.db,
      citizen('account-A'),
      { code: 'A', rating: 'VERY_DISSATISFIED', comment: null },
      7,
    );
    await rateDossier(
      database.db,
      citizen('account-B'),
      { code: 'B', rating: 'SATISFIED', comment: null },
      7,
    );
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await catalogueService?.stop();
    await database?.close();
  });

  it('scores 2.1 out of 20 on on-time ÷ received, withdrawn dossiers included', async () => {
    const { byCode } = await index('2019-05-01', '2019-05-31');
    // B and D early, C withdrawn on time, A late; 4 handled.
    expect(byCode('2.1')).toMatchObject({
      numerator: 3,
      denominator: 4,
      rate: 0.75,
      maxScore: 20,
      score: 15,
    });
  });

  it('shows 2.2 as the average processing time, unscored', async () => {
    const { byCode, maxTotal } = await index('2019-05-01', '2019-05-31');
    // A 72 h, B 48 h, D 96 h from receipt to finish.
    expect(byCode('2.2')).toMatchObject({ numerator: 216, denominator: 3, rate: 72, maxScore: 0, score: 0 });
    expect(byCode('2.2').scored).toBe(false);
    expect(maxTotal).toBe(20 + 4 + 4 + 4 + 5 + 6 + 6);
  });

  it('takes a late and badly rated dossier away from 5.4 once, and scores e-results out of 6', async () => {
    const { byCode } = await index('2019-05-01', '2019-05-31');
    expect(byCode('5.4')).toMatchObject({ numerator: 3, denominator: 4, rate: 0.75, maxScore: 6, score: 5 });
    expect(byCode('4.1')).toMatchObject({ numerator: 1, denominator: 3, maxScore: 6 });
  });

  it('counts 3.6 paid online and fee-bearing on the same day', async () => {
    expect((await index('2019-04-01', '2019-04-30')).byCode('3.6')).toMatchObject({
      numerator: 1,
      denominator: 1,
      maxScore: 5,
    });
    expect((await index('2019-05-01', '2019-05-31')).byCode('3.6')).toMatchObject({
      numerator: 0,
      denominator: 0,
    });
  });

  it('says for every indicator where it comes from and whether it is confirmed', async () => {
    const { indicators } = await index('2019-05-01', '2019-05-31');
    for (const indicator of indicators) {
      expect(indicator.source.length).toBeGreaterThan(20);
      expect(typeof indicator.confirmed).toBe('boolean');
    }
    expect(indicators.find((indicator: { code: string }) => indicator.code === '5.4').source).toContain(
      'Quyết định 766/QĐ-TTg',
    );
  });

  it('rebuilds projections counted under older rules when it starts', async () => {
    const before = await index('2019-05-01', '2019-05-31');
    await database.db.execute(sql`update projection_version set version = 1`);
    await database.db.execute(sql`truncate daily_figures, open_flows`);
    await service.stop();
    service = await startReporting(
      loadReportingConfig({ ...base, DATABASE_URL: url, CATALOGUE_URL: catalogueService.url }),
    );
    const after = await index('2019-05-01', '2019-05-31');
    expect(after.indicators).toEqual(before.indicators);
  });
});
