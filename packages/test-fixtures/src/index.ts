export { withoutFakeClock } from './fake-clock';
export { freePort } from './free-port';
export { createServersSetup } from './global-setup';
export { createTestDatabase, testRedisUrl, uniquePrefix } from './per-test';
export { type PostgresServer, startPostgres } from './postgres-server';
export { type RedisServer, redisServerOnPath, startRedis } from './redis-server';
export { type GraphQLAnswer, subgraphRequest, TEST_IDENTITY_SECRET } from './subgraph-request';
export { eventually, waitFor } from './wait';
