import { and, between, inArray, sql } from 'drizzle-orm';
import type { ReportingDatabase } from '../db';
import { receivedDaily } from '../db/schema';

export type ReportKey = { unitCode: string; from: string; to: string };
export type ReceivedFigures = { total: number; online: number; inPersonOrPost: number };

/** Sums the daily counters of several units over one period in one query (the loader groups by period). */
export async function receivedFigures(
  db: ReportingDatabase,
  unitCodes: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, ReceivedFigures>> {
  const rows = await db
    .select({
      unitCode: receivedDaily.unitCode,
      online: sql<number>`coalesce(sum(${receivedDaily.count}) filter (where ${receivedDaily.channel} = 'ONLINE'), 0)::int`,
      other: sql<number>`coalesce(sum(${receivedDaily.count}) filter (where ${receivedDaily.channel} <> 'ONLINE'), 0)::int`,
    })
    .from(receivedDaily)
    .where(and(inArray(receivedDaily.unitCode, [...unitCodes]), between(receivedDaily.day, from, to)))
    .groupBy(receivedDaily.unitCode);
  return new Map(
    rows.map((row) => [
      row.unitCode,
      { total: row.online + row.other, online: row.online, inPersonOrPost: row.other },
    ]),
  );
}
