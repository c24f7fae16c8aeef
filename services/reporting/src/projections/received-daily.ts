import type { DomainEvent } from '@dvc/contracts';
import { claimEvent } from '@dvc/database';
import { sql } from 'drizzle-orm';
import type { ReportingDatabase } from '../db';
import { receivedDaily } from '../db/schema';

const CONSUMER = 'reporting.received-daily';

function vietnamDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Applies an event to the daily counters once: a redelivered event finds its claim and changes nothing. */
export async function projectReceivedDaily(db: ReportingDatabase, event: DomainEvent): Promise<boolean> {
  if (event.type !== 'dossier.received.v1') return false;
  const { unitCode, procedureCode, channel, receivedAt } = event.payload;
  return db.transaction(async (tx) => {
    if (!(await claimEvent(tx, CONSUMER, event.id))) return false;
    await tx
      .insert(receivedDaily)
      .values({ unitCode, day: vietnamDate(receivedAt), procedureCode, channel, count: 1 })
      .onConflictDoUpdate({
        target: [
          receivedDaily.unitCode,
          receivedDaily.day,
          receivedDaily.procedureCode,
          receivedDaily.channel,
        ],
        set: { count: sql`${receivedDaily.count} + 1` },
      });
    return true;
  });
}
