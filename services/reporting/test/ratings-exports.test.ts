import * as catalogue from '@dvc/catalogue';
import { type DossierEvent, newEvent } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportingConfig } from '../src/config';
import { openReportingDatabase } from '../src/db';
import { applyEvent } from '../src/projections/project';
import { rateDossier } from '../src/rules/activity';
import { startReporting } from '../src/service';

const citizen = (sub: string): Identity => ({ sub, role: 'CITIZEN', unitCode: null, name: null });
const leader: Identity = { sub: 'leader-876', role: 'LEADER', unitCode: '876', name: null };
const officer = (unitCode: string): Identity => ({
  sub: `officer-${unitCode}`,
  role: 'OFFICER',
  unitCode,
  name: null,
});
const anonymous: Identity = { sub: null, role: 'ANONYMOUS', unitCode: null, name: null };

function onlineDossier(code: string, account: string, finished: boolean): DossierEvent[] {
  const base = {
    dossierCode: code,
    unitCode: '30211',
    procedureCode: '1.004873',
    channel: 'ONLINE' as const,
    actorRole: 'CITIZEN',
  };
  const events: DossierEvent[] = [
    newEvent(
      'dossier.submitted.v1',
      {
        ...base,
        at: '2019-05-06T01:00:00Z',
        assistedBy: null,
        returnChannel: 'DESK',
        applicantAccount: account,
        notify: { sms: true, email: false, zalo: false },
      },
      'test',
    ),
    newEvent(
      'dossier.received.v1',
      {
        ...base,
        at: '2019-05-06T02:00:00Z',
        actorRole: 'OFFICER',
        assistedBy: null,
        receivedAt: '2019-05-06T02:00:00Z',
        appointmentAt: '2019-05-09T02:00:00Z',
        feeVnd: 0,
      },
      'test',
    ),
  ];
  if (finished) {
    events.push(
      newEvent(
        'dossier.resolved.v1',
        {
          ...base,
          at: '2019-05-08T02:00:00Z',
          actorRole: 'OFFICER',
          appointmentAt: '2019-05-09T02:00:00Z',
          timeliness: 'EARLY',
          electronicResult: true,
        },
        'test',
      ),
    );
  }
  return events;
}

