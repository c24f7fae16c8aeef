/**
 * BullMQ queues are work queues, not topics: each consuming service gets a queue of its own and the outbox relay
 * copies every event into each of them, with the event id as job id so a copy is never made twice.
 */
export const EVENT_CONSUMERS = ['notifications', 'reporting'] as const;
export type EventConsumer = (typeof EVENT_CONSUMERS)[number];

export function eventQueueName(consumer: EventConsumer): string {
  return `events-${consumer}`;
}
