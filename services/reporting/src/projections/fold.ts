import type { DomainEvent, DossierEvent } from '@dvc/contracts';

/** Calendar day in Vietnam (UTC+7, no daylight saving): every figure of Biểu 06a is counted by this day. */
export function vietnamDay(iso: string | Date): string {
  const time = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  return new Date(time + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Due day of a dossier whose clock is not running (no time limit, or waiting for the citizen's supplement). */
export const NO_DEADLINE = '9999-12-31';

export type Channel = 'IN_PERSON' | 'ONLINE' | 'POST';
export type Outcome = 'EARLY' | 'ON_TIME' | 'LATE' | 'WITHDRAWN' | 'STOPPED' | 'REFUSED';

/**
 * The projection's rules, numbered: a stored projection built under another number is rebuilt from the event log
 * when the service starts (`rebuildProjections(db, { onlyIfOutdated: true })` in service.ts). Raise it whenever the
 * fold counts differently.
 * 2: finished-otherwise judged against the appointment, open flows per procedure, online payments on the day the
 * fee was counted, online filings waiting for acceptance.
 */
export const FOLD_VERSION = 2;

/**
 * What a dossier adds to the counters. Every measure is counted per unit × day × procedure × channel:
 * RECEIVED (accepted at the desk), TRANSFERRED_IN / TRANSFERRED_OUT, RESOLVED_EARLY / _ON_TIME / _LATE (the day
 * processing finished, status 9), WITHDRAWN, STOPPED, REFUSED_AFTER_RECEIPT, REFUSED_AT_INTAKE (never accepted:
 * not in 06a), SUBMITTED_ONLINE, ASSISTED, RETURNED_BY_POST, FEE_BEARING, PAID_ONLINE, ELECTRONIC_RESULT,
 * APOLOGIZED, PROCESSING_MINUTES and ALLOWED_MINUTES (amounts of finished dossiers with a deadline, for 2.2).
 * OTHERWISE_LATE: a withdrawn, stopped or refused-after-receipt dossier that finished after its appointment day
 * (Biểu 06a counts those three as resolved, on time unless their appointment had passed). ACCEPTED_LATE: an online
 * filing accepted after its 8-working-hour limit (BRIEF "Working time", as the reference provincial system has it).
 */
export type Measure =
  | 'RECEIVED'
  | 'TRANSFERRED_IN'
  | 'TRANSFERRED_OUT'
  | 'RESOLVED_EARLY'
  | 'RESOLVED_ON_TIME'
  | 'RESOLVED_LATE'
  | 'WITHDRAWN'
  | 'STOPPED'
  | 'REFUSED_AFTER_RECEIPT'
  | 'REFUSED_AT_INTAKE'
  | 'SUBMITTED_ONLINE'
  | 'ASSISTED'
  | 'RETURNED_BY_POST'
  | 'FEE_BEARING'
  | 'PAID_ONLINE'
  | 'ELECTRONIC_RESULT'
  | 'APOLOGIZED'
  | 'PROCESSING_MINUTES'
  | 'ALLOWED_MINUTES'
  | 'OTHERWISE_LATE'
  | 'ACCEPTED_LATE';

/**
 * Keyed contributions: `unit|day|procedure|channel|measure` → amount; `unit|day|due|procedure` → open delta;
 * `unit|day|acceptByDay` → delta of online filings waiting for acceptance; etc.
 */
export type Contribution = {
  figures: Record<string, number>;
  flows: Record<string, number>;
  transfers: Record<string, number>;
  volunteers: Record<string, number>;
  intake: Record<string, number>;
};

export const CONTRIBUTION_PARTS = ['figures', 'flows', 'transfers', 'volunteers', 'intake'] as const;

export type DossierState = {
  code: string;
  unitCode: string;
  receivingUnitCode: string | null;
  procedureCode: string;
  channel: Channel;
  status: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  outcome: Outcome | null;
  supplementRequests: number;
  assistedBy: string | null;
  applicantAccount: string | null;
};

export type FoldResult = { state: DossierState; contribution: Contribution };

/** Events of one moment are applied in lifecycle order, so that a batch written in one second folds sensibly. */
const RANK: Record<string, number> = {
  'dossier.submitted.v1': 0,
  'dossier.received.v1': 1,
  'dossier.refused.v1': 2,
  'dossier.processing-started.v1': 3,
  'dossier.supplement-requested.v1': 4,
  'dossier.supplemented.v1': 5,
  'dossier.transferred.v1': 6,
  'dossier.payment-requested.v1': 7,
  'dossier.paid.v1': 8,
  'dossier.apologized.v1': 9,
  'dossier.resolved.v1': 10,
  'dossier.withdrawn.v1': 10,
  'dossier.processing-stopped.v1': 10,
  'dossier.result-returned.v1': 11,
  'postal.shipment-delivered.v1': 12,
};

export function eventMoment(event: DossierEvent): string {
  return event.payload.at;
}

export function lifecycleOrder(a: DossierEvent, b: DossierEvent): number {
  const byTime = Date.parse(eventMoment(a)) - Date.parse(eventMoment(b));
  if (byTime !== 0) return byTime;
  const byRank = (RANK[a.type] ?? 99) - (RANK[b.type] ?? 99);
  return byRank !== 0 ? byRank : a.id.localeCompare(b.id);
}

function add(map: Record<string, number>, key: string, amount: number) {
  const next = (map[key] ?? 0) + amount;
  if (next === 0) delete map[key];
  else map[key] = next;
}

/**
 * Folds every event known for one dossier into its state and its contribution to the counters. The result depends
 * only on the set of events, never on the order they arrived in: a projection that subtracts a dossier's old
 * contribution and adds the new one is therefore correct under redelivery, reordering and replay.
 *
 * Rules (BRIEF "Precise rules"): counted by Vietnam calendar day; received = accepted (never-accepted dossiers are
 * not in 06a); finished = first of resolved, result returned, withdrawn, stopped or refused after receipt;
 * early/on time/late compare the finish day with the due day (the appointment, moved by supplementation as the
 * dossiers service computed it, never by an apology); more than one supplementation request makes it late; a
 * dossier waiting for the citizen's supplement has no running deadline.
 */
export function foldDossier(code: string, events: readonly DossierEvent[]): FoldResult | null {
  const sorted = [...events].sort(lifecycleOrder);
  const first = sorted.find(
    (event): event is Exclude<DossierEvent, DomainEvent<'postal.shipment-delivered.v1'>> =>
      event.type !== 'postal.shipment-delivered.v1',
  );
  if (!first) return null;
  const contribution: Contribution = { figures: {}, flows: {}, transfers: {}, volunteers: {}, intake: {} };
  const state: DossierState = {
    code,
    unitCode: first.payload.unitCode,
    receivingUnitCode: null,
    procedureCode: first.payload.procedureCode,
    channel: first.payload.channel,
    status: 'NEW',
    receivedAt: null,
    dueAt: null,
    finishedAt: null,
    outcome: null,
    supplementRequests: 0,
    assistedBy: null,
    applicantAccount: null,
  };
  const figure = (unit: string, at: string, measure: Measure, amount = 1) =>
    add(
      contribution.figures,
      `${unit}|${vietnamDay(at)}|${state.procedureCode}|${state.channel}|${measure}`,
      amount,
    );
  // The open dossier sits in exactly one (unit, due day) bucket from receipt to finish.
  let open: { unit: string; due: string } | null = null;
  const moveOpen = (at: string, next: { unit: string; due: string } | null) => {
    const day = vietnamDay(at);
    if (open) add(contribution.flows, `${open.unit}|${day}|${open.due}|${state.procedureCode}`, -1);
    if (next) add(contribution.flows, `${next.unit}|${day}|${next.due}|${state.procedureCode}`, 1);
    open = next;
  };
  // An online filing waits for acceptance from submission until it is received or refused; its limit is the
  // moment the dossiers service computed (8 working hours on the catalogue's calendar).
  let waiting: { unit: string; acceptBy: string } | null = null;
  const stopWaiting = (at: string) => {
    if (!waiting) return;
    add(contribution.intake, `${waiting.unit}|${vietnamDay(at)}|${waiting.acceptBy}`, -1);
    waiting = null;
  };
  let acceptBy: string | null = null;
  const dueOf = (dueAt: string | null) => (dueAt ? vietnamDay(dueAt) : NO_DEADLINE);
  let pausedAt: string | null = null;
  let pausePolicy: 'RESTART' | 'PAUSE' = 'RESTART';
  let pausedMinutes = 0;
  let returnedByPost = false;
  let assistedCounted = false;
  // 3.6 divides dossiers paid online by fee-bearing dossiers of the same period: both are counted on the day the
  // fee was first counted, so that a dossier paid in the next period cannot fall out of one side.
  let feeBearingAt: string | null = null;
  let paidOnline = false;
  const countFeeBearing = (at: string) => {
    if (feeBearingAt) return;
    feeBearingAt = at;
    figure(state.unitCode, at, 'FEE_BEARING');
  };

  const countAssisted = (at: string, volunteer: string | null) => {
    if (!volunteer || assistedCounted) return;
    assistedCounted = true;
    state.assistedBy = volunteer;
    figure(state.unitCode, at, 'ASSISTED');
    add(contribution.volunteers, `${state.unitCode}|${vietnamDay(at)}|${volunteer}|${state.channel}`, 1);
  };

  const finish = (at: string, outcome: Outcome, electronicResult: boolean) => {
    if (state.finishedAt || !state.receivedAt) return;
    state.finishedAt = at;
    state.outcome = outcome;
    if (outcome === 'EARLY' || outcome === 'ON_TIME' || outcome === 'LATE') {
      state.status = 'RESOLVED';
      figure(state.unitCode, at, `RESOLVED_${outcome}`);
      if (electronicResult) figure(state.unitCode, at, 'ELECTRONIC_RESULT');
      const pausedNow = pausedAt ? Date.parse(at) - Date.parse(pausedAt) : 0;
      const minutes = Math.max(
        0,
        Math.round((Date.parse(at) - Date.parse(state.receivedAt) - pausedNow) / 60_000) - pausedMinutes,
      );
      figure(state.unitCode, at, 'PROCESSING_MINUTES', minutes);
      if (state.dueAt) {
        const allowed = Math.max(
          0,
          Math.round((Date.parse(state.dueAt) - Date.parse(state.receivedAt)) / 60_000),
        );
        figure(state.unitCode, at, 'ALLOWED_MINUTES', allowed);
      }
    } else {
      state.status = outcome;
      figure(state.unitCode, at, outcome === 'REFUSED' ? 'REFUSED_AFTER_RECEIPT' : outcome);
      // Against its appointment, as a resolution would be; waiting for the citizen's supplement, no clock runs.
      const late = state.supplementRequests > 1 || (!pausedAt && judge(at) === 'LATE');
      if (late) figure(state.unitCode, at, 'OTHERWISE_LATE');
    }
    moveOpen(at, null);
  };

  const judge = (at: string): Outcome => {
    if (state.supplementRequests > 1) return 'LATE';
    if (!state.dueAt) return 'ON_TIME';
    const finishDay = vietnamDay(at);
    const dueDay = vietnamDay(state.dueAt);
    if (finishDay < dueDay) return 'EARLY';
    return finishDay === dueDay ? 'ON_TIME' : 'LATE';
  };

  for (const event of sorted) {
    const at = event.payload.at;
    switch (event.type) {
      case 'dossier.submitted.v1':
        state.status = state.receivedAt ? state.status : 'SUBMITTED';
        state.applicantAccount = event.payload.applicantAccount ?? null;
        if (state.channel === 'ONLINE') figure(state.unitCode, at, 'SUBMITTED_ONLINE');
        countAssisted(at, event.payload.assistedBy);
        if (state.channel === 'ONLINE' && event.payload.acceptBy && !state.receivedAt && !waiting) {
          acceptBy = event.payload.acceptBy;
          if (state.status === 'SUBMITTED') {
            waiting = { unit: state.unitCode, acceptBy: vietnamDay(acceptBy) };
            add(contribution.intake, `${waiting.unit}|${vietnamDay(at)}|${waiting.acceptBy}`, 1);
          }
        }
        break;
      case 'dossier.received.v1': {
        if (state.receivedAt) break;
        state.unitCode = event.payload.unitCode;
        state.receivingUnitCode = event.payload.unitCode;
        state.receivedAt = event.payload.receivedAt;
        state.dueAt = event.payload.appointmentAt;
        state.status = 'RECEIVED';
        stopWaiting(event.payload.receivedAt);
        if (acceptBy && Date.parse(event.payload.receivedAt) > Date.parse(acceptBy))
          figure(state.unitCode, event.payload.receivedAt, 'ACCEPTED_LATE');
        figure(state.unitCode, event.payload.receivedAt, 'RECEIVED');
        if (event.payload.feeVnd > 0) countFeeBearing(event.payload.receivedAt);
        countAssisted(event.payload.receivedAt, event.payload.assistedBy);
        moveOpen(event.payload.receivedAt, { unit: state.unitCode, due: dueOf(state.dueAt) });
        break;
      }
      case 'dossier.refused.v1':
        if (state.receivedAt) finish(at, 'REFUSED', false);
        else if (state.status !== 'REFUSED') {
          stopWaiting(at);
          state.status = 'REFUSED';
          figure(state.unitCode, at, 'REFUSED_AT_INTAKE');
        }
        break;
      case 'dossier.processing-started.v1':
        if (!state.finishedAt && state.receivedAt) state.status = 'IN_PROGRESS';
        break;
      case 'dossier.supplement-requested.v1':
        // Asked to complete it before acceptance: the citizen's turn, no longer the desk's.
        if (!state.receivedAt) stopWaiting(at);
        if (state.finishedAt || !state.receivedAt) break;
        state.supplementRequests += 1;
        state.status = 'SUPPLEMENT_REQUESTED';
        pausedAt ??= at;
        pausePolicy = event.payload.policy;
        moveOpen(at, { unit: state.unitCode, due: NO_DEADLINE });
        break;
      case 'dossier.supplemented.v1': {
        if (state.finishedAt || !pausedAt) break;
        const paused = Date.parse(at) - Date.parse(pausedAt);
        // Decision 766 ends a dossier's time at its supplementation request: one asked after the deadline's day
        // was late already, and the deadline it missed stays the one it is judged on (issue 18, finding 2).
        const missed = state.dueAt !== null && vietnamDay(pausedAt) > vietnamDay(state.dueAt);
        if (!missed && event.payload.appointmentAt) state.dueAt = event.payload.appointmentAt;
        else if (!missed && pausePolicy === 'PAUSE' && state.dueAt)
          state.dueAt = new Date(Date.parse(state.dueAt) + paused).toISOString();
        // Under the decree's restart the clock starts again at completion; either way the citizen's time is not ours.
        if (pausePolicy === 'RESTART' && state.receivedAt)
          pausedMinutes = Math.round((Date.parse(at) - Date.parse(state.receivedAt)) / 60_000);
        else pausedMinutes += Math.round(paused / 60_000);
        pausedAt = null;
        state.status = 'IN_PROGRESS';
        moveOpen(at, { unit: state.unitCode, due: dueOf(state.dueAt) });
        break;
      }
      case 'dossier.transferred.v1': {
        if (state.finishedAt || !state.receivedAt) break;
        const { fromUnitCode, toUnitCode } = event.payload;
        if (fromUnitCode === toUnitCode || state.unitCode === toUnitCode) break;
        figure(state.unitCode, at, 'TRANSFERRED_OUT');
        add(contribution.transfers, `${vietnamDay(at)}|${state.unitCode}|${toUnitCode}`, 1);
        state.unitCode = toUnitCode;
        figure(state.unitCode, at, 'TRANSFERRED_IN');
        moveOpen(at, { unit: toUnitCode, due: pausedAt ? NO_DEADLINE : dueOf(state.dueAt) });
        break;
      }
      case 'dossier.payment-requested.v1':
        countFeeBearing(at);
        break;
      case 'dossier.paid.v1':
        if (event.payload.online && !paidOnline) {
          paidOnline = true;
          countFeeBearing(at);
          figure(state.unitCode, feeBearingAt ?? at, 'PAID_ONLINE');
        }
        break;
      case 'dossier.apologized.v1':
        figure(state.unitCode, at, 'APOLOGIZED');
        break;
      case 'dossier.resolved.v1':
        finish(at, judge(at), event.payload.electronicResult);
        break;
      case 'dossier.withdrawn.v1':
        stopWaiting(at);
        finish(at, 'WITHDRAWN', false);
        break;
      case 'dossier.processing-stopped.v1':
        finish(at, 'STOPPED', false);
        break;
      case 'dossier.result-returned.v1':
        finish(at, judge(at), event.payload.returnChannel === 'ONLINE');
        if (state.status === 'RESOLVED') state.status = 'RETURNED';
        if (event.payload.returnChannel === 'POST' && !returnedByPost) {
          returnedByPost = true;
          figure(state.unitCode, at, 'RETURNED_BY_POST');
        }
        break;
      case 'postal.shipment-delivered.v1':
        if (!returnedByPost && state.finishedAt) {
          returnedByPost = true;
          state.status = 'RETURNED';
          figure(state.unitCode, at, 'RETURNED_BY_POST');
        }
        break;
    }
  }
  return { state, contribution };
}
