import { type DossierEvent, parseDossierEvent } from '@dvc/contracts';
import { claimEvent, type Transaction } from '@dvc/database';
import { asc, eq, sql } from 'drizzle-orm';
import type { ReportingDatabase } from '../db';
import {
  dailyFigures,
  dossierState,
  eventLog,
  intakeFlows,
  openFlows,
  projectionVersion,
  transfersDaily,
  volunteerDaily,
} from '../db/schema';
import { CONTRIBUTION_PARTS, type Contribution, FOLD_VERSION, type FoldResult, foldDossier } from './fold';
import { rebuildUnitActivity, touchUnitActivity } from './freshness';

const CONSUMER = 'reporting.projections';

const emptyContribution = (): Contribution => ({
  figures: {},
  flows: {},
  transfers: {},
  volunteers: {},
  intake: {},
});

function dossierCodeOf(event: DossierEvent): string {
  return event.payload.dossierCode;
}

/** `after − before`, per counter; zero differences are dropped. */
function difference(after: Contribution, before: Contribution): Contribution {
  const result = emptyContribution();
  for (const part of CONTRIBUTION_PARTS) {
    const keys = new Set([...Object.keys(after[part] ?? {}), ...Object.keys(before[part] ?? {})]);
    for (const key of keys) {
      const change = (after[part]?.[key] ?? 0) - (before[part]?.[key] ?? 0);
      if (change !== 0) result[part][key] = change;
    }
  }
  return result;
}

export function accumulate(into: Contribution, from: Contribution) {
  for (const part of CONTRIBUTION_PARTS) {
    for (const [key, amount] of Object.entries(from[part] ?? {}))
      into[part][key] = (into[part][key] ?? 0) + amount;
  }
}

const CHUNK = 2_000;

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < rows.length; index += CHUNK) result.push(rows.slice(index, index + CHUNK));
  return result;
}

/**
 * Adds a contribution to the counter tables. Keys are written in sorted order so that two transactions touching
 * the same counters lock them in the same order and cannot deadlock each other.
 */
export async function addContribution(tx: Transaction | ReportingDatabase, change: Contribution) {
  const sortedEntries = (map: Record<string, number>) =>
    Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const figureRows = sortedEntries(change.figures).map(([key, amount]) => {
    const [unitCode, day, procedureCode, channel, measure] = key.split('|') as [
      string,
      string,
      string,
      string,
      string,
    ];
    return { unitCode, day, procedureCode, channel, measure, amount };
  });
  for (const rows of chunks(figureRows)) {
    await tx
      .insert(dailyFigures)
      .values(rows)
      .onConflictDoUpdate({
        target: [
          dailyFigures.unitCode,
          dailyFigures.day,
          dailyFigures.procedureCode,
          dailyFigures.channel,
          dailyFigures.measure,
        ],
        set: { amount: sql`${dailyFigures.amount} + excluded.amount` },
      });
  }
  const flowRows = sortedEntries(change.flows).map(([key, delta]) => {
    const [unitCode, day, dueDay, procedureCode] = key.split('|') as [string, string, string, string];
    return { unitCode, day, dueDay, procedureCode, delta };
  });
  for (const rows of chunks(flowRows)) {
    await tx
      .insert(openFlows)
      .values(rows)
      .onConflictDoUpdate({
        target: [openFlows.unitCode, openFlows.day, openFlows.dueDay, openFlows.procedureCode],
        set: { delta: sql`${openFlows.delta} + excluded.delta` },
      });
  }
  const intakeRows = sortedEntries(change.intake ?? {}).map(([key, delta]) => {
    const [unitCode, day, acceptByDay] = key.split('|') as [string, string, string];
    return { unitCode, day, acceptByDay, delta };
  });
  for (const rows of chunks(intakeRows)) {
    await tx
      .insert(intakeFlows)
      .values(rows)
      .onConflictDoUpdate({
        target: [intakeFlows.unitCode, intakeFlows.day, intakeFlows.acceptByDay],
        set: { delta: sql`${intakeFlows.delta} + excluded.delta` },
      });
  }
  const transferRows = sortedEntries(change.transfers).map(([key, count]) => {
    const [day, fromUnitCode, toUnitCode] = key.split('|') as [string, string, string];
    return { day, fromUnitCode, toUnitCode, count };
  });
  for (const rows of chunks(transferRows)) {
    await tx
      .insert(transfersDaily)
      .values(rows)
      .onConflictDoUpdate({
        target: [transfersDaily.day, transfersDaily.fromUnitCode, transfersDaily.toUnitCode],
        set: { count: sql`${transfersDaily.count} + excluded.count` },
      });
  }
  const volunteerRows = sortedEntries(change.volunteers).map(([key, count]) => {
    const [unitCode, day, volunteer, channel] = key.split('|') as [string, string, string, string];
    return { unitCode, day, volunteer, channel, count };
  });
  for (const rows of chunks(volunteerRows)) {
    await tx
      .insert(volunteerDaily)
      .values(rows)
      .onConflictDoUpdate({
        target: [
          volunteerDaily.unitCode,
          volunteerDaily.day,
          volunteerDaily.volunteer,
          volunteerDaily.channel,
        ],
        set: { count: sql`${volunteerDaily.count} + excluded.count` },
      });
  }
}

