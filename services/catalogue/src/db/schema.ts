import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * One row per version of a unit. GSO codes are reused across the 2025 reorganisation (the new Hòa Long commune
 * took 30208, the old Lai Vung town's code), so a version is identified by (code, valid_from); the entity keyed
 * by `code` is the version in force today, or the last one.
 */
export const administrativeUnits = pgTable(
  'administrative_units',
  {
    code: text('code').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    name: text('name').notNull(),
    level: text('level', { enum: ['PROVINCE', 'DISTRICT', 'COMMUNE'] }).notNull(),
    kind: text('kind').notNull(),
    parentCode: text('parent_code'),
    agencyCode: text('agency_code').notNull(),
    predecessorCodes: text('predecessor_codes').array().notNull().default([]),
    successorCodes: text('successor_codes').array().notNull().default([]),
    desk: jsonb('desk').$type<{ address: string; openingHours: string; phone: string | null }>().notNull(),
    confirmed: boolean('confirmed').notNull(),
    note: text('note'),
  },
  (table) => [
    primaryKey({ columns: [table.code, table.validFrom] }),
    index('administrative_units_parent_idx').on(table.parentCode),
  ],
);

/** The procedure as an entity: its code and which version is published now. */
export const procedures = pgTable('procedures', {
  code: text('code').primaryKey(),
  currentVersion: integer('current_version').notNull(),
});

/** Published versions stay readable: a dossier filed under version 3 is judged by version 3. */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    code: text('code')
      .notNull()
      .references(() => procedures.code),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    field: text('field').notNull(),
    levels: text('levels').array().notNull(),
    onlineLevelLegacy: integer('online_level_legacy').notNull(),
    onlineLevelDecree42: text('online_level_decree42', {
      enum: ['FULL_PROCESS', 'PARTIAL', 'INFORMATION_ONLY'],
    }).notNull(),
    /** Steps, methods × time × fee, documents, result, legal basis, conditions: read whole, never queried into. */
    details: jsonb('details').notNull(),
    confirmed: boolean('confirmed').notNull(),
    note: text('note'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.code, table.version] })],
);
