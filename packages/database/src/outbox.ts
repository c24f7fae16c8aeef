import type { DomainEvent } from '@dvc/contracts';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';

/**
 * Events wait here, written in the same transaction as the state change they describe, until the relay has
 * handed them to Redis. A crash or a Redis outage therefore loses nothing: the row is still unpublished.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    /** Publication order; uuids do not sort by time. */
    position: bigserial('position', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    source: text('source').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    payload: jsonb('payload').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [index('outbox_unpublished_idx').on(table.position).where(sql`published_at is null`)],
);

// biome-ignore lint/suspicious/noExplicitAny: any service schema
export type Transaction = PgTransaction<PostgresJsQueryResultHKT, any, ExtractTablesWithRelations<any>>;

export async function appendEvent(tx: Transaction, event: DomainEvent): Promise<void> {
  await tx.insert(outbox).values({
    id: event.id,
    type: event.type,
    source: event.source,
    occurredAt: new Date(event.occurredAt),
    payload: event.payload,
  });
}
