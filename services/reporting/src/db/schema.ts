import { processedEvents } from '@dvc/database';
import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export { processedEvents };

/**
 * Reporting's own append-only copy of every event it applied. The dossiers outbox is the dossiers service's
 * business (and may be pruned); this log is what `npm run rebuild` replays to rebuild every projection here.
 */
export const eventLog = pgTable(
  'event_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id').notNull().unique(),
    type: text('type').notNull(),
    dossierCode: text('dossier_code').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    /** The whole envelope as received, so that a replay parses exactly what the consumer parsed. */
    envelope: jsonb('envelope').notNull(),
    loggedAt: timestamp('logged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('event_log_dossier').on(table.dossierCode)],
);

/** Current state of each dossier as the events tell it, and what it added to the counters (to subtract it later). */
export const dossierState = pgTable(
  'dossier_state',
  {
    code: text('code').primaryKey(),
    unitCode: text('unit_code').notNull(),
    procedureCode: text('procedure_code').notNull(),
    channel: text('channel').notNull(),
    status: text('status').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
    outcome: text('outcome'),
    supplementRequests: integer('supplement_requests').notNull().default(0),
    assistedBy: text('assisted_by'),
    applicantAccount: text('applicant_account'),
    contribution: jsonb('contribution').notNull(),
  },
  (table) => [index('dossier_state_unit').on(table.unitCode)],
);

/** Counters per unit × day (Vietnam) × procedure × channel × measure (see `Measure` in projections/fold.ts). */
export const dailyFigures = pgTable(
  'daily_figures',
  {
    unitCode: text('unit_code').notNull(),
    day: date('day').notNull(),
    procedureCode: text('procedure_code').notNull(),
    channel: text('channel').notNull(),
    measure: text('measure').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.unitCode, table.day, table.procedureCode, table.channel, table.measure],
    }),
  ],
);

/**
 * Open dossiers as flows: +1 on the day a dossier enters a (unit, due day) bucket, −1 on the day it leaves. The
 * dossiers open at the end of day E are the sum up to E, split by due day against E (within deadline / overdue),
 * so carry-over and in-progress need no per-dossier scan.
 */
export const openFlows = pgTable(
  'open_flows',
  {
    unitCode: text('unit_code').notNull(),
    day: date('day').notNull(),
    dueDay: date('due_day').notNull(),
    /** Biểu 06a's rows are fields (lĩnh vực): carry-over and in-progress are split by procedure too. */
    procedureCode: text('procedure_code').notNull(),
    delta: integer('delta').notNull(),
  },
  (table) => [primaryKey({ columns: [table.unitCode, table.day, table.dueDay, table.procedureCode] })],
);

/**
 * Online filings waiting for acceptance, as flows like `open_flows`: +1 on the day of submission, −1 on the day it
 * was accepted, refused or withdrawn, bucketed by the day its 8-working-hour limit ends; at the end of day E those
 * with a limit day ≤ E are past it.
 */
export const intakeFlows = pgTable(
  'intake_flows',
  {
    unitCode: text('unit_code').notNull(),
    day: date('day').notNull(),
    acceptByDay: date('accept_by_day').notNull(),
    delta: integer('delta').notNull(),
  },
  (table) => [primaryKey({ columns: [table.unitCode, table.day, table.acceptByDay] })],
);

/** The fold rules (`FOLD_VERSION`) the stored projections were built with; one row. */
export const projectionVersion = pgTable('projection_version', {
  id: smallint('id').primaryKey(),
  version: integer('version').notNull(),
});

/** Transfers between units per day, so that a report over a unit and its descendants nets out internal moves. */
export const transfersDaily = pgTable(
  'transfers_daily',
  {
    day: date('day').notNull(),
    fromUnitCode: text('from_unit_code').notNull(),
    toUnitCode: text('to_unit_code').notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.fromUnitCode, table.toUnitCode] })],
);

/** Filings made with a volunteer's help, per unit × day × volunteer (staff id) × channel. */
export const volunteerDaily = pgTable(
  'volunteer_daily',
  {
    unitCode: text('unit_code').notNull(),
    day: date('day').notNull(),
    volunteer: text('volunteer').notNull(),
    channel: text('channel').notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.unitCode, table.day, table.volunteer, table.channel] })],
);

/** One satisfaction rating per dossier (1 very dissatisfied … 5 very satisfied). */
export const ratings = pgTable(
  'ratings',
  {
    dossierCode: text('dossier_code').primaryKey(),
    unitCode: text('unit_code').notNull(),
    /** Day (Vietnam) the dossier's processing finished: ratings belong to the period of the dossier they judge. */
    finishedOn: date('finished_on').notNull(),
    level: smallint('level').notNull(),
    comment: text('comment'),
    ratedBy: text('rated_by').notNull(),
    firstRatedAt: timestamp('first_rated_at', { withTimezone: true, mode: 'string' }).notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [index('ratings_unit_finished').on(table.unitCode, table.finishedOn)],
);

/** Targets as configuration: a unit's goal for an indicator over a span of days (the article's 40% / 30% online). */
export const targets = pgTable(
  'targets',
  {
    unitCode: text('unit_code').notNull(),
    indicator: text('indicator').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    rate: numeric('rate', { mode: 'number' }).notNull(),
    setBy: text('set_by').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.unitCode, table.indicator, table.validFrom] })],
);

/**
 * The last heartbeat of each dossiers instance (one per commune running its own server, plus the district's
 * default). A unit whose instance has gone silent has figures that may be behind; reports say so.
 */
export const instanceHeartbeats = pgTable('instance_heartbeats', {
  instance: text('instance').primaryKey(),
  /** Units the instance serves; null for the default instance, which serves every unit not listed elsewhere. */
  servedUnits: text('served_units').array(),
  /** When the instance sent it (its own clock). */
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  /** When reporting applied it (reporting's clock): staleness is judged on this, so clock skew cannot hide it. */
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
});

/** When the latest dossier event of each unit happened: what a stale report tells its reader. */
export const unitActivity = pgTable('unit_activity', {
  unitCode: text('unit_code').primaryKey(),
  lastEventAt: timestamp('last_event_at', { withTimezone: true, mode: 'string' }).notNull(),
});
