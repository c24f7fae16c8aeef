import * as catalogue from '@dvc/catalogue';
import { type DossierEvent, newEvent } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportingConfig } from '../src/config';
import { openReportingDatabase } from '../src/db';
import { applyEvent, rebuildProjections } from '../src/projections/project';
import { startReporting } from '../src/service';

/**
 * Generated dossiers with every kind of life (supplementation pauses, two requests, transfers, apologies, late
 * finishes, withdrawals, stops, refusals at intake, dossiers still open), delivered in shuffled order, several at a
 * time; the report must equal a direct computation over the same dossiers.
 */
const leader: Identity = { sub: 'leader-876', role: 'LEADER', unitCode: '876', name: null };
const UNITS = ['876', '30208', '30211', '30214'];
const day = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

type Step = { type: DossierEvent['type']; at: string; extra: Record<string, unknown> };
type Life = {
  code: string;
  unit: string;
  channel: 'ONLINE' | 'IN_PERSON' | 'POST';
  steps: Step[];
  /** What really happened, kept beside the events for the direct computation. */
  receivedAt: string | null;
  owners: Array<{ from: string; unit: string }>;
  dues: Array<{ from: string; due: string | null }>;
  finish: { at: string; kind: 'RESOLVED' | 'WITHDRAWN' | 'STOPPED' } | null;
  requests: string[];
};

function generate(count: number): Life[] {
  const next = random(42);
  const hours = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3600_000).toISOString();
  const lives: Life[] = [];
  for (let index = 0; index < count; index += 1) {
    const unit = UNITS[Math.floor(next() * UNITS.length)] as string;
    const channel = next() < 0.3 ? 'ONLINE' : next() < 0.1 ? 'POST' : 'IN_PERSON';
    const receivedAt = new Date(
      Date.UTC(2019, 0, 1) + Math.floor(next() * 170 * 24) * 3600_000,
    ).toISOString();
    const life: Life = {
      code: `REF-${index}`,
      unit,
      channel,
      steps: [],
      receivedAt,
      owners: [{ from: receivedAt, unit }],
      dues: [],
      finish: null,
      requests: [],
    };
    if (next() < 0.05) {
      life.receivedAt = null;
      life.owners = [];
      life.steps.push({
        type: 'dossier.refused.v1',
        at: receivedAt,
        extra: { reason: 'Không đủ điều kiện' },
      });
      lives.push(life);
      continue;
    }
    const due = next() < 0.1 ? null : hours(receivedAt, 24 * (1 + Math.floor(next() * 20)));
    life.dues.push({ from: receivedAt, due });
    life.steps.push({
      type: 'dossier.received.v1',
      at: receivedAt,
      extra: { assistedBy: null, receivedAt, appointmentAt: due, feeVnd: 0 },
    });
    let now = receivedAt;
    let currentDue = due;
    const supplements = next() < 0.25 ? (next() < 0.3 ? 2 : 1) : 0;
    for (let s = 0; s < supplements; s += 1) {
      now = hours(now, 2 + Math.floor(next() * 48));
      life.requests.push(now);
      life.dues.push({ from: now, due: 'PAUSED' });
      life.steps.push({
        type: 'dossier.supplement-requested.v1',
        at: now,
        extra: { items: ['Giấy tờ'], policy: 'RESTART' },
      });
      now = hours(now, 24 + Math.floor(next() * 24 * 10));
      currentDue = hours(now, 24 * (1 + Math.floor(next() * 10)));
      life.dues.push({ from: now, due: currentDue });
      life.steps.push({ type: 'dossier.supplemented.v1', at: now, extra: { appointmentAt: currentDue } });
    }
    if (next() < 0.15) {
      now = hours(now, 1 + Math.floor(next() * 72));
      const to = UNITS.filter((code) => code !== unit)[Math.floor(next() * 3)] as string;
      life.steps.push({
        type: 'dossier.transferred.v1',
        at: now,
        extra: { fromUnitCode: unit, toUnitCode: to },
      });
      life.owners.push({ from: now, unit: to });
    }
    if (next() < 0.1) {
      life.steps.push({
        type: 'dossier.apologized.v1',
        at: hours(now, 1),
        extra: { newAppointmentAt: hours(now, 24 * 30) },
      });
    }
    const ending = next();
    if (ending < 0.75) {
      const at = hours(now, 1 + Math.floor(next() * 24 * 25));
      life.finish = { at, kind: 'RESOLVED' };
      life.steps.push({
        type: 'dossier.resolved.v1',
        at,
        extra: { appointmentAt: currentDue, timeliness: 'ON_TIME', electronicResult: next() < 0.2 },
      });
    } else if (ending < 0.82) {
      const at = hours(now, 5);
      life.finish = { at, kind: 'WITHDRAWN' };
      life.steps.push({ type: 'dossier.withdrawn.v1', at, extra: {} });
    } else if (ending < 0.86) {
      const at = hours(now, 5);
      life.finish = { at, kind: 'STOPPED' };
      life.steps.push({ type: 'dossier.processing-stopped.v1', at, extra: { reason: 'Dừng' } });
    }
    lives.push(life);
  }
  return lives;
}

