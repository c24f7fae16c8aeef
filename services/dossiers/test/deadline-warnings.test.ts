import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossiersDatabase } from '../src/db';
import { warnApproachingDeadlines } from '../src/deadlines/warnings';
import type { RuleDeps } from '../src/rules/deps';
import {
  apologizeForDelay,
  receiveDossier,
  requestSupplement,
  supplementDossier,
} from '../src/rules/lifecycle';
import { fileDirect, startStack, who } from './support';

const WINDOW_HOURS = 24;
const vn = (local: string) => new Date(`${local}+07:00`);
const hoursAfter = (moment: Date, hours: number) => new Date(moment.getTime() + hours * 3600_000);

describe('warnings before a dossier goes late', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  // The sweep of the running service stays off: each test sweeps at moments of its own.
  beforeAll(async () => {
    stack = await startStack({ DEADLINE_WARNING_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => stack?.stop());

  const at = (moment: Date): RuleDeps => ({ ...stack.deps, now: () => moment });
  const warnings = async (code: string) =>
    stack.db.execute<{ due: string }>(
      sql`select payload->>'dueAt' as due from outbox
          where type = 'dossier.deadline-approaching.v1' and payload->>'dossierCode' = ${code} order by position`,
    );
  const openDossier = (deps: RuleDeps, status: number, dueAt: Date | null) =>
    fileDirect(deps, {
      status,
      at: hoursAfter(deps.now(), -48),
      receivedAt: hoursAfter(deps.now(), -47),
      dueAt,
      appointmentAt: dueAt,
    });

  it('warns each dossier exactly once per deadline while several sweeps run at the same time', async () => {
    const now = at(vn('2026-03-09T09:00:00'));
    const codes: string[] = [];
    for (let i = 0; i < 20; i++)
      codes.push(await openDossier(now, [2, 4, 6][i % 3] as number, hoursAfter(now.now(), 1 + i)));
    // A second connection pool stands for a second process sweeping the same database.
    const otherProcess = openDossiersDatabase(stack.databaseUrl, 2);
    const sweepers = [now, { ...now, db: otherProcess.db }, now, { ...now, db: otherProcess.db }];
    const warned = await Promise.all(
      sweepers.map((deps) => warnApproachingDeadlines(deps, WINDOW_HOURS, 3)),
    ).finally(otherProcess.close);
    expect(warned.reduce((sum, n) => sum + n, 0)).toBe(20);
    for (const code of codes) expect((await warnings(code)).length, code).toBe(1);
    expect(await warnApproachingDeadlines(at(hoursAfter(now.now(), 0.5)), WINDOW_HOURS)).toBe(0);

    const [first] = codes;
    const query =
      'query($code: ID!) { dossier(code: $code) { deadline deadlineWarnedAt deadlineWarnedFor } }';
    const officer = await stack.ask(who.officer(), query, { code: first });
    expect(officer.data?.dossier).toEqual({
      deadline: hoursAfter(now.now(), 1).toISOString(),
      deadlineWarnedAt: now.now().toISOString(),
      deadlineWarnedFor: hoursAfter(now.now(), 1).toISOString(),
    });
    const citizen = await stack.ask(who.citizen(), query, { code: first });
    expect(citizen.data?.dossier).toMatchObject({ deadlineWarnedAt: null, deadlineWarnedFor: null });
  });

  it('leaves paused, closed, already late, far-off and deadline-free dossiers alone', async () => {
    const now = at(vn('2026-04-06T09:00:00'));
    const soon = hoursAfter(now.now(), 2);
    const quiet = [
      await openDossier(now, 5, soon), // waiting for the applicant's supplement: the clock is paused
      ...(await Promise.all([3, 7, 8, 9, 10].map((status) => openDossier(now, status, soon)))),
      await openDossier(now, 4, hoursAfter(now.now(), -1)), // already OVERDUE in the queue
      await openDossier(now, 4, hoursAfter(now.now(), WINDOW_HOURS + 1)),
      await openDossier(now, 4, null),
    ];
    const control = await openDossier(now, 4, soon);
    expect(await warnApproachingDeadlines(now, WINDOW_HOURS)).toBe(1);
    expect(await warnings(control)).toEqual([{ due: soon.toISOString() }]);
    for (const code of quiet) expect(await warnings(code), code).toEqual([]);
  });

  it('warns again when a completed supplement restarts the clock', async () => {
    const monday = vn('2026-05-11T08:00:00');
    const code = await fileDirect(at(monday), {
      at: monday,
      procedure: {
        name: 'Chứng thực bản sao',
        method: 'ONLINE',
        duration: { unit: 'WORKING_HOURS', value: 4, cutoff: null },
        feeVnd: 0,
        feeDescription: null,
      },
    });
    await receiveDossier(at(monday), code, who.officer());
    expect(await warnApproachingDeadlines(at(monday), WINDOW_HOURS)).toBe(1);
    await requestSupplement(at(hoursAfter(monday, 1)), code, who.officer(), { items: ['Bản chính'] });
    expect(await warnApproachingDeadlines(at(hoursAfter(monday, 1.5)), WINDOW_HOURS)).toBe(0);
    await supplementDossier(at(hoursAfter(monday, 2)), code, who.citizen(), { note: 'Đã nộp bản chính' });
    expect(await warnApproachingDeadlines(at(hoursAfter(monday, 2)), WINDOW_HOURS)).toBe(1);
    // 08:00 + 4 working hours (lunch 11:30–13:30) is 14:00; from 10:00 it is 16:00.
    expect(await warnings(code)).toEqual([
      { due: vn('2026-05-11T14:00:00').toISOString() },
      { due: vn('2026-05-11T16:00:00').toISOString() },
    ]);
  });

  it("warns before an apology's new date once the original deadline has passed", async () => {
    const now = vn('2026-06-08T09:00:00');
    const code = await openDossier(at(now), 4, hoursAfter(now, 1));
    expect(await warnApproachingDeadlines(at(now), WINDOW_HOURS)).toBe(1);
    const promised = hoursAfter(now, 20);
    await apologizeForDelay(at(now), code, who.officer(), {
      newAppointmentAt: promised,
      reason: 'Chờ xác minh',
    });
    expect(await warnApproachingDeadlines(at(hoursAfter(now, 0.5)), WINDOW_HOURS)).toBe(0);
    expect(await warnApproachingDeadlines(at(hoursAfter(now, 2)), WINDOW_HOURS)).toBe(1);
    expect(await warnApproachingDeadlines(at(hoursAfter(now, 3)), WINDOW_HOURS)).toBe(0);
    expect(await warnings(code)).toEqual([
      { due: hoursAfter(now, 1).toISOString() },
      { due: promised.toISOString() },
    ]);
  });
});
