import { Redis, type RedisOptions } from 'ioredis';

export type RedisConnectionOptions = {
  url: string;
  /**
   * Producers on a request path must fail fast when Redis is down (the outbox keeps the event); workers must
   * wait and retry forever (BullMQ requires `maxRetriesPerRequest: null` for blocking commands).
   */
  role: 'producer' | 'worker';
};

export function redisConnection({ url, role }: RedisConnectionOptions): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 };
  return new Redis(url, {
    ...options,
    lazyConnect: false,
    // Reconnect forever with a capped delay: a Redis restart must not need a service restart.
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
}
