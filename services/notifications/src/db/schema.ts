import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const CHANNELS = ['SMS', 'EMAIL', 'ZALO'] as const;
export const DELIVERY_STATUSES = [
  'QUEUED',
  'SENDING',
  'DELIVERED',
  'TEMPORARY_FAILURE',
  'PERMANENT_FAILURE',
] as const;

/** The delivery log: one row per message to a citizen, whatever became of it. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierCode: text('dossier_code').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    template: text('template').notNull(),
    templateVersion: integer('template_version').notNull(),
    /** Masked at write time (090****123): the log is read by operators who need no full phone numbers. */
    recipientMasked: text('recipient_masked').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    providerReference: text('provider_reference'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (table) => [index('notifications_dossier_idx').on(table.dossierCode, table.queuedAt)],
);
