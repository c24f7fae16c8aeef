import { inArray } from 'drizzle-orm';
import type { ReportingDatabase } from '../db';
import { instanceHeartbeats, unitActivity } from '../db/schema';

/**
 * CURRENT: the unit's dossiers instance has been heard from recently, so its figures are up to date; STALE: it
 * has gone silent (down, cut off, or its events are stuck), so the unit's figures may be behind; UNKNOWN: no
 * instance serving the unit has ever sent a heartbeat here (e.g. right after installation).
 */
export type FreshnessStatus = 'CURRENT' | 'STALE' | 'UNKNOWN';

export type UnitFreshness = {
  unitCode: string;
  status: FreshnessStatus;
  instance: string | null;
  lastHeartbeatAt: Date | null;
  lastEventAt: Date | null;
};

type Heartbeat = typeof instanceHeartbeats.$inferSelect;

/**
 * The instance that serves a unit: one that lists it (the freshest, while a unit is being moved two may), else the
 * default instance (no list).
 */
function instanceOf(unitCode: string, heartbeats: readonly Heartbeat[]): Heartbeat | null {
  const freshest = (list: Heartbeat[]) =>
    list.sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())[0] ?? null;
  return (
    freshest(heartbeats.filter((beat) => beat.servedUnits?.includes(unitCode))) ??
    freshest(heartbeats.filter((beat) => beat.servedUnits === null))
  );
}

export async function unitsFreshness(
  db: ReportingDatabase,
  unitCodes: readonly string[],
  now: Date,
  staleAfterSeconds: number,
): Promise<Map<string, UnitFreshness>> {
  const [heartbeats, activity] = await Promise.all([
    db.select().from(instanceHeartbeats),
    unitCodes.length === 0
      ? []
      : db
          .select()
          .from(unitActivity)
          .where(inArray(unitActivity.unitCode, [...unitCodes])),
  ]);
  const lastEvents = new Map(activity.map((row) => [row.unitCode, new Date(row.lastEventAt)]));
  const result = new Map<string, UnitFreshness>();
  for (const unitCode of unitCodes) {
    const beat = instanceOf(unitCode, heartbeats);
    const silentFor = beat ? (now.getTime() - beat.receivedAt.getTime()) / 1000 : null;
    result.set(unitCode, {
      unitCode,
      status: silentFor === null ? 'UNKNOWN' : silentFor > staleAfterSeconds ? 'STALE' : 'CURRENT',
      instance: beat?.instance ?? null,
      lastHeartbeatAt: beat?.sentAt ?? null,
      lastEventAt: lastEvents.get(unitCode) ?? null,
    });
  }
  return result;
}
