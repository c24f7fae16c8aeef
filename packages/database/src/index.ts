export { createDatabase, type Database, type DatabaseHandle } from './client';
export { runMigrations } from './migrate';
export { appendEvent, outbox, type Transaction } from './outbox';
export { type OutboxRelay, startOutboxRelay } from './outbox-relay';
export { claimEvent, processedEvents } from './processed-events';
