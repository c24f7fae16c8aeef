import * as catalogue from '@dvc/catalogue';
import type { DossierEvent } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportingConfig } from '../src/config';
import { openReportingDatabase } from '../src/db';
import { AFTER_ARTICLE, ARTICLE_FIGURES, laiVung2019History } from '../src/demo/lai-vung-2019';
import { addContribution, projectDossiers } from '../src/projections/project';
import { startReporting } from '../src/service';
import { legacyRowEvents } from './helpers/legacy-events';

const leader: Identity = { sub: 'leader-876', role: 'LEADER', unitCode: '876', name: null };
type Row = {
  unit: { code: string; name?: string };
  received: { total: number };
  resolved: { total: number; withResult: number };
  inProgress: { total: number };
  returnedByPost: number;
};
type Code = { unit: { code: string } };

describe("the article's demo history (Lai Vung, first half of 2019)", () => {
  const rows = laiVung2019History();
  let database: ReturnType<typeof openReportingDatabase>;
  let service: Awaited<ReturnType<typeof startReporting>>;
  let catalogueService: Awaited<ReturnType<typeof catalogue.startCatalogue>>;
  const ask = (query: string, identity: Identity = leader) =>
    subgraphRequest(service.url, query, { identity, secret: TEST_IDENTITY_SECRET });

  beforeAll(async () => {
    const base = { IDENTITY_SECRET: TEST_IDENTITY_SECRET, PORT: '0', LOG_LEVEL: 'silent' };
    catalogueService = await catalogue.startCatalogue(
      catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: await createTestDatabase('catalogue') }),
    );
    const url = await createTestDatabase('reporting');
    database = openReportingDatabase(url, 5);
    const byDossier: Array<[string, DossierEvent[]]> = rows.map((row) => [row.code, legacyRowEvents(row)]);
    await addContribution(database.db, await projectDossiers(database.db, byDossier));
    service = await startReporting(
      loadReportingConfig({ ...base, DATABASE_URL: url, CATALOGUE_URL: catalogueService.url }),
    );
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await catalogueService?.stop();
    await database?.close();
  });

  it('is deterministic and uses the 2019 units, agency codes and code format', () => {
    expect(laiVung2019History()).toEqual(rows);
    const firstHalf = rows.filter((row) => (row.code.split('-')[1] ?? '') <= '190630');
    expect(firstHalf).toHaveLength(ARTICLE_FIGURES.received);
    expect(new Set(rows.map((row) => row.unitCode)).size).toBe(13);
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
    for (const row of rows) expect(row.code).toMatch(/^000\.\d{2}\.11\.H20-19(0[1-9])\d{2}-\d{4}$/);
    const students = new Set(rows.map((row) => row.assistedBy).filter((id) => id?.startsWith('sv-')));
    expect(students.size).toBe(ARTICLE_FIGURES.volunteers);
  });

  // Issue 18, finding 8: the article (Báo Đồng Tháp, 25/7/2019) reports the six months before the "students
  // accompany citizens" model; its volunteers appear only after them, and nothing stays open for ever.
  it('has no volunteer-assisted filing in the six months the article reports', () => {
    const receivedOn = (row: (typeof rows)[number]) =>
      row.history.find((step) => step.action === 'RECEIVE')?.at ?? '';
    for (const row of rows.filter((row) => row.assistedBy))
      expect(receivedOn(row) >= `${AFTER_ARTICLE.studentsFrom}T00:00:00+07:00`).toBe(true);
    expect(rows.some((row) => row.assistedBy && receivedOn(row) < '2019-07-01')).toBe(false);
  });

  it("gives the article's figures through the report, in total and per commune", async () => {
    const answer =
      await ask(`{ _entities(representations: [{ __typename: "AdministrativeUnit", code: "876" }]) {
      ... on AdministrativeUnit { report(from: "2019-01-01", to: "2019-06-30") {
        received { total online inPersonOrPost carriedOver } resolved { total early onTime late withResult }
        inProgress { total withinDeadline overdue } returnedByPost withdrawn stopped onlineRate onTimeRate
        byUnit { unit { code name } received { total } resolved { total withResult } inProgress { total } returnedByPost }
        } volunteerActivity(from: "2019-01-01", to: "2019-06-30") { assisted volunteers } } } }`);
    expect(answer.errors).toBeUndefined();
    const report = answer.data?._entities[0].report;
    expect(report.received.total).toBe(3412);
    expect(report.received.carriedOver).toBe(0);
    // 3,050 resolved with a result; the 12 withdrawn and 7 stopped are resolved on time on the form (finding 5).
    expect(report.resolved.withResult).toBe(3050);
    expect(report.resolved.total).toBe(3050 + 12 + 7);
    expect(report.resolved.late).toBe(0);
    expect(report.onTimeRate).toBe(1);
    expect(report.inProgress).toEqual({ total: 343, withinDeadline: 343, overdue: 0 });
    expect(report.returnedByPost).toBe(282);
    expect(report).toMatchObject({ withdrawn: 12, stopped: 7 });
    expect(report.byUnit).toHaveLength(13);
    expect(report.byUnit[0].unit).toEqual({ code: '876', name: 'Huyện Lai Vung' });
    const sum = (pick: (row: Row) => number) =>
      report.byUnit.reduce((total: number, row: Row) => total + pick(row), 0);
    expect(sum((row) => row.resolved.withResult)).toBe(3050);
    expect(sum((row) => row.inProgress.total)).toBe(343);
    expect(report.byUnit.find((row: Row) => row.unit.code === '876').returnedByPost).toBe(0);
    // "chưa có hồ sơ phát sinh nhiều": online filing is rare, and nobody was assisted yet.
    expect(report.onlineRate).toBeGreaterThan(0);
    expect(report.onlineRate).toBeLessThan(0.05);
    expect(answer.data?._entities[0].volunteerActivity).toEqual({ assisted: 0, volunteers: 0 });
  });

  it('finishes the 343 open dossiers in July, on time, and goes on with the volunteer model', async () => {
    const answer =
      await ask(`{ _entities(representations: [{ __typename: "AdministrativeUnit", code: "876" }]) {
      ... on AdministrativeUnit {
        july: report(from: "2019-07-01", to: "2019-07-31") { received { carriedOver } resolved { late } }
        rest: report(from: "2019-08-01", to: "2019-12-31") { received { carriedOver } resolved { late } inProgress { total } }
        volunteerActivity(from: "2019-07-01", to: "2019-09-30") { assisted volunteers assistedShareOfOnline
          byUnit { unit { code } modelStartedOn onlineRateBefore onlineRateAfter } byWeek { weekStart assisted } }
        targets(from: "2019-01-01", to: "2019-06-30") { unit { code } target actual met }
        serviceIndex(from: "2019-01-01", to: "2019-06-30") { total maxTotal indicators { code numerator denominator rate score maxScore } }
        reportSeries(year: 2019, granularity: QUARTER) { from to received { total carriedOver } inProgress { total } }
      } } }`);
    expect(answer.errors).toBeUndefined();
    const unit = answer.data?._entities[0];
    expect(unit.july.received.carriedOver).toBe(343);
    expect(unit.july.resolved.late).toBe(0);
    // Every open dossier of 30 June finished in July: none of them is carried into August.
    const stillOpen = rows.filter((row) => {
      const receivedOn = row.history.find((step) => step.action === 'RECEIVE')?.at ?? '';
      const finish = row.history.find((step) => ['RESOLVE', 'WITHDRAW', 'STOP'].includes(step.action))?.at;
      return receivedOn < '2019-06-30T17:00:00Z' && (!finish || finish >= '2019-07-31T17:00:00Z');
    });
    expect(stillOpen).toEqual([]);
    expect(unit.rest.resolved.late).toBe(0);
    expect(unit.rest.inProgress.total).toBe(0);
    expect(unit.volunteerActivity.assistedShareOfOnline).toBeGreaterThan(0.5);
    const town = unit.volunteerActivity.byUnit.find(
      (row: Code & Record<string, unknown>) => row.unit.code === '30208',
    );
    expect(town.modelStartedOn >= AFTER_ARTICLE.studentsFrom).toBe(true);
    expect(town.onlineRateAfter).toBeGreaterThan(town.onlineRateBefore);
    expect(unit.targets.find((row: Code & Record<string, unknown>) => row.unit.code === '876').target).toBe(
      0.4,
    );
    expect(unit.targets.find((row: Code & Record<string, unknown>) => row.unit.code === '30211').target).toBe(
      0.3,
    );
    const onTime = unit.serviceIndex.indicators.find(
      (indicator: { code: string }) => indicator.code === '2.1',
    );
    expect(onTime).toMatchObject({ numerator: 3412, denominator: 3412, rate: 1, score: 20, maxScore: 20 });
    const online = unit.serviceIndex.indicators.find(
      (indicator: { code: string }) => indicator.code === '3.3',
    );
    expect(online.score).toBeCloseTo((4 * Math.min(online.rate, 0.5)) / 0.5, 2);
    const [q1, q2, q3, q4] = unit.reportSeries;
    expect(q2.received.carriedOver).toBe(q1.inProgress.total);
    expect(q3.received.carriedOver).toBe(343);
    expect(q4.inProgress.total).toBe(0);
  });
});
