import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_JWT_SECRET, mintDevelopmentToken } from '@dvc/gateway';

export type Federation = { url: string; issuer: string; stop: () => Promise<void> };

const root = new URL('../../', import.meta.url).pathname;

/**
 * The federation as `npm start` starts it (tools/embedded), on its own free ports and in a throwaway data folder.
 * WEB_TEST_URL and WEB_TEST_ISSUER reuse one already running instead (while writing tests).
 */
export async function startFederation(): Promise<Federation> {
  if (process.env.WEB_TEST_URL && process.env.WEB_TEST_ISSUER) {
    return { url: process.env.WEB_TEST_URL, issuer: process.env.WEB_TEST_ISSUER, stop: async () => {} };
  }
  // The launcher takes PORT and the next five (four subgraphs, the identity provider), free when chosen; another
  // test running beside this one may take one of them first, so a start that loses that race is tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(await freePortWithNeighbours());
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE|is taken/.test(String(error))) throw error;
    }
  }
}

/**
 * A port whose next five are free too, below the range the operating system hands out for port 0 (32768 and up on
 * Linux), where the launcher's databases and other tests' servers take theirs.
 */
async function freePortWithNeighbours(): Promise<number> {
  for (;;) {
    const port = 10_000 + Math.floor(Math.random() * 22_000);
    const free = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(
        (offset) =>
          new Promise<boolean>((resolve) => {
            const probe = createServer();
            probe.once('error', () => resolve(false));
            probe.listen(port + offset, '0.0.0.0', () => probe.close(() => resolve(true)));
          }),
      ),
    );
    if (free.every(Boolean)) return port;
  }
}

async function startOnce(port: number): Promise<Federation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-web-test-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'tools/embedded/src/main.ts')],
    {
      cwd: join(root, 'tools/embedded'),
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  // Ready when the gateway serves the web app's settings, which name the identity provider it trusts.
  const url = `http://localhost:${port}`;
  let issuer: string | null = null;
  while (!issuer) {
    if (exited !== undefined) {
      // Whatever the launcher had started (redis-server, services) goes with it.
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`npm start exited with ${exited}:\n${output.join('')}`);
    }
    issuer = await fetch(`${url}/app-config.json`, { signal: AbortSignal.timeout(5_000) })
      .then(async (response) => (response.ok ? ((await response.json()) as { issuer: string }).issuer : null))
      .catch(() => null);
    if (!issuer) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    issuer,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An officer acting through the API (development tokens are accepted beside the identity provider's). */
export async function asOfficer(url: string, unit: string) {
  const token = await mintDevelopmentToken({
    secret: DEVELOPMENT_JWT_SECRET,
    issuer: 'dvc-dev-issuer',
    audience: 'dvc-gateway',
    role: 'OFFICER',
    sub: `demo-officer-${unit}`,
    unit,
  });
  return async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { data?: T; errors?: unknown[] };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data as T;
  };
}
