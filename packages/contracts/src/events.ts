import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * Every event that crosses a service boundary, with its payload schema, keyed by `name.vN`. A breaking change to
 * a payload is a new version; consumers keep handling the old one until no producer emits it.
 * Payloads carry codes and ids, never personal data (names, ID numbers, phones, addresses): Redis keeps job data
 * in plain text. A consumer that needs contact details asks the owning service when it acts.
 */
const moment = z.iso.datetime({ offset: true });
const channel = z.enum(['IN_PERSON', 'ONLINE', 'POST']);
const returnChannel = z.enum(['DESK', 'POST', 'ONLINE']);
const timeliness = z.enum(['EARLY', 'ON_TIME', 'LATE']);

/** What every dossier event says about its dossier, so that a consumer never has to look it up to count it. */
const dossier = {
  dossierCode: z.string().min(1),
  /** The unit that owns the dossier now (after a transfer, the receiving unit). */
  unitCode: z.string().min(1),
  procedureCode: z.string().min(1),
  channel,
  /** When the change happened (for imported history: when it happened in the legacy system). */
  at: moment,
  /** Role of whoever made the change: CITIZEN, VOLUNTEER, OFFICER, SYSTEM, … */
  actorRole: z.string().min(1),
};

export const eventPayloadSchemas = {
  /** Filed online (status 1), by the citizen or with a volunteer's help. */
  'dossier.submitted.v1': z.object({
    ...dossier,
    /** Staff id of the volunteer who helped, null when the citizen filed alone. */
    assistedBy: z.string().min(1).nullable(),
    returnChannel,
    /**
     * Opaque account id (the token's subject) of the citizen who filed online, null at the desk. An id, not
     * personal data: it lets reporting accept a satisfaction rating only from the dossier's owner.
     */
    applicantAccount: z.string().min(1).nullable().optional(),
    /** Channels the applicant agreed to be notified on. */
    notify: z.object({ sms: z.boolean(), email: z.boolean(), zalo: z.boolean() }),
    /**
     * Online filings only: the moment by which the desk must accept or refuse it, 8 working hours after submission
     * on the catalogue's calendar (BRIEF "Working time"); absent in older events and imported history.
     */
    acceptBy: moment.optional(),
  }),
  /** Accepted by the desk (status 2); the processing clock starts. */
  'dossier.received.v1': z.object({
    ...dossier,
    assistedBy: z.string().min(1).nullable(),
    receivedAt: moment,
    /** Appointment date (ngày hẹn trả); null for procedures without a time limit. */
    appointmentAt: moment.nullable(),
    feeVnd: z.number().int().min(0),
  }),
  'dossier.refused.v1': z.object({ ...dossier, reason: z.string().min(1) }),
  'dossier.supplement-requested.v1': z.object({
    ...dossier,
    items: z.array(z.string().min(1)).min(1),
    /** RESTART: the clock restarts at completion (the decree); PAUSE: the paused time is deducted. */
    policy: z.enum(['RESTART', 'PAUSE']),
  }),
  /**
   * The applicant supplemented. `appointmentAt`: the new appointment the supplement gives (the decree's restart:
   * completion + the full duration; the pause: the deadline moved by the office time waited), which the applicant
   * is told; null when asked before acceptance. A request made after the deadline's day leaves the dossier late on
   * that deadline whatever this date (Decision 766), which consumers judging lateness apply.
   */
  'dossier.supplemented.v1': z.object({ ...dossier, appointmentAt: moment.nullable() }),
  'dossier.processing-started.v1': z.object({ ...dossier }),
  'dossier.transferred.v1': z.object({
    ...dossier,
    fromUnitCode: z.string().min(1),
    toUnitCode: z.string().min(1),
  }),
  'dossier.payment-requested.v1': z.object({
    ...dossier,
    amountVnd: z.number().int().positive(),
  }),
  'dossier.paid.v1': z.object({ ...dossier, amountVnd: z.number().int().positive(), online: z.boolean() }),
  /** Processing finished (status 9): the day Biểu 06a counts as resolved, judged against the appointment. */
  'dossier.resolved.v1': z.object({
    ...dossier,
    appointmentAt: moment.nullable(),
    timeliness,
    electronicResult: z.boolean(),
    /**
     * The fee still unpaid when the result is ready, in dong: collected on delivery (COD) when the result goes
     * home by post. Absent (older producers) means nothing is due.
     */
    amountDueVnd: z.number().int().min(0).optional(),
  }),
  /** Mẫu 04: a new date promised; lateness is still judged against the original appointment. */
  'dossier.apologized.v1': z.object({ ...dossier, newAppointmentAt: moment }),
  'dossier.result-returned.v1': z.object({ ...dossier, returnChannel }),
  'dossier.withdrawn.v1': z.object({ ...dossier }),
  'dossier.processing-stopped.v1': z.object({ ...dossier, reason: z.string().min(1) }),
  /** From notifications: the post office handed the result to the applicant. */
  /**
   * A dossier's clock is running and its deadline falls within the warning window: the desk should act before it
   * goes late. Emitted once per dossier and deadline (a new deadline after a supplement or apology warns again).
   */
  'dossier.deadline-approaching.v1': z.object({
    ...dossier,
    /** Staff id of the officer the dossier is handed to, null when nobody has it yet. */
    assignedTo: z.string().min(1).nullable(),
    /** The deadline in force (end of the appointment's working time). */
    dueAt: moment,
  }),
  /**
   * A dossiers instance is alive and relaying its outbox. Reporting marks the units of an instance whose
   * heartbeats stop as stale, so that a report says which units' figures may be behind.
   */
  'dossiers.instance-heartbeat.v1': z.object({
    /** The instance's INSTANCE_NAME. */
    instance: z.string().min(1),
    /** GSO codes of the units it serves; null for the default instance, which serves every unit not listed. */
    servedUnits: z.array(z.string().min(1)).nullable(),
    at: moment,
  }),
  'postal.shipment-delivered.v1': z.object({
    dossierCode: z.string().min(1),
    waybillNumber: z.string().min(1),
    at: moment,
  }),
} as const;

