import * as catalogue from '@dvc/catalogue';
import { type DossierEvent, newEvent } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportingConfig } from '../src/config';
import { openReportingDatabase } from '../src/db';
import { applyEvent, rebuildProjections } from '../src/projections/project';
import { startReporting } from '../src/service';

const leader: Identity = { sub: 'leader-876', role: 'LEADER', unitCode: '876', name: null };
const officerOf = (unitCode: string): Identity => ({
  sub: `officer-${unitCode}`,
  role: 'OFFICER',
  unitCode,
  name: null,
});
const anonymous: Identity = { sub: null, role: 'ANONYMOUS', unitCode: null, name: null };

let sequence = 0;
/** One dossier's life as events; `steps` are [type, at, extra payload]. */
function dossier(
  unitCode: string,
  channel: 'ONLINE' | 'IN_PERSON' | 'POST',
  steps: Array<[string, string, Record<string, unknown>?]>,
) {
  sequence += 1;
  const dossierCode = `TEST-${sequence}`;
  let owner = unitCode;
  return steps.map(([type, at, extra = {}]) => {
    const base = {
      dossierCode,
      unitCode: owner,
      procedureCode: '1.001612',
      channel,
      at,
      actorRole: 'OFFICER',
    };
    if (type === 'dossier.transferred.v1') owner = extra.toUnitCode as string;
    const payload = {
      ...base,
      ...(type === 'dossier.transferred.v1' ? { unitCode: owner, fromUnitCode: unitCode } : {}),
      ...extra,
    };
    return newEvent(type as DossierEvent['type'], payload as never, 'test', new Date(at));
  });
}
const receive = (at: string, appointmentAt: string | null): [string, string, Record<string, unknown>] => [
  'dossier.received.v1',
  at,
  { assistedBy: null, receivedAt: at, appointmentAt, feeVnd: 0 },
];
const resolve = (at: string): [string, string, Record<string, unknown>] => [
  'dossier.resolved.v1',
  at,
  { appointmentAt: null, timeliness: 'ON_TIME', electronicResult: false },
];

