import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

// biome-ignore lint/suspicious/noExplicitAny: each service narrows this with its own schema
export type Database<Schema extends Record<string, unknown> = Record<string, any>> =
  PostgresJsDatabase<Schema>;

export type DatabaseHandle<Schema extends Record<string, unknown>> = {
  db: Database<Schema>;
  /** Answers "ok" or why not; used by /health. */
  ping: () => Promise<string>;
  close: () => Promise<void>;
};

/**
 * `poolSize` matters in the embedded mode: PGlite behind pglite-socket serves one session at a time, so the pool
 * there is sized to the socket server's `maxConnections` (1); a real PostgreSQL takes the default.
 */
export function createDatabase<Schema extends Record<string, unknown>>(
  url: string,
  schema: Schema,
  poolSize = 10,
): DatabaseHandle<Schema> {
  const client = postgres(url, { max: poolSize, onnotice: () => {}, connect_timeout: 10 });
  const db = drizzle(client, { schema });
  return {
    db,
    ping: async () => {
      try {
        await client`select 1`;
        return 'ok';
      } catch (error) {
        // /health answers anyone: the driver's message names hosts, databases and users. Its code says enough
        // (ECONNREFUSED, 28P01 bad password, 3D000 no such database).
        const code = String((error as { code?: unknown }).code ?? '');
        return /^[A-Z0-9_]{1,20}$/.test(code) ? `unreachable (${code})` : 'unreachable';
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}