function eventsOf(life: Life): DossierEvent[] {
  let owner = life.unit;
  return life.steps.map((step) => {
    if (step.type === 'dossier.transferred.v1') owner = step.extra.toUnitCode as string;
    const payload = {
      dossierCode: life.code,
      unitCode: owner,
      procedureCode: '1.004873',
      channel: life.channel,
      at: step.at,
      actorRole: 'OFFICER',
      ...step.extra,
    };
    return newEvent(step.type, payload as never, 'test', new Date(step.at));
  });
}

/** Biểu 06a straight from what happened to each dossier, as the BRIEF's precise rules say. */
function direct(lives: Life[], units: string[], from: string, to: string) {
  const result = {
    online: 0,
    inPersonOrPost: 0,
    carriedOver: 0,
    early: 0,
    onTime: 0,
    late: 0,
    withinDeadline: 0,
    overdue: 0,
    withdrawn: 0,
    stopped: 0,
  };
  const lastBefore = <T extends { from: string }>(list: T[], endDay: string, strict: boolean) =>
    list.filter((entry) => (strict ? day(entry.from) < endDay : day(entry.from) <= endDay)).at(-1);
  for (const life of lives) {
    if (!life.receivedAt) continue;
    const received = day(life.receivedAt);
    const finishDay = life.finish ? day(life.finish.at) : null;
    if (units.includes(life.unit) && received >= from && received <= to) {
      if (life.channel === 'ONLINE') result.online += 1;
      else result.inPersonOrPost += 1;
    }
    if (
      received < from &&
      (finishDay === null || finishDay >= from) &&
      units.includes(lastBefore(life.owners, from, true)?.unit ?? '')
    ) {
      result.carriedOver += 1;
    }
    if (
      life.finish &&
      finishDay &&
      finishDay >= from &&
      finishDay <= to &&
      units.includes(lastBefore(life.owners, finishDay, false)?.unit ?? '')
    ) {
      const due = lastBefore(life.dues, finishDay, false)?.due ?? null;
      if (life.finish.kind !== 'RESOLVED') {
        // Issue 18, finding 5: the form counts them resolved, on time unless their appointment day had passed.
        if (life.finish.kind === 'WITHDRAWN') result.withdrawn += 1;
        else result.stopped += 1;
        const late = life.requests.length > 1 || (due !== null && due !== 'PAUSED' && finishDay > day(due));
        if (late) result.late += 1;
        else result.onTime += 1;
      } else {
        if (life.requests.length > 1) result.late += 1;
        else if (due === null) result.onTime += 1;
        else if (finishDay < day(due)) result.early += 1;
        else if (finishDay === day(due)) result.onTime += 1;
        else result.late += 1;
      }
    }
    if (
      received <= to &&
      (finishDay === null || finishDay > to) &&
      units.includes(lastBefore(life.owners, to, false)?.unit ?? '')
    ) {
      const due = lastBefore(life.dues, to, false)?.due ?? null;
      if (due === null || due === 'PAUSED' || day(due) >= to) result.withinDeadline += 1;
      else result.overdue += 1;
    }
  }
  return result;
}

