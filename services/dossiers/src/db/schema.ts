import { outbox, processedEvents } from '@dvc/database';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export { outbox, processedEvents };

/** Submission channels of the national portal: 1 in person, 2 online, 3 by post. */
export const CHANNELS = ['IN_PERSON', 'ONLINE', 'POST'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RETURN_CHANNELS = ['DESK', 'POST', 'ONLINE'] as const;
export type ReturnChannel = (typeof RETURN_CHANNELS)[number];

export const APPLICANT_KINDS = ['PERSON', 'ORGANIZATION'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export type WorkingDuration = {
  unit: 'WORKING_DAYS' | 'WORKING_HOURS' | 'SAME_DAY';
  value: number;
  cutoff: string | null;
};

/** What the dossier keeps of the procedure version it was filed under: later catalogue edits do not touch it. */
export type ProcedureSnapshot = {
  name: string;
  method: string;
  /** Null for procedures without a time limit. */
  duration: WorkingDuration | null;
  feeVnd: number;
  feeDescription: string | null;
  /** How the fee is charged (FIXED, PER_PAGE, PER_COPY…); absent on dossiers filed before it was kept. */
  feeKind?: string;
  /**
   * For a fee the province sets (SET_BY_PROVINCE): the People's Council resolution whose amount `feeVnd` is;
   * null when the province's amount was not recorded at filing (then `feeVnd` is 0 and the desk states the amount).
   */
  feeResolution?: string | null;
};

export type PostalAddress = { receiverName: string; phone: string; address: string };

export const dossiers = pgTable(
  'dossiers',
  {
    /** `{agency code}-{yyMMdd}-{sequence}`, e.g. 000.00.30.H17-190725-0001. */
    code: text('code').primaryKey(),
    /** The unit that owns the dossier now: the receiving unit, or the one it was transferred to. */
    unitCode: text('unit_code').notNull(),
    /**
     * The owning unit and its ancestors (commune, district, province), so that a district leader's access can be
     * checked without asking the catalogue on every read.
     */
    unitPath: text('unit_path').array().notNull(),
    /** The unit whose desk took it in; it keeps sight of the dossier after a transfer. */
    receivingUnitCode: text('receiving_unit_code').notNull(),
    /** Officer the dossier was handed to inside its unit (Mẫu 05); null while it sits with the desk. */
    assignedTo: text('assigned_to'),
    procedureCode: text('procedure_code').notNull(),
    procedureVersion: integer('procedure_version').notNull(),
    procedure: jsonb('procedure').$type<ProcedureSnapshot>().notNull(),
    /** National status code 1–10 (see rules/status.ts). */
    status: smallint('status').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    applicantKind: text('applicant_kind', { enum: APPLICANT_KINDS }).notNull().default('PERSON'),
    applicantName: text('applicant_name').notNull(),
    /** CCCD of a person; for an organisation, the ID number of the official who files for it. */
    applicantIdNumber: text('applicant_id_number').notNull(),
    /** Tax code or agency code of an organisation applicant. */
    organizationCode: text('organization_code'),
    /** Account of the citizen who owns the dossier online; null for desk and post filings. */
    ownerSub: text('owner_sub'),
    /** Staff id of the volunteer who filed it with the citizen. */
    assistedBy: text('assisted_by'),
    filedBySub: text('filed_by_sub'),
    filedByRole: text('filed_by_role').notNull(),
    phone: text('phone'),
    email: text('email'),
    zaloId: text('zalo_id'),
    notifySms: boolean('notify_sms').notNull().default(false),
    notifyEmail: boolean('notify_email').notNull().default(false),
    notifyZalo: boolean('notify_zalo').notNull().default(false),
    returnChannel: text('return_channel', { enum: RETURN_CHANNELS }).notNull().default('DESK'),
    postalAddress: jsonb('postal_address').$type<PostalAddress>(),
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull().default({}),
    /** The procedure's cases (trường hợp) the applicant said they are in, besides the common one. */
    cases: text('cases').array().notNull().default(sql`'{}'::text[]`),
    /** How each required document was covered at filing: by files, or by a desk officer's check of the paper. */
    coveredDocuments: jsonb('covered_documents')
      .$type<Array<{ name: string; attachmentIds: string[]; checkedOnPaper: boolean }>>()
      .notNull()
      .default([]),
    /** Printed on the receipt: tracking without typing an ID number (ten digits; six on older dossiers). */
    trackingPin: text('tracking_pin').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Online filings: by when the desk must accept or refuse it, 8 working hours after submission on the catalogue's
     * calendar (BRIEF "Working time"); null for desk and post filings, and for imported history.
     */
    acceptBy: timestamp('accept_by', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** The appointment lateness is judged against: set at receipt, reset when a supplement restarts the clock. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** The appointment told to the citizen: `dueAt`, or the later date of an apology (Mẫu 04). */
    appointmentAt: timestamp('appointment_at', { withTimezone: true }),
    /**
     * The deadline officers were last warned about (see deadlines/warnings.ts): a dossier is warned once per
     * deadline, and a new deadline (a restarted clock, an apology's date) no longer equals it, so it warns again.
     */
    deadlineWarnedFor: timestamp('deadline_warned_for', { withTimezone: true }),
    /** When that warning was given. */
    deadlineWarnedAt: timestamp('deadline_warned_at', { withTimezone: true }),
    supplementCount: smallint('supplement_count').notNull().default(0),
    supplementRequestedAt: timestamp('supplement_requested_at', { withTimezone: true }),
    supplementItems: text('supplement_items').array(),
    /** Status to return to when a supplement arrives under the PAUSE policy. */
    statusBeforeSupplement: smallint('status_before_supplement'),
    paymentAmountVnd: integer('payment_amount_vnd'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resultSummary: text('result_summary'),
    resultAttachmentId: uuid('result_attachment_id'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    /** When it ended without a result: refused, withdrawn, stopped. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    timeliness: text('timeliness', { enum: ['EARLY', 'ON_TIME', 'LATE'] }),
    idempotencyScope: text('idempotency_scope'),
    idempotencyKey: text('idempotency_key'),
    /** sha256 of the filing's content: the same key with different content is a conflict. */
    requestHash: text('request_hash'),
    importedAt: timestamp('imported_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('dossiers_unit_idx').on(table.unitCode, table.code),
    index('dossiers_unit_status_idx').on(table.unitCode, table.status, table.dueAt),
    index('dossiers_owner_idx').on(table.ownerSub, table.code),
    index('dossiers_receiving_unit_idx').on(table.receivingUnitCode, table.code),
    // The deadline sweep reads only dossiers whose clock runs, by deadline, across every unit.
    index('dossiers_clock_running_due_idx').on(table.dueAt).where(sql`status in (2, 4, 6)`),
    uniqueIndex('dossiers_idempotency_idx')
      .on(table.idempotencyScope, table.idempotencyKey)
      .where(sql`idempotency_key is not null`),
  ],
);

/** The audit trail (Mẫu 06 register, Mẫu 05 hand-offs): one row per transition, never updated. */
export const dossierHistory = pgTable(
  'dossier_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    fromStatus: smallint('from_status'),
    toStatus: smallint('to_status').notNull(),
    actorSub: text('actor_sub'),
    actorRole: text('actor_role').notNull(),
    actorUnitCode: text('actor_unit_code'),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index('dossier_history_dossier_idx').on(table.dossierCode, table.id)],
);

/** Uploaded files: stored under ATTACHMENTS_DIR by id, checked by sha256, linked to a dossier when filed. */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    uploaderSub: text('uploader_sub').notNull(),
    uploaderRole: text('uploader_role').notNull(),
    uploaderUnitCode: text('uploader_unit_code'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    dossierCode: text('dossier_code').references(() => dossiers.code),
    /** Which required document it stands for (the procedure's document name), or RESULT / SUPPLEMENT. */
    purpose: text('purpose'),
    /** The upload link it came through: each link stores one file. Null on files from before, and the seed's. */
    ticketId: text('ticket_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('attachments_dossier_idx').on(table.dossierCode),
    uniqueIndex('attachments_ticket_idx').on(table.ticketId).where(sql`ticket_id is not null`),
    // An account's files not yet filed (its quota), and the sweep of those never filed.
    index('attachments_unattached_idx')
      .on(table.uploaderSub, table.createdAt)
      .where(sql`dossier_code is null`),
  ],
);

/**
 * Wrong answers given to anonymous tracking, per dossier code (`code:…`) and per client address (`client:…`), in
 * fixed windows (rules/tracking.ts). In the database rather than Redis: the limits hold without Redis (which the
 * service does not need to serve) and across restarts, and each instance already holds its own dossiers.
 */
export const trackingAttempts = pgTable('tracking_attempts', {
  key: text('key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  failures: integer('failures').notNull(),
});

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

export const PAYMENT_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED', 'REFUND_DUE', 'REFUNDED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * One attempt to pay a dossier's obligation online. Amounts are whole đồng. A payment that succeeds after the
 * dossier was already paid (two attempts both completed) is kept as REFUND_DUE, so the money is accounted for.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey(),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    attempt: smallint('attempt').notNull(),
    /** Sent to the provider: the dossier code and the attempt, unique across all payments. */
    reference: text('reference').notNull(),
    amountVnd: integer('amount_vnd').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull().default('PENDING'),
    payerSub: text('payer_sub').notNull(),
    providerPaymentId: text('provider_payment_id'),
    /** The provider's own id for the money movement; unique, which makes a replayed callback a no-op. */
    providerTransactionId: text('provider_transaction_id'),
    failureReason: text('failure_reason'),
    /** CALLBACK or RECONCILIATION: how the outcome became known. */
    settledVia: text('settled_via'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    refundedAt: timestamp('refunded_at', { withTimezone: true }),
    /** The platform's id of the refund. */
    refundId: text('refund_id'),
    refundedBy: text('refunded_by'),
    refundReason: text('refund_reason'),
  },
  (table) => [
    uniqueIndex('payments_reference_idx').on(table.reference),
    uniqueIndex('payments_dossier_attempt_idx').on(table.dossierCode, table.attempt),
    uniqueIndex('payments_transaction_idx')
      .on(table.providerTransactionId)
      .where(sql`provider_transaction_id is not null`),
    index('payments_pending_idx').on(table.status, table.createdAt),
  ],
);

export const ISSUED_KINDS = ['RECEIPT', 'RESULT'] as const;
export type IssuedKind = (typeof ISSUED_KINDS)[number];

/**
 * Receipts and electronic results with the short code printed beside their QR code: anyone holding the paper can
 * check it. Only what the public verification shows is copied here, never the applicant.
 */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    verificationCode: text('verification_code').primaryKey(),
    kind: text('kind', { enum: ISSUED_KINDS }).notNull(),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    procedureCode: text('procedure_code').notNull(),
    procedureName: text('procedure_name').notNull(),
    unitCode: text('unit_code').notNull(),
    paymentId: uuid('payment_id').references(() => payments.id),
    attachmentId: uuid('attachment_id').references(() => attachments.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (table) => [index('issued_documents_dossier_idx').on(table.dossierCode)],
);

export const UNIT_STATES = ['MOVING', 'MOVED'] as const;
export type UnitState = (typeof UNIT_STATES)[number];

/**
 * Units this instance no longer takes writes for: MOVING while the move-unit command copies them to another
 * instance (reads still served), MOVED once the registry sends them there (every request refused, so a gateway
 * that has not reread the registry yet never gets an answer from stale rows). No row: the unit is served here.
 */
export const unitStates = pgTable('unit_states', {
  unitCode: text('unit_code').primaryKey(),
  state: text('state', { enum: UNIT_STATES }).notNull(),
  /** The instance the unit goes to, named in the refusals. */
  target: text('target').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});
