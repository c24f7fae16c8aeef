import type { DossierRow } from '../data/dossiers';
import { CLOCK_RUNNING } from './status';

export type Judgement = 'EARLY' | 'ON_TIME' | 'LATE';
export type OpenTimeliness = 'WITHIN_DEADLINE' | 'DUE_SOON' | 'OVERDUE';

/** The calendar day in Vietnam (UTC+7): lateness is judged by day, not by minute (Biểu 06a). */
export function vietnamDate(moment: Date): string {
  return new Date(moment.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Early, on time or late, by calendar day against the appointment lateness is judged on (never an apology's new
 * date). More than one supplementation request makes a dossier late whatever its dates (Decision 766).
 */
export function judge(dueAt: Date | null, finishedAt: Date, supplementCount: number): Judgement {
  if (supplementCount > 1) return 'LATE';
  if (!dueAt) return 'ON_TIME';
  const finished = vietnamDate(finishedAt);
  const due = vietnamDate(dueAt);
  if (finished < due) return 'EARLY';
  return finished === due ? 'ON_TIME' : 'LATE';
}

/** Where an open dossier stands against its deadline; null when no clock runs. */
export function openTimeliness(dossier: DossierRow, now: Date, dueSoonHours: number): OpenTimeliness | null {
  if (!CLOCK_RUNNING.includes(dossier.status) || !dossier.dueAt) return null;
  const left = dossier.dueAt.getTime() - now.getTime();
  if (left < 0) return 'OVERDUE';
  return left <= dueSoonHours * 3600_000 ? 'DUE_SOON' : 'WITHIN_DEADLINE';
}
