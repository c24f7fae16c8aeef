import { waitFor } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, fileExtractCopies, graphql, startFederation } from './federation';

/** Xã Lai Vung (30226) runs its own dossiers instance; since 1/7/2025 it sits directly under the province (82). */
const LAI_VUNG = { name: 'lai-vung', units: ['30226'], agencyCodes: ['000.00.91.H20'] };
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

type Freshness = { status: string; instance: string | null; lastEventAt: string | null };
type ReportAnswer = {
  errors?: unknown[];
  report: {
    received: { total: number };
    staleUnits: Array<{ code: string }>;
    byUnit: Array<{ unit: { code: string; freshness: Freshness } }>;
  } | null;
};

describe('the province report while a commune’s dossiers instance is down', () => {
  let federation: Federation;
  let leader: string;
  let filedAt: number;

  const provinceReport = async (): Promise<ReportAnswer> => {
    const answer = await graphql(
      federation.gateway.url,
      `query($from: Date!, $to: Date!) { administrativeUnit(code: "82") { report(from: $from, to: $to) {
        received { total } staleUnits { code }
        byUnit { unit { code freshness { status instance lastEventAt } } }
      } } }`,
      { token: leader, variables: { from: today, to: today } },
    );
    return { errors: answer.errors, report: answer.data?.administrativeUnit?.report ?? null };
  };
  const freshnessOf = (answer: ReportAnswer, code: string) =>
    answer.report?.byUnit.find((row) => row.unit.code === code)?.unit.freshness;

  beforeAll(async () => {
    federation = await startFederation({
      seedDemo: false,
      dossiersInstances: [LAI_VUNG],
      dossiersEnv: { HEARTBEAT_SECONDS: '0.5' },
      reportingEnv: { STALE_AFTER_SECONDS: '3' },
    });
    leader = await federation.token('LEADER', '82');
    const citizen = await federation.token('CITIZEN');
    filedAt = Date.now();
    await fileExtractCopies(federation.gateway.url, citizen, '30226', 'stale-1');
  }, 120_000);

  afterAll(async () => {
    await federation?.stop();
  });

  it('answers from the read model and marks only the silent commune stale, with the time of its last event', async () => {
    const live = await waitFor(provinceReport, (answer) => {
      const laiVung = freshnessOf(answer, '30226');
      return laiVung?.status === 'CURRENT' && laiVung.lastEventAt !== null;
    });
    expect(live.errors).toBeUndefined();
    expect(freshnessOf(live, '30226')?.instance).toBe('lai-vung');
    const lastEventAt = Date.parse(freshnessOf(live, '30226')?.lastEventAt as string);
    expect(lastEventAt).toBeGreaterThanOrEqual(filedAt - 1_000);
    expect(live.report?.staleUnits).toEqual([]);

    await federation.kill('lai-vung');
    const silent = await waitFor(
      provinceReport,
      (answer) => (answer.report?.staleUnits.length ?? 0) > 0,
      15_000,
    );
    expect(silent.errors).toBeUndefined();
    expect(silent.report?.staleUnits).toEqual([{ code: '30226' }]);
    expect(freshnessOf(silent, '30226')).toEqual({
      status: 'STALE',
      instance: 'lai-vung',
      lastEventAt: freshnessOf(live, '30226')?.lastEventAt,
    });
    // Units served by the district's instance, still beating, are current.
    const others = silent.report?.byUnit.filter((row) => row.unit.code !== '30226') ?? [];
    expect(others.length).toBeGreaterThan(0);
    for (const row of others) expect(row.unit.freshness.status).toBe('CURRENT');
  }, 60_000);
});