function stateRow(folded: FoldResult) {
  const { state, contribution } = folded;
  return {
    code: state.code,
    unitCode: state.unitCode,
    procedureCode: state.procedureCode,
    channel: state.channel,
    status: state.status,
    receivedAt: state.receivedAt,
    dueAt: state.dueAt,
    finishedAt: state.finishedAt,
    outcome: state.outcome,
    supplementRequests: state.supplementRequests,
    assistedBy: state.assistedBy,
    applicantAccount: state.applicantAccount,
    contribution,
  };
}

async function writeStates(tx: Transaction | ReportingDatabase, rows: ReturnType<typeof stateRow>[]) {
  for (const batch of chunks(rows)) {
    await tx
      .insert(dossierState)
      .values(batch)
      .onConflictDoUpdate({
        target: dossierState.code,
        set: {
          unitCode: sql`excluded.unit_code`,
          procedureCode: sql`excluded.procedure_code`,
          channel: sql`excluded.channel`,
          status: sql`excluded.status`,
          receivedAt: sql`excluded.received_at`,
          dueAt: sql`excluded.due_at`,
          finishedAt: sql`excluded.finished_at`,
          outcome: sql`excluded.outcome`,
          supplementRequests: sql`excluded.supplement_requests`,
          assistedBy: sql`excluded.assisted_by`,
          applicantAccount: sql`excluded.applicant_account`,
          contribution: sql`excluded.contribution`,
        },
      });
  }
}

/**
 * Applies one event exactly once: claims it, keeps it in the event log, then refolds its dossier from every event
 * logged for it and writes the difference to the counters. Events of one dossier are serialised by an advisory
 * lock; a redelivered event finds its claim and changes nothing; an event that arrives before an earlier one is
 * put in its place by the refold.
 */