describe('ratings, targets and exports', () => {
  let database: ReturnType<typeof openReportingDatabase>;
  let service: Awaited<ReturnType<typeof startReporting>>;
  let catalogueService: Awaited<ReturnType<typeof catalogue.startCatalogue>>;
  const ask = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    subgraphRequest(service.url, query, { identity, secret: TEST_IDENTITY_SECRET, variables });
  const RATE = `mutation R($code: ID!, $rating: SatisfactionLevel!, $comment: String) {
    rateDossier(code: $code, rating: $rating, comment: $comment) { dossierCode rating comment changeableUntil } }`;

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
    for (const event of [
      ...onlineDossier('D-1', 'citizen-1', true),
      ...onlineDossier('D-2', 'citizen-1', false),
      ...onlineDossier('D-3', 'citizen-2', true),
    ]) {
      await applyEvent(database.db, event);
    }
  });
  afterAll(async () => {
    await service?.stop();
    await catalogueService?.stop();
    await database?.close();
  });

  it('lets a citizen rate their own finished dossier only', async () => {
    const rated = await ask(citizen('citizen-1'), RATE, {
      code: 'D-1',
      rating: 'SATISFIED',
      comment: 'Nhanh',
    });
    expect(rated.errors).toBeUndefined();
    expect(rated.data?.rateDossier).toMatchObject({
      dossierCode: 'D-1',
      rating: 'SATISFIED',
      comment: 'Nhanh',
    });
    const open = await ask(citizen('citizen-1'), RATE, { code: 'D-2', rating: 'SATISFIED' });
    expect(open.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const notTheirs = await ask(citizen('citizen-1'), RATE, { code: 'D-3', rating: 'VERY_DISSATISFIED' });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const desk = await ask(officer('30211'), RATE, { code: 'D-1', rating: 'SATISFIED' });
    expect(desk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nobody = await ask(anonymous, RATE, { code: 'D-1', rating: 'SATISFIED' });
    expect(nobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps one rating per dossier, changeable only for a limited time, and counts bad ones in 5.4', async () => {
    const changed = await ask(citizen('citizen-2'), RATE, { code: 'D-3', rating: 'SATISFIED' });
    expect(changed.errors).toBeUndefined();
    const again = await ask(citizen('citizen-2'), RATE, { code: 'D-3', rating: 'VERY_DISSATISFIED' });
    expect(again.data?.rateDossier.rating).toBe('VERY_DISSATISFIED');
    const later = new Date(Date.now() + 8 * 86_400_000);
    await expect(
      rateDossier(
        database.db,
        citizen('citizen-2'),
        { code: 'D-3', rating: 'SATISFIED', comment: null },
        7,
        later,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    const answer = await ask(
      leader,
      `{ _entities(representations: [{ __typename: "AdministrativeUnit", code: "30211" }]) { ... on AdministrativeUnit {
        satisfaction(from: "2019-05-01", to: "2019-05-31") { total byLevel { rating count } satisfiedRate }
        serviceIndex(from: "2019-05-01", to: "2019-05-31") { indicators { code numerator denominator rate } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const unit = answer.data?._entities[0];
    // Ratings belong to the period in which their dossier finished.
    expect(unit.satisfaction.total).toBe(2);
    expect(unit.satisfaction.byLevel).toContainEqual({ rating: 'VERY_DISSATISFIED', count: 1 });
    expect(unit.satisfaction.satisfiedRate).toBe(0.5);
    // 5.4: three dossiers handled, one overdue on 31 May (D-2, due 9 May), one with a bad rating.
    expect(unit.serviceIndex.indicators.find((item: { code: string }) => item.code === '5.4')).toEqual({
      code: '5.4',
      numerator: 1,
      denominator: 3,
      rate: 0.3333,
    });
  });

  it('stores targets per unit and period, set by a leader above', async () => {
    const SET = `mutation { setTarget(unitCode: "30211", rate: 0.35, validFrom: "2019-01-01", validTo: "2019-12-31") { unit { code name } rate } }`;
    const refused = await ask(officer('30211'), SET);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await ask(leader, SET);
    expect(set.data?.setTarget).toEqual({ unit: { code: '30211', name: 'Xã Tân Dương' }, rate: 0.35 });
    const progress = await ask(
      officer('30211'),
      `{ _entities(representations: [{ __typename: "AdministrativeUnit", code: "30211" }]) { ... on AdministrativeUnit {
        targets(from: "2019-05-01", to: "2019-05-31") { unit { code } target configured actual online received met } } } }`,
    );
    expect(progress.data?._entities[0].targets).toEqual([
      {
        unit: { code: '30211' },
        target: 0.35,
        configured: true,
        actual: 1,
        online: 3,
        received: 3,
        met: true,
      },
    ]);
  });

  it('exports Biểu 06a as CSV and XLSX with Vietnamese headings, for allowed readers only', async () => {
    const EXPORT = `query E($format: ExportFormat!, $unit: ID!) { reportExport(unitCode: $unit, from: "2019-05-01", to: "2019-05-31", format: $format) { fileName contentType url } }`;
    const csvLink = await ask(leader, EXPORT, { format: 'CSV', unit: '876' });
    expect(csvLink.errors).toBeUndefined();
    expect(csvLink.data?.reportExport.fileName).toBe('bieu-06a-876-2019-05-01-2019-05-31.csv');
    const csv = await fetch(csvLink.data?.reportExport.url);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toContain('Tổng số hồ sơ tiếp nhận');
    // The form's rows are fields by level (Biểu II.06a); the unit view is asked for by name.
    expect(text).toContain('Cấp xã,Hộ tịch');
    expect(text).toContain('Tổng cộng Huyện Lai Vung');
    const byUnit = await ask(
      leader,
      `{ reportExport(unitCode: "876", from: "2019-05-01", to: "2019-05-31", format: CSV, view: BY_UNIT) { fileName url } }`,
    );
    expect(byUnit.data?.reportExport.fileName).toBe('bieu-06a-876-2019-05-01-2019-05-31-theo-don-vi.csv');
    expect(await (await fetch(byUnit.data?.reportExport.url)).text()).toContain('Xã Tân Dương');

    const xlsxLink = await ask(leader, EXPORT, { format: 'XLSX', unit: '876' });
    const xlsx = await fetch(xlsxLink.data?.reportExport.url);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Biểu 06a');
    expect(sheet?.getRow(3).getCell(3).value).toBe('Tổng số hồ sơ tiếp nhận');
    expect(sheet?.getRow(3).getCell(4).value).toBe('Tiếp nhận trực tuyến');

    const forbidden = await ask(officer('30208'), EXPORT, { format: 'CSV', unit: '30211' });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forged = await fetch(
      `${csvLink.data?.reportExport.url.split('/exports/')[0]}/exports/forged.token`,
    );
    expect(forged.status).toBe(404);
  });
});
