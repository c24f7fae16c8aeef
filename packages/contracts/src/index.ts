export { type EventHandler, startEventConsumer } from './consumer';
export { EVENT_CONSUMERS, EVENT_ROUTES, type EventConsumer, eventQueueName } from './consumers';
export {
  agencyOfDossierCode,
  DEFAULT_INSTANCE,
  type DossiersInstance,
  DossiersRegistry,
  type RegistryFile,
} from './dossiers-registry';
export {
  type DomainEvent,
  type DossierEvent,
  type DossierEventType,
  EVENT_TYPES,
  type EventPayload,
  type EventType,
  eventEnvelopeSchema,
  isDossierEvent,
  isDossierEventType,
  newEvent,
  parseDossierEvent,
  parseEvent,
} from './events';
export { EventPublisher } from './publisher';
export { type RedisConnectionOptions, redisConnection } from './redis';
