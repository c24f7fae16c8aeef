import type { EventType } from './events';

/**
 * BullMQ queues are work queues, not topics: each consuming service gets a queue of its own, and the outbox relay
 * copies each event into the queues of the services that consume its type, with the event id as job id so that
 * a copy is never made twice.
 */
export const EVENT_CONSUMERS = ['notifications', 'reporting', 'dossiers'] as const;
export type EventConsumer = (typeof EVENT_CONSUMERS)[number];

const dossierLifecycle: EventConsumer[] = ['notifications', 'reporting'];

/** Who consumes what. A new event type must be routed here, or the relay refuses to publish it. */
export const EVENT_ROUTES: Record<EventType, readonly EventConsumer[]> = {
  'dossier.submitted.v1': dossierLifecycle,
  'dossier.received.v1': dossierLifecycle,
  'dossier.refused.v1': dossierLifecycle,
  'dossier.supplement-requested.v1': dossierLifecycle,
  'dossier.supplemented.v1': dossierLifecycle,
  'dossier.processing-started.v1': dossierLifecycle,
  'dossier.transferred.v1': dossierLifecycle,
  'dossier.payment-requested.v1': dossierLifecycle,
  'dossier.paid.v1': dossierLifecycle,
  'dossier.resolved.v1': dossierLifecycle,
  'dossier.apologized.v1': dossierLifecycle,
  'dossier.result-returned.v1': dossierLifecycle,
  'dossier.withdrawn.v1': dossierLifecycle,
  'dossier.processing-stopped.v1': dossierLifecycle,
  'dossier.deadline-approaching.v1': ['notifications'],
  'dossiers.instance-heartbeat.v1': ['reporting'],
  'postal.shipment-delivered.v1': ['dossiers', 'reporting'],
};

/**
 * A consumer that runs as several instances, each owning part of the data (dossiers instances serving different
 * units), has a queue per instance: `partition` is the instance's name; the default instance keeps the plain name.
 */
export function eventQueueName(consumer: EventConsumer, partition?: string | null): string {
  return partition ? `events-${consumer}-${partition}` : `events-${consumer}`;
}
