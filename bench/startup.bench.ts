/**
 * Start-up and footprint of `npm start`: a first start with an empty data folder, then a second start reusing it,
 * round after round. Ready = the gateway answers the README's query, which needs all four subgraphs. Memory = the
 * resident set of every process the command started (launcher with its embedded databases, services, gateway,
 * redis-server), summed, at the moment it is ready.
 *
 *   npm run bench:startup -w @dvc/bench            (STARTUP_ROUNDS=3, STARTUP_ROOT=another checkout to compare)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_JWT_SECRET, mintDevelopmentToken } from '@dvc/gateway';
import { median } from './support';

const root = process.env.STARTUP_ROOT ?? new URL('../', import.meta.url).pathname;
const rounds = Number(process.env.STARTUP_ROUNDS ?? 3);
const LIMIT_MS = 5 * 60_000;

const QUERY = JSON.stringify({
  query: `{ administrativeUnit(code: "30226") { name report(from: "2026-01-01", to: "2026-12-31") { received { total } }
    dossiers(first: 5) { nodes { code procedure { name } notifications { status } } } } }`,
});

function listenOn(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}

/** Five free ports in a row for `npm start`, below the range the operating system hands out for port 0. */
async function freeRange(): Promise<number> {
  for (;;) {
    const base = 10_000 + Math.floor(Math.random() * 2_000) * 10;
    const held = await Promise.all([0, 1, 2, 3, 4].map((offset) => listenOn(base + offset)));
    await Promise.all(held.map((server) => server && new Promise((resolve) => server.close(resolve))));
    if (held.every(Boolean)) return base;
  }
}

/** Every process below `pid`, with itself. */
function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while the table was read
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i] as number) ?? []));
  return tree;
}

function residentMegabytes(pid: number): number {
  let kilobytes = 0;
  for (const member of processTree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      kilobytes += Number(match?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kilobytes / 1024);
}

async function answersEverything(url: string, token: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: QUERY,
      signal: AbortSignal.timeout(5_000),
    });
    const answer = (await response.json()) as {
      data?: { administrativeUnit?: { report?: unknown; dossiers?: { nodes: unknown[] } } };
      errors?: unknown[];
    };
    const unit = answer.data?.administrativeUnit;
    return !answer.errors && Boolean(unit?.report) && Array.isArray(unit?.dossiers?.nodes);
  } catch {
    return false;
  }
}

async function oneStart(dataDir: string, port: number, token: string) {
  const started = Date.now();
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    while (!(await answersEverything(`http://localhost:${port}/graphql`, token))) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      if (Date.now() - started > LIMIT_MS) throw new Error('not ready within 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { seconds: (Date.now() - started) / 1000, megabytes: residentMegabytes(child.pid as number) };
  } finally {
    process.kill(-(child.pid as number), 'SIGINT');
    await exited;
  }
}

const token = await mintDevelopmentToken({
  secret: DEVELOPMENT_JWT_SECRET,
  issuer: 'dvc-dev-issuer',
  audience: 'dvc-gateway',
  role: 'OFFICER',
  unit: '30226',
  sub: 'bench-startup',
});
const results: Array<{
  first: { seconds: number; megabytes: number };
  second: (typeof results)[0]['first'];
}> = [];
for (let round = 1; round <= rounds; round++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-startup-'));
  const port = await freeRange();
  try {
    const first = await oneStart(dataDir, port, token);
    const second = await oneStart(dataDir, port, token);
    results.push({ first, second });
    console.log(
      `round ${round}: first start ${first.seconds.toFixed(1)} s, ${first.megabytes} MB; ` +
        `second start ${second.seconds.toFixed(1)} s, ${second.megabytes} MB`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const summary = (key: 'first' | 'second') =>
  `${median(results.map((r) => r[key].seconds)).toFixed(1)} s, ${median(results.map((r) => r[key].megabytes))} MB`;
console.log(
  `median of ${rounds} (${root}): first start ${summary('first')}; second start ${summary('second')}`,
);
