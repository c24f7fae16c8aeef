import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from './free-port';

export type PostgresServer = { url: string; stop: () => Promise<void> };

/** Debian keeps the server binaries off the PATH, under /usr/lib/postgresql/<version>/bin. */
function findPostgresBin(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl) not found: install them (apt-get install postgresql) or set TEST_DATABASE_URL',
  );
}

/**
 * Under libfaketime (`.ci/suite-at-clock`) each process shares its clock state with its children through a
 * semaphore named in FAKETIME_SHARED, which only its owner (root) may open: PostgreSQL, run as `postgres`, makes its
 * own instead, and keeps the fake clock.
 */
function asAnotherUser(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FAKETIME_SHARED: _shared, ...rest } = env;
  return rest;
}

/**
 * A throwaway PostgreSQL in a temporary folder, tuned for tests (no fsync). PostgreSQL refuses to run as root,
 * so as root it runs as the `postgres` system user, which owns the folder.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'dvc-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    execFileSync(file, argv, { stdio: 'pipe', env: asRoot ? asAnotherUser(process.env) : process.env });
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(dir, 'server.log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