export const EVENT_TYPES = Object.keys(eventPayloadSchemas) as EventType[];
export type EventType = keyof typeof eventPayloadSchemas;
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloadSchemas)[T]>;

/** Events about one dossier (everything but an instance's heartbeat); each carries a `dossierCode`. */
export type DossierEventType = Exclude<EventType, 'dossiers.instance-heartbeat.v1'>;

export function isDossierEventType(type: EventType): type is DossierEventType {
  return type !== 'dossiers.instance-heartbeat.v1';
}

export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  occurredAt: moment,
  /** The service instance that emitted it: several dossiers instances may run behind one gateway. */
  source: z.string().min(1),
  payload: z.unknown(),
});

export type DomainEvent<T extends EventType = EventType> = {
  [K in T]: { id: string; type: K; occurredAt: string; source: string; payload: EventPayload<K> };
}[T];

export type DossierEvent = DomainEvent<DossierEventType>;

export function isDossierEvent(event: DomainEvent): event is DossierEvent {
  return isDossierEventType(event.type);
}

/** Validates an envelope and its payload against the contract; throws a ZodError naming the bad field. */
export function parseEvent(raw: unknown): DomainEvent {
  const envelope = eventEnvelopeSchema.parse(raw);
  if (!(envelope.type in eventPayloadSchemas)) throw new Error(`unknown event type ${envelope.type}`);
  const type = envelope.type as EventType;
  const payload = eventPayloadSchemas[type].parse(envelope.payload);
  return { ...envelope, type, payload } as DomainEvent;
}

/** `parseEvent` for stores that hold only dossier events (e.g. reporting's event log). */
export function parseDossierEvent(raw: unknown): DossierEvent {
  const event = parseEvent(raw);
  if (!isDossierEvent(event)) throw new Error(`${event.type} is not a dossier event`);
  return event;
}

export function newEvent<T extends EventType>(
  type: T,
  payload: EventPayload<T>,
  source: string,
  occurredAt: Date = new Date(),
): DomainEvent<T> {
  eventPayloadSchemas[type].parse(payload);
  return { id: randomUUID(), type, occurredAt: occurredAt.toISOString(), source, payload } as DomainEvent<T>;
}
