import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Transaction } from './outbox';

/** One row per event a consumer has applied: the unique key is what makes at-least-once delivery count once. */
export const processedEvents = pgTable(
  'processed_events',
  {
    consumer: text('consumer').notNull(),
    eventId: uuid('event_id').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.consumer, table.eventId] })],
);

/**
 * Claims an event for a consumer inside the transaction that applies it. False means it was applied before and
 * the caller must do nothing; if the transaction rolls back, the claim goes with it.
 */
export async function claimEvent(tx: Transaction, consumer: string, eventId: string): Promise<boolean> {
  const claimed = await tx
    .insert(processedEvents)
    .values({ consumer, eventId })
    .onConflictDoNothing()
    .returning({ eventId: processedEvents.eventId });
  return claimed.length === 1;
}