describe('Biểu 06a from dossier events, with known answers', () => {
  let database: ReturnType<typeof openReportingDatabase>;
  let service: Awaited<ReturnType<typeof startReporting>>;
  let catalogueService: Awaited<ReturnType<typeof catalogue.startCatalogue>>;
  const events: DossierEvent[] = [];
  const query = (identity: Identity, unit: string, from: string, to: string, includeDescendants = true) =>
    subgraphRequest(
      service.url,
      `query R($representations: [_Any!]!, $from: Date!, $to: Date!, $d: Boolean) {
        _entities(representations: $representations) {
          ... on AdministrativeUnit { report(from: $from, to: $to, includeDescendants: $d) {
            received { total online inPersonOrPost carriedOver }
            resolved { total early onTime late withResult finishedOtherwise }
            inProgress { total withinDeadline overdue } withdrawn stopped refusedAfterReceipt transferredIn
            transferredOut returnedByPost
            byUnit { unit { code name } received { total } resolved { total } inProgress { total } transferredIn
              transferredOut }
            byField { level field { code name } received { total carriedOver } resolved { total early onTime late }
              inProgress { total } withdrawn transferredIn transferredOut } } }
        }
      }`,
      {
        identity,
        secret: TEST_IDENTITY_SECRET,
        variables: {
          representations: [{ __typename: 'AdministrativeUnit', code: unit }],
          from,
          to,
          d: includeDescendants,
        },
      },
    );

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
    events.push(
      // 30208, March: early (due 8th, done 6th), late (due 5th, done 7th), in progress overdue at 31/3.
      ...dossier('30208', 'ONLINE', [
        receive('2019-03-04T02:00:00Z', '2019-03-08T02:00:00Z'),
        resolve('2019-03-06T03:00:00Z'),
      ]),
      ...dossier('30208', 'IN_PERSON', [
        receive('2019-03-04T02:00:00Z', '2019-03-05T02:00:00Z'),
        resolve('2019-03-07T03:00:00Z'),
      ]),
      ...dossier('30208', 'POST', [receive('2019-03-20T02:00:00Z', '2019-03-25T02:00:00Z')]),
      // Received in February, finished in March: carried over into March.
      ...dossier('30211', 'IN_PERSON', [
        receive('2019-02-27T02:00:00Z', '2019-03-04T02:00:00Z'),
        resolve('2019-03-04T08:00:00Z'),
      ]),
      // A supplementation pause: due 6th, paused 5th–12th, new appointment 14th, done 13th: early.
      ...dossier('30211', 'IN_PERSON', [
        receive('2019-03-04T02:00:00Z', '2019-03-06T02:00:00Z'),
        [
          'dossier.supplement-requested.v1',
          '2019-03-05T02:00:00Z',
          { items: ['Bản sao CCCD'], policy: 'RESTART' },
        ],
        ['dossier.supplemented.v1', '2019-03-12T02:00:00Z', { appointmentAt: '2019-03-14T02:00:00Z' }],
        resolve('2019-03-13T02:00:00Z'),
      ]),
      // Two supplementation requests: late whatever the dates.
      ...dossier('30211', 'IN_PERSON', [
        receive('2019-03-04T02:00:00Z', '2019-03-20T02:00:00Z'),
        ['dossier.supplement-requested.v1', '2019-03-05T02:00:00Z', { items: ['A'], policy: 'RESTART' }],
        ['dossier.supplemented.v1', '2019-03-06T02:00:00Z', { appointmentAt: '2019-03-20T02:00:00Z' }],
        ['dossier.supplement-requested.v1', '2019-03-07T02:00:00Z', { items: ['B'], policy: 'RESTART' }],
        ['dossier.supplemented.v1', '2019-03-08T02:00:00Z', { appointmentAt: '2019-03-20T02:00:00Z' }],
        resolve('2019-03-11T02:00:00Z'),
      ]),
      // Withdrawn, stopped, refused at intake (never counted).
      ...dossier('30211', 'ONLINE', [
        receive('2019-03-05T02:00:00Z', '2019-03-08T02:00:00Z'),
        ['dossier.withdrawn.v1', '2019-03-06T02:00:00Z'],
      ]),
      ...dossier('30211', 'IN_PERSON', [
        receive('2019-03-05T02:00:00Z', '2019-03-08T02:00:00Z'),
        ['dossier.processing-stopped.v1', '2019-03-06T02:00:00Z', { reason: 'Trùng hồ sơ' }],
      ]),
      ...dossier('30211', 'ONLINE', [
        ['dossier.refused.v1', '2019-03-05T02:00:00Z', { reason: 'Sai thẩm quyền' }],
      ]),
      // Withdrawn two days after its appointment day: finished, and late (issue 18, finding 5).
      ...dossier('30211', 'IN_PERSON', [
        receive('2019-03-11T02:00:00Z', '2019-03-12T02:00:00Z'),
        ['dossier.withdrawn.v1', '2019-03-14T02:00:00Z'],
      ]),
      // Transferred from commune 30211 to the district desk, resolved there on time.
      ...dossier('30211', 'IN_PERSON', [
        receive('2019-03-18T02:00:00Z', '2019-04-05T02:00:00Z'),
        ['dossier.transferred.v1', '2019-03-19T02:00:00Z', { toUnitCode: '876' }],
        resolve('2019-04-05T09:00:00Z'),
      ]),
    );
    for (const event of events) await applyEvent(database.db, event);
  });
  afterAll(async () => {
    await service?.stop();
    await catalogueService?.stop();
    await database?.close();
  });

  const march = async () =>
    (await query(leader, '876', '2019-03-01', '2019-03-31')).data?._entities[0].report;

  it('gives the known figures for a district and its communes', async () => {
    const report = await march();
    expect(report.received).toEqual({ total: 10, online: 2, inPersonOrPost: 7, carriedOver: 1 });
    // Issue 18, finding 5 (Biểu II.06a as real systems fill it: "Đúng hạn (bao gồm … trả lại/xin rút)"): the
    // withdrawn and stopped dossiers are resolved, on time against their appointment, the late withdrawal late.
    expect(report.resolved).toEqual({
      total: 8,
      early: 2,
      onTime: 3,
      late: 3,
      withResult: 5,
      finishedOtherwise: 3,
    });
    expect(report.inProgress).toEqual({ total: 2, withinDeadline: 1, overdue: 1 });
    expect(report).toMatchObject({ withdrawn: 2, stopped: 1, transferredIn: 0, transferredOut: 0 });
    const row = (code: string) =>
      report.byUnit.find((unit: { unit: { code: string } }) => unit.unit.code === code);
    expect(row('876')).toMatchObject({
      unit: { name: 'Huyện Lai Vung' },
      transferredIn: 1,
      inProgress: { total: 1 },
    });
    expect(row('30211')).toMatchObject({
      unit: { name: 'Xã Tân Dương' },
      transferredOut: 1,
      received: { total: 7 },
    });
    expect(row('30208')).toMatchObject({ unit: { name: 'Thị trấn Lai Vung' }, inProgress: { total: 1 } });
    // Issue 18, finding 5: the form adds up, received = resolved + in progress (transfers beside), for the whole,
    // for each unit and for each row of the form (field × level).
    type Balanced = {
      received: { total: number };
      resolved: { total: number };
      inProgress: { total: number };
      transferredIn: number;
      transferredOut: number;
    };
    const balance = (figures: Balanced) =>
      figures.received.total + figures.transferredIn - figures.transferredOut - figures.resolved.total;
    for (const figures of [report, ...report.byUnit, ...report.byField])
      expect(balance(figures)).toBe(figures.inProgress.total);
    expect(report.byField).toEqual([
      expect.objectContaining({
        level: 'DISTRICT',
        field: { code: expect.any(String), name: 'Thành lập và hoạt động của hộ kinh doanh' },
        received: { total: 0, carriedOver: 0 },
        transferredIn: 1,
        inProgress: { total: 1 },
      }),
      expect.objectContaining({
        level: 'COMMUNE',
        received: { total: 10, carriedOver: 1 },
        resolved: { total: 8, early: 2, onTime: 3, late: 3 },
        withdrawn: 2,
        transferredOut: 1,
        inProgress: { total: 1 },
      }),
    ]);
  });

  it('carries open dossiers into the next period', async () => {
    const april = (await query(leader, '876', '2019-04-01', '2019-04-30')).data?._entities[0].report;
    expect(april.received).toEqual({ total: 2, online: 0, inPersonOrPost: 0, carriedOver: 2 });
    expect(april.resolved).toEqual({
      total: 1,
      early: 0,
      onTime: 1,
      late: 0,
      withResult: 1,
      finishedOtherwise: 0,
    });
    expect(april.inProgress).toEqual({ total: 1, withinDeadline: 0, overdue: 1 });
  });

  it('changes nothing when events are delivered again, and rebuilding gives the same figures', async () => {
    const before = await march();
    for (const event of events) expect(await applyEvent(database.db, event)).toBe(false);
    expect(await march()).toEqual(before);
    const rebuilt = await rebuildProjections(database.db);
    expect(rebuilt?.dossiers).toBe(11);
    expect(await march()).toEqual(before);
  });

  it('lets an officer read their own commune only, and nobody without a token', async () => {
    const own = await query(officerOf('30211'), '30211', '2019-03-01', '2019-03-31');
    expect(own.data?._entities[0].report.received.total).toBe(7);
    const other = await query(officerOf('30211'), '30208', '2019-03-01', '2019-03-31');
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const district = await query(officerOf('30211'), '876', '2019-03-01', '2019-03-31');
    expect(district.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const communeLeader = await query({ ...leader, unitCode: '30208' }, '30211', '2019-03-01', '2019-03-31');
    expect(communeLeader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nobody = await query(anonymous, '30208', '2019-03-01', '2019-03-31');
    expect(nobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a period that ends before it starts, or spans more than 400 days', async () => {
    const backwards = await query(leader, '876', '2019-03-01', '2019-02-01');
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await query(leader, '876', '2019-01-01', '2021-01-01');
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows the public board without a token, with aggregate figures only', async () => {
    const answer = await subgraphRequest(
      service.url,
      `{ transparencyBoard(unitCode: "876", on: "2019-03-31") { on total { unit { code } month { received resolvedEarly resolvedOnTime resolvedLate inProgress onlineRate } } units { unit { code name } year { received } } } }`,
      { identity: anonymous, secret: TEST_IDENTITY_SECRET },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.transparencyBoard.total.month).toEqual({
      received: 9,
      resolvedEarly: 2,
      resolvedOnTime: 3,
      resolvedLate: 3,
      inProgress: 2,
      onlineRate: 0.2222,
    });
    expect(answer.data?.transparencyBoard.units).toHaveLength(13);
  });

  it('exports the form by field and by unit, each line reconciling (issue 18, finding 5)', async () => {
    for (const view of ['BY_FIELD', 'BY_UNIT']) {
      const link = await subgraphRequest(
        service.url,
        `query E($view: ReportView) { reportExport(unitCode: "876", from: "2019-03-01", to: "2019-03-31", format: CSV, view: $view) { url } }`,
        { identity: leader, secret: TEST_IDENTITY_SECRET, variables: { view } },
      );
      expect(link.errors).toBeUndefined();
      const text = (await (await fetch(link.data?.reportExport.url)).text()).replace(/^\uFEFF/, '');
      const [header = [], ...lines] = text
        .trim()
        .split('\r\n')
        .map((line) =>
          [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((cell) =>
            (cell[1] ?? '').replace(/^"(.*)"$/, '$1').replaceAll('""', '"'),
          ),
        );
      const column = (line: string[], heading: string) => Number(line[header.indexOf(heading)]);
      expect(header[1]).toBe(view === 'BY_FIELD' ? 'Lĩnh vực giải quyết' : 'Tên đơn vị');
      expect(lines.length).toBe(view === 'BY_FIELD' ? 3 : 14);
      for (const line of lines) {
        const resolved = column(line, 'Tổng số đã giải quyết');
        expect(
          column(line, 'Tổng số hồ sơ tiếp nhận') +
            column(line, 'Nhận chuyển đến') -
            column(line, 'Chuyển đi'),
        ).toBe(resolved + column(line, 'Tổng số đang giải quyết'));
        expect(
          column(line, 'Giải quyết trước hạn') +
            column(line, 'Giải quyết đúng hạn (gồm rút, dừng, từ chối)') +
            column(line, 'Giải quyết quá hạn'),
        ).toBe(resolved);
      }
      const total = lines.at(-1) ?? [];
      expect(column(total, 'Tổng số hồ sơ tiếp nhận')).toBe(10);
      expect(column(total, 'Trong số đã giải quyết: rút hồ sơ')).toBe(2);
    }
  });
});
