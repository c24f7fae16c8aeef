import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
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

/** The procedure as an entity: its code and which version is published now (null until the first publication). */
export const procedures = pgTable('procedures', {
  code: text('code').primaryKey(),
  currentVersion: integer('current_version'),
  /** Breaks ties between equally relevant search results: the most requested procedures of a field come first. */
  displayOrder: integer('display_order').notNull().default(1000),
});

/**
 * Vietnamese letters folded to ASCII in SQL, so that search works on PGlite, which has no `unaccent`. Upper-case
 * letters are listed too because lower() only knows ASCII under the C locale. Kept equal to `foldVietnamese`.
 */
const VIETNAMESE =
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ';
const ASCII =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const folded = (column: string) => sql.raw(`lower(translate(${column}, '${VIETNAMESE}', '${ASCII}'))`);

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
    /** Null while the version is a draft that only administrators see. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Stable key of the field for filters: Hộ tịch → ho_tich. */
    fieldCode: text('field_code')
      .notNull()
      .generatedAlwaysAs(sql`trim(both '_' from regexp_replace(${folded('field')}, '[^a-z0-9]+', '_', 'g'))`),
    /** The name without diacritics, for phrase matches that must not hit the field's name. */
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs(sql`${folded('name')}`),
    /**
     * Stored so that a search reads it instead of parsing every candidate's text again: the name weighs A, the
     * field and code B. Built from the base columns because a generated column cannot read another one.
     */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple'::regconfig, ${folded('name')}), 'A') || setweight(to_tsvector('simple'::regconfig, ${folded('field')} || ' ' || code), 'B')`,
      ),
    /** No submission method charges anything. */
    free: boolean('free')
      .notNull()
      .generatedAlwaysAs(sql`not jsonb_path_exists(details, '$.methods[*].fee ? (@.kind != "FREE")')`),
  },
  (table) => [
    primaryKey({ columns: [table.code, table.version] }),
    index('procedure_versions_search_vector_idx').using('gin', table.searchVector),
  ],
);

export type FormFieldRecord = {
  key: string;
  type: 'TEXT' | 'TEXTAREA' | 'DATE' | 'NUMBER' | 'SELECT' | 'CHECKBOX' | 'ID_NUMBER' | 'PHONE' | 'EMAIL';
  label: string;
  required: boolean;
  pattern?: string | null;
  options?: Array<{ value: string; label: string }> | null;
  help?: string | null;
  maxLength?: number | null;
};

/** Form templates (tờ khai, đơn) that procedure documents point at; clients render and validate their fields. */
export const forms = pgTable('forms', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  legalSource: text('legal_source').notNull(),
  fields: jsonb('fields').$type<FormFieldRecord[]>().notNull(),
  confirmed: boolean('confirmed').notNull(),
  note: text('note'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One row per calendar year: its announced days off and make-up working days, with the notice they come from. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  daysOff: jsonb('days_off').$type<Array<{ date: string; name: string }>>().notNull(),
  makeUpWorkingDays: jsonb('make_up_working_days')
    .$type<Array<{ date: string; replaces: string; name: string }>>()
    .notNull(),
  confirmed: boolean('confirmed').notNull(),
  note: text('note'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A unit's approved list of procedures offered online (danh mục dịch vụ công trực tuyến), each entry with the
 * decision that approved it and the days it applies. Keyed by unit code and dates because codes were reused in 2025.
 */
export const unitOnlineProcedures = pgTable(
  'unit_online_procedures',
  {
    unitCode: text('unit_code').notNull(),
    procedureCode: text('procedure_code')
      .notNull()
      .references(() => procedures.code),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    decision: text('decision').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.unitCode, table.procedureCode, table.validFrom] }),
    index('unit_online_procedures_procedure_idx').on(table.procedureCode),
  ],
);

/**
 * The amount of a fee the procedure leaves to the province ("do HĐND tỉnh quy định", kind SET_BY_PROVINCE), per
 * province, procedure and submission method, with the People's Council resolution that set it and the days it
 * applies. Keyed by province code and dates because codes were reused in 2025 (82 was Tiền Giang, is Đồng Tháp).
 */
export const provinceFees = pgTable(
  'province_fees',
  {
    provinceCode: text('province_code').notNull(),
    procedureCode: text('procedure_code')
      .notNull()
      .references(() => procedures.code),
    method: text('method', { enum: ['IN_PERSON', 'ONLINE', 'POST'] }).notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    /** Whole đồng; 0 where the resolution exempts the procedure. */
    amountVnd: integer('amount_vnd').notNull(),
    /** Number of the resolution, e.g. 26/2025/NQ-HĐND. */
    resolution: text('resolution').notNull(),
    source: text('source').notNull(),
    confirmed: boolean('confirmed').notNull(),
    note: text('note'),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.procedureCode, table.method, table.validFrom] }),
    index('province_fees_procedure_idx').on(table.procedureCode),
  ],
);
