import { processedEvents } from '@dvc/database';
import { date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export { processedEvents };

/**
 * Dossiers received, counted per unit × day (Vietnam time) × procedure × channel. Reports sum these rows and never
 * scan dossier history; the rows are rebuilt by replaying events.
 */
export const receivedDaily = pgTable(
  'received_daily',
  {
    unitCode: text('unit_code').notNull(),
    day: date('day').notNull(),
    procedureCode: text('procedure_code').notNull(),
    channel: text('channel', { enum: ['IN_PERSON', 'ONLINE', 'POST'] }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.unitCode, table.day, table.procedureCode, table.channel] })],
);
