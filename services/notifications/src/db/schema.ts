import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export { outbox, processedEvents } from '@dvc/database';

export const CHANNELS = ['SMS', 'EMAIL', 'ZALO'] as const;
export type Channel = (typeof CHANNELS)[number];
export const DELIVERY_STATUSES = [
  'QUEUED',
  'SENDING',
  'DELIVERED',
  'TEMPORARY_FAILURE',
  'PERMANENT_FAILURE',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The delivery log: one row per message to a citizen, whatever became of it. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierCode: text('dossier_code').notNull(),
    /** Owning unit when the message was decided: officers of that unit may resend it. */
    unitCode: text('unit_code'),
    /** The dossier event that caused it; null for an officer's resend. */
    eventId: uuid('event_id'),
    /** The message this one resends. */
    resendOf: uuid('resend_of'),
    /**
     * For a warning to a unit's desk: the unit alert contact it goes to (read again when sending). Null for a
     * message to the applicant.
     */
    alertContactId: uuid('alert_contact_id'),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    template: text('template').notNull(),
    templateVersion: integer('template_version').notNull(),
    /** Values of the event-specific placeholders (appointment, reason); contact details are fetched at sending. */
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    /** Masked at write time (090****123): the log is read by operators who need no full phone numbers. */
    recipientMasked: text('recipient_masked').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** SMS parts billed by the gateway (160 GSM-7 characters in one, 153 per part beyond). */
    segments: integer('segments'),
    providerReference: text('provider_reference'),
    lastError: text('last_error'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('notifications_dossier_idx').on(table.dossierCode, table.queuedAt),
    // One message per event and channel, however often the event is delivered.
    uniqueIndex('notifications_event_channel_idx')
      .on(table.eventId, table.channel, table.template)
      .where(sql`alert_contact_id is null`),
    // A warning to a unit reaches each of its alert contacts once.
    uniqueIndex('notifications_event_alert_contact_idx')
      .on(table.eventId, table.alertContactId)
      .where(sql`alert_contact_id is not null`),
    index('notifications_pending_idx').on(table.status, table.updatedAt),
    index('notifications_provider_ref_idx').on(table.channel, table.providerReference),
    // At most one resend of a message on its way at a time: two officers clicking together make one resend.
    uniqueIndex('notifications_open_resend_idx')
      .on(table.resendOf)
      .where(sql`status in ('QUEUED', 'SENDING', 'TEMPORARY_FAILURE')`),
  ],
);

export const ALERT_CHANNELS = ['SMS', 'EMAIL'] as const satisfies readonly Channel[];

/**
 * Where a unit's one-stop desk is warned before a dossier goes late: work e-mail addresses and phone numbers set
 * by the unit's leader or an administrator. One row per address, so that a pending warning keeps its recipient
 * while other addresses of the list change.
 */
export const unitAlertContacts = pgTable(
  'unit_alert_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitCode: text('unit_code').notNull(),
    channel: text('channel', { enum: ALERT_CHANNELS }).notNull(),
    /** E-mail in lower case, or a phone number in national form (0912345678). */
    address: text('address').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('unit_alert_contacts_address_idx').on(table.unitCode, table.channel, table.address),
  ],
);

export const POSTAL_STATUSES = [
  'PENDING',
  'BOOKED',
  'PICKED_UP',
  'IN_TRANSIT',
  'DELIVERED',
  'RETURNED',
  'CANCELLED',
  'BOOKING_FAILED',
] as const;
export type PostalStatus = (typeof POSTAL_STATUSES)[number];

/** The result of a dossier travelling home by the public postal service; one per dossier. */
export const postalShipments = pgTable(
  'postal_shipments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierCode: text('dossier_code').notNull().unique(),
    unitCode: text('unit_code'),
    eventId: uuid('event_id'),
    waybillNumber: text('waybill_number').unique(),
    status: text('status', { enum: POSTAL_STATUSES }).notNull(),
    codAmountVnd: integer('cod_amount_vnd').notNull().default(0),
    receiverMasked: text('receiver_masked'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('postal_shipments_pending_idx').on(table.status, table.updatedAt)],
);

/** Each status the post office reported, in the order it happened. */
export const postalShipmentEvents = pgTable(
  'postal_shipment_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => postalShipments.id),
    status: text('status', { enum: POSTAL_STATUSES }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    /**
     * For a status the applicant is told about (picked up, delivered, returned): null until its messages are in
     * the delivery log. Written with the status, so a message decided while Redis is down is not forgotten: the
     * sweeper queues the decision again until this is set.
     */
    messagesDecidedAt: timestamp('messages_decided_at', { withTimezone: true }),
  },
  (table) => [
    index('postal_shipment_events_shipment_idx').on(table.shipmentId, table.at),
    index('postal_shipment_events_undecided_idx').on(table.status).where(sql`messages_decided_at is null`),
  ],
);

/** Callbacks already applied, by the provider's own id: a replayed callback finds its row and changes nothing. */
export const providerCallbacks = pgTable(
  'provider_callbacks',
  {
    provider: text('provider').notNull(),
    callbackId: text('callback_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.callbackId] })],
);
