import { newEvent } from '@dvc/contracts';
import { appendEvent, outbox } from '@dvc/database';
import { and, eq, isNotNull, lt } from 'drizzle-orm';
import type { DossiersDatabase } from '../db';

const HEARTBEAT = 'dossiers.instance-heartbeat.v1';

/** Published heartbeats older than this are deleted: they prove nothing once reporting has seen newer ones. */
const KEEP_PUBLISHED_MS = 24 * 3600_000;

/**
 * Says through the outbox, like every other event, that this instance is alive and relaying: reporting marks the
 * units of an instance whose heartbeats stop as stale. Going through the outbox (not straight to Redis) is the
 * point: a heartbeat arrives only if this instance's events arrive.
 */
export async function emitHeartbeat(
  db: DossiersDatabase,
  instance: string,
  servedUnits: ReadonlySet<string> | null,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await appendEvent(
      tx,
      newEvent(
        HEARTBEAT,
        { instance, servedUnits: servedUnits ? [...servedUnits].sort() : null, at: now.toISOString() },
        instance,
        now,
      ),
    );
  });
}

/**
 * Deletes published heartbeats older than a day. It reads the whole outbox (no index serves it), so it runs
 * hourly, not with every heartbeat.
 */
export async function pruneHeartbeats(db: DossiersDatabase, now: Date): Promise<void> {
  await db
    .delete(outbox)
    .where(
      and(
        eq(outbox.type, HEARTBEAT),
        isNotNull(outbox.publishedAt),
        lt(outbox.occurredAt, new Date(now.getTime() - KEEP_PUBLISHED_MS)),
      ),
    );
}
