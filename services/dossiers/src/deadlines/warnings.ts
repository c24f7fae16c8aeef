import { newEvent } from '@dvc/contracts';
import { appendEvent } from '@dvc/database';
import { and, asc, inArray, sql } from 'drizzle-orm';
import { dossiers } from '../db/schema';
import type { RuleDeps } from '../rules/deps';
import { CLOCK_RUNNING } from '../rules/status';
import { eventBase } from '../rules/transitions';

/** Few enough rows that one transaction holds its locks briefly, while officers act on the same dossiers. */
const BATCH_SIZE = 100;

/**
 * The deadline a dossier can still meet at `now`: its lateness deadline while that lies ahead; once it has passed,
 * the later date an apology promised (Mẫu 04), which the desk must now keep. Null when neither lies ahead.
 *
 * A dossier past its deadline without such a promise gets no "approaching" warning: it is already late and shows
 * as OVERDUE in the unit's queue. The same holds for imported history, whose deadlines are mostly long past; an
 * imported dossier still open with a deadline ahead is worked here now, so it is warned like any other.
 */
const deadlineAhead = (now: string) =>
  sql<Date | null>`case when ${dossiers.dueAt} >= ${now}::timestamptz then ${dossiers.dueAt}
    when ${dossiers.appointmentAt} >= ${now}::timestamptz and ${dossiers.appointmentAt} > ${dossiers.dueAt}
    then ${dossiers.appointmentAt} end`.mapWith(dossiers.dueAt);

/**
 * Warns officers of dossiers whose clock runs (a dossier waiting for a supplement, or closed, has no deadline to
 * keep) and whose deadline ahead falls within `windowHours`, once per deadline. Each batch marks its dossiers and
 * appends their events in one transaction; `SKIP LOCKED` lets two sweeps (or two processes) share the work without
 * ever both warning the same dossier, and leaves a dossier an officer is changing right now to the next sweep.
 * Returns how many dossiers were warned.
 */
export async function warnApproachingDeadlines(
  deps: RuleDeps,
  windowHours: number,
  batchSize = BATCH_SIZE,
): Promise<number> {
  const now = deps.now();
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + windowHours * 3600_000).toISOString();
  const target = deadlineAhead(nowIso);
  let warned = 0;
  for (;;) {
    const batch = await deps.db.transaction(async (tx) => {
      const due = await tx
        .select({ row: dossiers, deadline: target })
        .from(dossiers)
        .where(
          and(
            inArray(dossiers.status, [...CLOCK_RUNNING]),
            sql`${target} <= ${until}::timestamptz`,
            sql`${dossiers.deadlineWarnedFor} is distinct from ${target}`,
          ),
        )
        .orderBy(asc(target), asc(dossiers.code))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      if (due.length === 0) return 0;
      await tx
        .update(dossiers)
        .set({ deadlineWarnedFor: target, deadlineWarnedAt: now })
        .where(
          inArray(
            dossiers.code,
            due.map(({ row }) => row.code),
          ),
        );
      for (const { row, deadline } of due) {
        await appendEvent(
          tx,
          newEvent(
            'dossier.deadline-approaching.v1',
            {
              ...eventBase(row, now, 'SYSTEM'),
              assignedTo: row.assignedTo,
              dueAt: (deadline as Date).toISOString(),
            },
            deps.source,
            now,
          ),
        );
      }
      return due.length;
    });
    warned += batch;
    if (batch < batchSize) return warned;
  }
}
