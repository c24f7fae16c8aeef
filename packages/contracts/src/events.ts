import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * Every event that crosses a service boundary, with its payload schema, keyed by `name.vN`. A breaking change to
 * a payload is a new version; consumers keep handling the old one until no producer emits it.
 * Payloads carry codes and ids, never personal data: Redis keeps job data in plain text.
 */
const unitCode = z.string().min(1);
const dossierCode = z.string().min(1);
const channel = z.enum(['IN_PERSON', 'ONLINE', 'POST']);

export const eventPayloadSchemas = {
  'dossier.received.v1': z.object({
    dossierCode,
    unitCode,
    procedureCode: z.string().min(1),
    channel,
    receivedAt: z.iso.datetime({ offset: true }),
    appointmentAt: z.iso.datetime({ offset: true }).nullable(),
  }),
} as const;

export const EVENT_TYPES = Object.keys(eventPayloadSchemas) as EventType[];
export type EventType = keyof typeof eventPayloadSchemas;
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloadSchemas)[T]>;

export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  occurredAt: z.iso.datetime({ offset: true }),
  /** The service instance that emitted it: several dossiers instances may run behind one gateway. */
  source: z.string().min(1),
  payload: z.unknown(),
});

export type DomainEvent<T extends EventType = EventType> = {
  id: string;
  type: T;
  occurredAt: string;
  source: string;
  payload: EventPayload<T>;
};

/** Validates an envelope and its payload against the contract; throws a ZodError naming the bad field. */
export function parseEvent(raw: unknown): DomainEvent {
  const envelope = eventEnvelopeSchema.parse(raw);
  if (!(envelope.type in eventPayloadSchemas)) throw new Error(`unknown event type ${envelope.type}`);
  const type = envelope.type as EventType;
  const payload = eventPayloadSchemas[type].parse(envelope.payload);
  return { ...envelope, type, payload };
}

export function newEvent<T extends EventType>(
  type: T,
  payload: EventPayload<T>,
  source: string,
  occurredAt: Date = new Date(),
): DomainEvent<T> {
  eventPayloadSchemas[type].parse(payload);
  return { id: randomUUID(), type, occurredAt: occurredAt.toISOString(), source, payload };
}
