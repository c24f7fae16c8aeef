import { outbox } from '@dvc/database';
import { date, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

export { outbox };

/** Submission channels of the national portal: 1 in person, 2 online, 3 by post. */
export const CHANNELS = ['IN_PERSON', 'ONLINE', 'POST'] as const;
export type Channel = (typeof CHANNELS)[number];

export const dossiers = pgTable(
  'dossiers',
  {
    /** `{agency code}-{yyMMdd}-{sequence}`, e.g. 000.00.30.H17-190725-0001. */
    code: text('code').primaryKey(),
    unitCode: text('unit_code').notNull(),
    /**
     * The receiving unit and its ancestors at filing time (commune, district, province), so that a district
     * leader's access can be checked without asking the catalogue on every read.
     */
    unitPath: text('unit_path').array().notNull(),
    procedureCode: text('procedure_code').notNull(),
    procedureVersion: integer('procedure_version').notNull(),
    /** National status code 1–10 (see rules/status.ts). */
    status: smallint('status').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: text('applicant_id_number').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    appointmentAt: timestamp('appointment_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('dossiers_unit_idx').on(table.unitCode, table.code)],
);

/**
 * The per-agency daily sequence of dossier codes. Taking a number is an upsert on this row inside the filing
 * transaction: concurrent filings queue on the row lock, and a rolled-back filing gives its number back, so the
 * sequence has no gaps and no duplicates, whichever instance issues it.
 */
export const dossierCodeCounters = pgTable(
  'dossier_code_counters',
  {
    agencyCode: text('agency_code').notNull(),
    day: date('day').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (table) => [primaryKey({ columns: [table.agencyCode, table.day] })],
);
