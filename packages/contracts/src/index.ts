export { type EventHandler, startEventConsumer } from './consumer';
export { EVENT_CONSUMERS, EVENT_ROUTES, type EventConsumer, eventQueueName } from './consumers';
export {
  type DomainEvent,
  EVENT_TYPES,
  type EventPayload,
  type EventType,
  eventEnvelopeSchema,
  newEvent,
  parseEvent,
} from './events';
export { EventPublisher } from './publisher';
export { type RedisConnectionOptions, redisConnection } from './redis';