describe('Biểu 06a equals a direct computation over generated dossiers', () => {
  const lives = generate(600);
  let database: ReturnType<typeof openReportingDatabase>;
  let service: Awaited<ReturnType<typeof startReporting>>;
  let catalogueService: Awaited<ReturnType<typeof catalogue.startCatalogue>>;

  beforeAll(async () => {
    const base = { IDENTITY_SECRET: TEST_IDENTITY_SECRET, PORT: '0', LOG_LEVEL: 'silent' };
    catalogueService = await catalogue.startCatalogue(
      catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: await createTestDatabase('catalogue') }),
    );
    const url = await createTestDatabase('reporting');
    database = openReportingDatabase(url, 8);
    service = await startReporting(
      loadReportingConfig({ ...base, DATABASE_URL: url, CATALOGUE_URL: catalogueService.url }),
    );
    // Shuffled, four at a time: a dossier's events arrive out of order and concurrently, as a queue may deliver them.
    const shuffle = random(7);
    const events = lives.flatMap(eventsOf).sort(() => shuffle() - 0.5);
    for (let index = 0; index < events.length; index += 4) {
      await Promise.all(events.slice(index, index + 4).map((event) => applyEvent(database.db, event)));
    }
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await catalogueService?.stop();
    await database?.close();
  });

  const report = async (unit: string, from: string, to: string, includeDescendants: boolean) => {
    const answer = await subgraphRequest(
      service.url,
      `query R($from: Date!, $to: Date!, $d: Boolean, $r: [_Any!]!) { _entities(representations: $r) { ... on AdministrativeUnit {
        report(from: $from, to: $to, includeDescendants: $d) { received { online inPersonOrPost carriedOver }
          resolved { early onTime late } inProgress { withinDeadline overdue } withdrawn stopped } } } }`,
      {
        identity: leader,
        secret: TEST_IDENTITY_SECRET,
        variables: { from, to, d: includeDescendants, r: [{ __typename: 'AdministrativeUnit', code: unit }] },
      },
    );
    expect(answer.errors).toBeUndefined();
    const r = answer.data?._entities[0].report;
    return { ...r.received, ...r.resolved, ...r.inProgress, withdrawn: r.withdrawn, stopped: r.stopped };
  };

  const periods = [
    ['2019-01-01', '2019-01-31'],
    ['2019-02-01', '2019-02-28'],
    ['2019-03-10', '2019-04-20'],
    ['2019-04-01', '2019-06-30'],
    ['2019-06-01', '2019-07-31'],
    ['2019-01-01', '2019-12-31'],
  ] as const;

  it('for the district with its communes and for each unit alone, over months and odd ranges', async () => {
    for (const [from, to] of periods) {
      expect(await report('876', from, to, true), `876+ ${from}…${to}`).toEqual(
        direct(lives, ['876', '30208', '30211', '30214'], from, to),
      );
      for (const unit of UNITS) {
        expect(await report(unit, from, to, false), `${unit} ${from}…${to}`).toEqual(
          direct(lives, [unit], from, to),
        );
      }
    }
  });

  it('rebuilds the same figures from its event log', async () => {
    const before = await Promise.all(periods.map(([from, to]) => report('876', from, to, true)));
    await rebuildProjections(database.db);
    expect(await Promise.all(periods.map(([from, to]) => report('876', from, to, true)))).toEqual(before);
  });
});
