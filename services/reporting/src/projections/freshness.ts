import type { DomainEvent, DossierEvent } from '@dvc/contracts';
import type { Transaction } from '@dvc/database';
import { sql } from 'drizzle-orm';
import type { ReportingDatabase } from '../db';
import { eventLog, instanceHeartbeats, unitActivity } from '../db/schema';

/** Keeps the latest heartbeat of an instance; a late, older one (a backlog after an outage) changes nothing. */
export async function recordHeartbeat(
  db: ReportingDatabase,
  event: DomainEvent<'dossiers.instance-heartbeat.v1'>,
  receivedAt: Date,
): Promise<void> {
  await db
    .insert(instanceHeartbeats)
    .values({
      instance: event.payload.instance,
      servedUnits: event.payload.servedUnits,
      sentAt: new Date(event.payload.at),
      receivedAt,
    })
    .onConflictDoUpdate({
      target: instanceHeartbeats.instance,
      set: {
        servedUnits: sql`excluded.served_units`,
        sentAt: sql`excluded.sent_at`,
        receivedAt: sql`excluded.received_at`,
      },
      setWhere: sql`excluded.sent_at > ${instanceHeartbeats.sentAt}`,
    });
}

/** Moves a unit's "latest event" forward; events arriving out of order never move it back. */
export async function touchUnitActivity(tx: Transaction, event: DossierEvent): Promise<void> {
  if (!('unitCode' in event.payload)) return;
  await tx
    .insert(unitActivity)
    .values({ unitCode: event.payload.unitCode, lastEventAt: event.payload.at })
    .onConflictDoUpdate({
      target: unitActivity.unitCode,
      set: { lastEventAt: sql`greatest(${unitActivity.lastEventAt}, excluded.last_event_at)` },
    });
}

/** Recomputes every unit's latest event from the event log (the rebuild). */
export async function rebuildUnitActivity(tx: Transaction): Promise<void> {
  await tx.execute(sql`truncate ${unitActivity}`);
  await tx.execute(sql`
    insert into ${unitActivity} (unit_code, last_event_at)
    select ${eventLog.envelope}->'payload'->>'unitCode', max(${eventLog.at})
    from ${eventLog}
    where ${eventLog.envelope}->'payload' ? 'unitCode'
    group by 1`);
}
