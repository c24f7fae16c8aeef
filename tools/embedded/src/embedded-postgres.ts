import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL's defaults (128 MB of shared buffers…) cost each WebAssembly instance about 245 MB resident; a
 * demonstration installation's data fits in a few megabytes, and these settings keep each near 100 MB, so that the
 * whole installation stays within 1.5 GB on a small machine.
 */
const SMALL_MEMORY = [
  'shared_buffers = 16MB',
  'work_mem = 4MB',
  'maintenance_work_mem = 16MB',
  'wal_buffers = 1MB',
];

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * PGlite (PostgreSQL compiled to WebAssembly) in a data folder, reachable over TCP so that the services connect
 * with the same postgres.js client as in production. PGlite runs one session: the socket server takes one
 * connection, and the services size their pool to 1 in this mode (DATABASE_POOL_SIZE=1). Its port comes from the
 * operating system (port 0), so that it can never fall on a port the gateway or a subgraph is about to take.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { postgresqlconf: SMALL_MEMORY });
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 1 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
