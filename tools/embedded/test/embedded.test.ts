import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_JWT_SECRET, mintDevelopmentToken } from '@dvc/gateway';
import { waitFor } from '@dvc/test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';

// The compiled launcher, as `npm start` runs it (turbo builds before the tests).
const entry = new URL('../dist/main.js', import.meta.url).pathname;
const importCommand = new URL('../dist/commands/import.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'dvc-embedded-'));

type Run = {
  child: ChildProcess;
  output: () => string;
  ready: Promise<void>;
  exited: Promise<number | null>;
};

const runs: Run[] = [];

function listenOn(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}

/**
 * Six free ports in a row (gateway, four subgraphs, one spare), below the range the operating system hands out for
 * port 0 (32768 and up on Linux), where the launcher's databases and other tests' servers take theirs: this test
 * can collide neither with itself nor with a developer's `npm start` on 4000.
 */
async function freeRange(): Promise<number> {
  for (;;) {
    const base = 10_000 + Math.floor(Math.random() * 2_000) * 10;
    const held = await Promise.all([0, 1, 2, 3, 4, 5].map((offset) => listenOn(base + offset)));
    await Promise.all(held.map((server) => server && new Promise((resolve) => server.close(resolve))));
    if (held.every(Boolean)) return base;
  }
}

function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--conditions=compiled', entry], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, so that a failed test can stop the services the launcher started.
    detached: true,
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      if (output.includes('Ctrl-C stops everything.')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)),
    );
  });
  ready.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const run = { child, output: () => output, ready, exited };
  runs.push(run);
  return run;
}

async function query(port: number, body: string, token?: string) {
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return response.json() as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>;
}

const UNIT_AND_PROCEDURE = JSON.stringify({
  query:
    '{ administrativeUnit(code: "30226") { name parent { name } } procedure(code: "1.001193") { name } }',
});

describe('npm start (embedded mode)', () => {
  afterAll(() => {
    for (const run of runs) {
      if (run.child.exitCode === null && run.child.pid) process.kill(-run.child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says in one line which port is taken and which variable to change, before starting anything', async () => {
    const port = await freeRange();
    const taken = (await listenOn(port + 2)) as Server;
    try {
      const run = start({ PORT: String(port), DATA_DIR: join(dataDir, 'ports') });
      expect(await run.exited).toBe(1);
      const lines = run.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${port + 2} (dossiers) is taken`);
      expect(lines[0]).toMatch(/choose another PORT/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('serves the federation from embedded databases, stops on Ctrl-C, and serves without Redis on the next start', async () => {
    const port = await freeRange();
    const first = start({ PORT: String(port) });
    await first.ready;
    expect(first.output()).toContain('catalogue: loaded');
    for (const service of ['catalogue', 'dossiers', 'reporting', 'notifications']) {
      expect(first.output()).toMatch(new RegExp(`✓ ${service} ready on http://localhost:\\d+/graphql`));
    }
    const answer = await query(port, UNIT_AND_PROCEDURE);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      administrativeUnit: { name: 'Xã Lai Vung', parent: { name: 'Tỉnh Đồng Tháp' } },
      procedure: { name: expect.stringMatching(/khai sinh/i) },
    });
    // Each process is named in `ps`, so that an operator can tell them apart and stop one.
    const titles = execFileSync('ps', ['-o', 'args=', '--ppid', String(first.child.pid)], {
      encoding: 'utf8',
    });
    for (const title of [
      'dvc-catalogue',
      'dvc-dossiers',
      'dvc-reporting',
      'dvc-notifications',
      'dvc-gateway',
    ]) {
      expect(titles).toContain(title);
    }
    expect(titles).not.toContain('tsx');
    // The dossiers service files its demonstration dossiers through the real rules once the catalogue answers;
    // the first of them was filed online at Xã Lai Vung by Nguyễn Thị Mai (ID 087190000001). Its code carries the
    // day the service dated it, so the officer's list gives it rather than this test's clock.
    const officer = await mintDevelopmentToken({
      secret: DEVELOPMENT_JWT_SECRET,
      issuer: 'dvc-dev-issuer',
      audience: 'dvc-gateway',
      role: 'OFFICER',
      sub: 'embedded-test-officer',
      unit: '30226',
    });
    type Listed = { data?: { dossiers?: { nodes: Array<{ code: string; applicantName: string }> } } };
    const listed = (await waitFor(
      () =>
        query(
          port,
          JSON.stringify({
            query: '{ dossiers(unitCode: "30226", first: 50) { nodes { code applicantName } } }',
          }),
          officer,
        ),
      (answer) =>
        (answer as Listed).data?.dossiers?.nodes.some((node) => node.applicantName === 'Nguyễn Thị Mai') ??
        false,
      60_000,
    )) as Listed;
    const code = listed.data?.dossiers?.nodes.find((node) => node.applicantName === 'Nguyễn Thị Mai')?.code;
    const tracked = await query(
      port,
      JSON.stringify({
        query: `{ trackDossier(code: "${code}", idNumber: "087190000001") { status channel } }`,
      }),
    );
    expect(tracked.data?.trackDossier).toEqual({ status: 'ACCEPTED', channel: 'ONLINE' });
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped.');

    // Degraded is not down: without Redis the gateway answers, says once what does not update, and /health
    // names the parts.
    const second = start({ PORT: String(port), EMBEDDED_REDIS: 'none' });
    await second.ready;
    expect(second.output()).not.toContain('loaded');
    expect(second.output()).toMatch(
      /! No Redis \(EMBEDDED_REDIS=none\): .*reports and notifications do not update/,
    );
    expect(second.output()).not.toContain('REDIS_URL is not set');
    expect((await query(port, UNIT_AND_PROCEDURE)).data).toEqual(answer.data);
    const health = (await (await fetch(`http://localhost:${port}/health`)).json()) as {
      status: string;
      degraded: Record<string, Record<string, string>>;
    };
    expect(health.status).toBe('degraded');
    expect(health.degraded.reporting?.events).toMatch(/REDIS_URL is not set, reports do not update/);
    expect(health.degraded.catalogue).toBeUndefined();
    // A legacy history reaches the running installation through `npm run import`: its dossiers service imports
    // the file, since it holds the embedded database. Five rows of the 2019 history, loaded by now or about to be.
    const history = join(dataDir, 'five-rows.ndjson');
    const rows = readFileSync(join(dataDir, 'demo', 'lai-vung-2019.ndjson'), 'utf8')
      .split('\n')
      .slice(0, 5);
    writeFileSync(history, `${rows.join('\n')}\n`);
    const report = JSON.parse(
      execFileSync(process.execPath, ['--conditions=compiled', importCommand, history], {
        env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
        encoding: 'utf8',
      }),
    ) as { imported: number; skipped: number; rejected: unknown[] };
    expect(report.rejected).toEqual([]);
    expect(report.imported + report.skipped).toBe(5);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });
});
