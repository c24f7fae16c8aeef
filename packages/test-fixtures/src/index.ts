export { freePort } from './free-port';
export { createServersSetup } from './global-setup';
export { createTestDatabase, testRedisUrl, uniquePrefix } from './per-test';
export { type PostgresServer, startPostgres } from './postgres-server';
export { type RedisServer, startRedis } from './redis-server';
