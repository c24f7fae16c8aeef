import { z } from 'zod';

/**
 * The shape of the reference data files. Only the shape: what a value may be (a fee not below zero, a day not
 * listed twice) is for the validators the admin mutations apply (rules/validation.ts), which the seed runs on
 * every record, so the data and an administrator's edit are held to the same rules and the same messages.
 */

const isoDate = z.iso.date();

/** Where a record comes from and whether it was checked against that source; every record says it. */
const provenance = {
  source: z.string().min(1),
  /** False where a value could not be checked against an official source; `note` says which and why. */
  confirmed: z.boolean(),
  note: z.string().optional(),
};

export const referenceProcedure = z.strictObject({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  /** DISTRICT: handled at the district one-stop desk until 30/6/2025 (the district level ended on 1/7/2025). */
  levels: z.array(z.enum(['DISTRICT', 'COMMUNE'])),
  implementingAgency: z.string(),
  steps: z.array(z.string()),
  methods: z.array(
    z.strictObject({
      method: z.enum(['IN_PERSON', 'ONLINE', 'POST']),
      duration: z.strictObject({
        unit: z.enum(['WORKING_DAYS', 'WORKING_HOURS', 'SAME_DAY']),
        value: z.number(),
        /** HH:MM; a dossier accepted after it counts from the next working day. */
        cutoff: z.string().optional(),
      }),
      fee: z.strictObject({
        kind: z.enum(['FREE', 'FIXED', 'PER_PAGE', 'PER_COPY', 'SET_BY_PROVINCE']),
        /** Whole đồng; 0 when free or set by the province (the province's amount is in province-fees.json). */
        amountVnd: z.number(),
        description: z.string(),
      }),
    }),
  ),
  documents: z.array(
    z.strictObject({
      /** The case (trường hợp) the document is asked in, e.g. "Chung". */
      case: z.string(),
      name: z.string(),
      copies: z.strictObject({ original: z.number(), copy: z.number() }),
      /** A form of forms.json. */
      formCode: z.string().optional(),
    }),
  ),
  result: z.string(),
  legalBasis: z.array(
    z.strictObject({ number: z.string(), date: isoDate, issuer: z.string(), title: z.string() }),
  ),
  conditions: z.string().nullable(),
  /** Legacy levels 1–4 and the Decree 42/2022 vocabulary. */
  onlineLevel: z.strictObject({
    legacy: z.number(),
    decree42: z.enum(['FULL_PROCESS', 'PARTIAL', 'INFORMATION_ONLY']),
  }),
  ...provenance,
});

export const referenceForm = z.strictObject({
  code: z.string(),
  title: z.string(),
  /** The legal instrument the form is issued under: the form's source. */
  legalSource: z.string().min(1),
  fields: z.array(
    z.strictObject({
      /** camelCase English. */
      key: z.string(),
      type: z.enum([
        'TEXT',
        'TEXTAREA',
        'DATE',
        'NUMBER',
        'SELECT',
        'CHECKBOX',
        'ID_NUMBER',
        'PHONE',
        'EMAIL',
      ]),
      /** Vietnamese. */
      label: z.string(),
      required: z.boolean(),
      /** A JavaScript regular expression. */
      pattern: z.string().optional(),
      options: z.array(z.strictObject({ value: z.string(), label: z.string() })).optional(),
      help: z.string().optional(),
      maxLength: z.number().optional(),
    }),
  ),
  confirmed: provenance.confirmed,
  note: provenance.note,
});

export const referenceCalendarYear = z.strictObject({
  year: z.number(),
  daysOff: z.array(z.strictObject({ date: isoDate, name: z.string() })),
  /** A weekend day that becomes a working day, in exchange for the day off it `replaces`. */
  makeUpWorkingDays: z.array(z.strictObject({ date: isoDate, replaces: isoDate, name: z.string() })),
  ...provenance,
});

export const referenceUnit = z.strictObject({
  /** GSO code; reused across versions, so a version is identified by (code, validFrom). */
  code: z.string(),
  name: z.string(),
  level: z.enum(['PROVINCE', 'DISTRICT', 'COMMUNE']),
  /** e.g. Tỉnh, Huyện, Thành phố, Xã, Thị trấn. */
  kind: z.string(),
  parentCode: z.string().nullable(),
  /** QCVN 102:2016 agency code, used in dossier codes. */
  agencyCode: z.string(),
  validFrom: isoDate,
  /** Last valid day; null while in force. */
  validTo: isoDate.nullable(),
  predecessorCodes: z.array(z.string()),
  successorCodes: z.array(z.string()),
  desk: z.strictObject({ address: z.string(), openingHours: z.string(), phone: z.string().nullable() }),
  ...provenance,
});

/** The amount a province set for a SET_BY_PROVINCE fee of one procedure and submission method. */
export const referenceProvinceFee = z.strictObject({
  provinceCode: z.string(),
  procedureCode: z.string(),
  method: z.enum(['IN_PERSON', 'ONLINE', 'POST']),
  validFrom: isoDate,
  /** Last day it applies; null while in force. */
  validTo: isoDate.nullable(),
  /** Whole đồng; 0 where the resolution exempts the procedure. */
  amountVnd: z.number(),
  /** Number of the People's Council resolution, e.g. 26/2025/NQ-HĐND. */
  resolution: z.string(),
  ...provenance,
});

export const referenceUnitsFile = z.strictObject({
  /** The last day of three-tier local government and the first of two-tier, with the laws that made it. */
  reorganisation2025: z.strictObject({
    lastDayOld: isoDate,
    firstDayNew: isoDate,
    legalBasis: z.array(z.string()),
  }),
  units: z.array(z.unknown()),
});

export type ReferenceProcedure = z.infer<typeof referenceProcedure>;
export type ReferenceForm = z.infer<typeof referenceForm>;
export type ReferenceCalendarYear = z.infer<typeof referenceCalendarYear>;
export type ReferenceUnit = z.infer<typeof referenceUnit>;
export type ReferenceProvinceFee = z.infer<typeof referenceProvinceFee>;
