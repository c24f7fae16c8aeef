import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withoutFakeClock } from './fake-clock';
import { freePort } from './free-port';

export type RedisServer = { url: string; port: number; stop: () => Promise<void> };

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
  });
}

/**
 * redis-server from the PATH on loopback. Without `dataDir` it is throwaway (no persistence, temporary folder,
 * removed on stop); with one, its append-only file lives there so queued jobs survive a restart (embedded mode).
 * `port` restarts a server on the same URL, to test what a Redis outage does.
 */
export async function startRedis(options: { port?: number; dataDir?: string } = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dvc-redis-'));
  mkdirSync(dir, { recursive: true });
  const persistence = options.dataDir ? ['--appendonly', 'yes'] : ['--appendonly', 'no'];
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir],
    // In the terminal's process group: a Ctrl-C stops it with everything else, and nothing outlives the session.
    { stdio: 'ignore', env: withoutFakeClock() },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('error', () => {});
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await answersPing(port)) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        stop: async () => {
          process.off('exit', killOnExit);
          child.kill(options.dataDir ? 'SIGTERM' : 'SIGKILL');
          await exited;
          if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(
    'redis-server did not start: install it (apt-get install redis-server) or set TEST_REDIS_URL',
  );
}

export function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore', env: withoutFakeClock() }).status === 0;
}
