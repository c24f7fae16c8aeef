import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_JWT_SECRET, mintDevelopmentToken } from '@dvc/gateway';
import { waitFor } from '@dvc/test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';

const entry = new URL('../src/main.ts', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'dvc-embedded-'));
// A port range of its own, away from a developer's running `npm start` on 4000.
const port = 20_000 + Math.floor(Math.random() * 20_000);

type Run = {
  child: ChildProcess;
  output: () => string;
  ready: Promise<void>;
  exited: Promise<number | null>;
};

function start(): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, so that a failed test can stop the services the launcher started.
    detached: true,
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      if (output.includes('GraphQL endpoint:')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)),
    );
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const run = { child, output: () => output, ready, exited };
  runs.push(run);
  return run;
}

async function query(body: string, token?: string) {
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

const runs: Run[] = [];

describe('npm start (embedded mode)', () => {
  afterAll(() => {
    for (const run of runs) {
      if (run.child.exitCode === null && run.child.pid) process.kill(-run.child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the federation from embedded databases, stops on Ctrl-C and reuses its data on the next start', async () => {
    const first = start();
    await first.ready;
    expect(first.output()).toContain('catalogue: loaded');
    for (const service of ['catalogue', 'dossiers', 'reporting', 'notifications']) {
      expect(first.output()).toMatch(new RegExp(`✓ ${service} ready on http://localhost:\\d+/graphql`));
    }
    const answer = await query(UNIT_AND_PROCEDURE);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      administrativeUnit: { name: 'Xã Lai Vung', parent: { name: 'Tỉnh Đồng Tháp' } },
      procedure: { name: expect.stringMatching(/khai sinh/i) },
    });
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
      JSON.stringify({
        query: `{ trackDossier(code: "${code}", idNumber: "087190000001") { status channel } }`,
      }),
    );
    expect(tracked.data?.trackDossier).toEqual({ status: 'ACCEPTED', channel: 'ONLINE' });
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped.');

    const second = start();
    await second.ready;
    expect(second.output()).not.toContain('loaded');
    expect((await query(UNIT_AND_PROCEDURE)).data).toEqual(answer.data);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });
});