export async function applyEvent(db: ReportingDatabase, event: DossierEvent): Promise<boolean> {
  const code = dossierCodeOf(event);
  return db.transaction(async (tx) => {
    if (!(await claimEvent(tx, CONSUMER, event.id))) return false;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${code}))`);
    await tx
      .insert(eventLog)
      .values({
        eventId: event.id,
        type: event.type,
        dossierCode: code,
        at: event.payload.at,
        envelope: event,
      })
      .onConflictDoNothing();
    await touchUnitActivity(tx, event);
    const logged = await tx
      .select({ envelope: eventLog.envelope })
      .from(eventLog)
      .where(eq(eventLog.dossierCode, code));
    const folded = foldDossier(
      code,
      logged.map((row) => parseDossierEvent(row.envelope)),
    );
    if (!folded) return true;
    const [previous] = await tx
      .select({ contribution: dossierState.contribution })
      .from(dossierState)
      .where(eq(dossierState.code, code));
    await addContribution(
      tx,
      difference(
        folded.contribution,
        (previous?.contribution as Contribution | undefined) ?? emptyContribution(),
      ),
    );
    await writeStates(tx, [stateRow(folded)]);
    return true;
  });
}

/**
 * Folds many dossiers at once and writes their states and summed contributions: the rebuild, and bulk loads into
 * an empty projection (benchmark, first-start demo), go through the same fold as live events.
 */
export async function projectDossiers(
  tx: Transaction | ReportingDatabase,
  dossiers: Iterable<[code: string, events: DossierEvent[]]>,
  total: Contribution = emptyContribution(),
  options: { writeStates?: boolean } = {},
): Promise<Contribution> {
  const rows: ReturnType<typeof stateRow>[] = [];
  for (const [code, events] of dossiers) {
    const folded = foldDossier(code, events);
    if (!folded) continue;
    accumulate(total, folded.contribution);
    if (options.writeStates !== false) rows.push(stateRow(folded));
  }
  await writeStates(tx, rows);
  return total;
}

async function markCurrent(tx: Transaction) {
  await tx
    .insert(projectionVersion)
    .values({ id: 1, version: FOLD_VERSION })
    .onConflictDoUpdate({ target: projectionVersion.id, set: { version: FOLD_VERSION } });
}

/**
 * Rebuilds every projection from reporting's event log, in one transaction: readers keep the old figures until
 * the new ones are complete. Ratings and targets are not projections (they are entered here) and are kept.
 */
export async function rebuildProjections(
  db: ReportingDatabase,
  options: { onlyIfOutdated?: boolean } = {},
): Promise<{ events: number; dossiers: number } | null> {
  return db.transaction(async (tx) => {
    // One rebuild at a time across instances; the second one finds the version current and stops.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('reporting.rebuild'))`);
    if (options.onlyIfOutdated) {
      const [stored] = await tx.select({ version: projectionVersion.version }).from(projectionVersion);
      if (stored?.version === FOLD_VERSION) return null;
      // Nothing to refold from (a new database, or counters bulk-loaded without events): the rules are current.
      const [logged] = await tx.select({ seq: eventLog.seq }).from(eventLog).limit(1);
      if (!logged) {
        await markCurrent(tx);
        return null;
      }
    }
    await tx.execute(
      sql`truncate ${dailyFigures}, ${openFlows}, ${intakeFlows}, ${transfersDaily}, ${volunteerDaily}, ${dossierState}`,
    );
    const total = emptyContribution();
    let events = 0;
    let dossiers = 0;
    let lastCode = '';
    for (;;) {
      const codes = await tx
        .selectDistinct({ code: eventLog.dossierCode })
        .from(eventLog)
        .where(sql`${eventLog.dossierCode} > ${lastCode}`)
        .orderBy(asc(eventLog.dossierCode))
        .limit(5_000);
      if (codes.length === 0) break;
      lastCode = codes[codes.length - 1]?.code ?? lastCode;
      const rows = await tx
        .select({ code: eventLog.dossierCode, envelope: eventLog.envelope })
        .from(eventLog)
        .where(sql`${eventLog.dossierCode} in ${codes.map((row) => row.code)}`);
      const byDossier = new Map<string, DossierEvent[]>();
      for (const row of rows) {
        const list = byDossier.get(row.code) ?? [];
        list.push(parseDossierEvent(row.envelope));
        byDossier.set(row.code, list);
      }
      events += rows.length;
      dossiers += byDossier.size;
      await projectDossiers(tx, byDossier, total);
    }
    await addContribution(tx, total);
    await rebuildUnitActivity(tx);
    await markCurrent(tx);
    return { events, dossiers };
  });
}

export const PROJECTION_CONSUMER = CONSUMER;
