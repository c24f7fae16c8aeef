import type { Transaction } from '@dvc/database';
import { sql } from 'drizzle-orm';
import { dossierCodeCounters } from '../db/schema';

/** yyMMdd of the moment in Vietnam time: a dossier received at 23:30 UTC belongs to the next Vietnamese day. */
export function vietnamDay(moment: Date): { isoDate: string; yyMMdd: string } {
  const isoDate = new Date(moment.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return { isoDate, yyMMdd: isoDate.slice(2).replaceAll('-', '') };
}

/** Four digits, widening past 9999 rather than wrapping. */
export function formatDossierCode(agencyCode: string, yyMMdd: string, sequence: number): string {
  return `${agencyCode}-${yyMMdd}-${String(sequence).padStart(4, '0')}`;
}

export async function nextDossierCode(
  tx: Transaction,
  agencyCode: string,
  receivedAt: Date,
): Promise<string> {
  const { isoDate, yyMMdd } = vietnamDay(receivedAt);
  const [counter] = await tx
    .insert(dossierCodeCounters)
    .values({ agencyCode, day: isoDate, lastValue: 1 })
    .onConflictDoUpdate({
      target: [dossierCodeCounters.agencyCode, dossierCodeCounters.day],
      set: { lastValue: sql`${dossierCodeCounters.lastValue} + 1` },
    })
    .returning({ value: dossierCodeCounters.lastValue });
  if (!counter) throw new Error('dossier code counter returned no row');
  return formatDossierCode(agencyCode, yyMMdd, counter.value);
}
