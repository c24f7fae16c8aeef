import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

export type ChildService = {
  name: string;
  /** What its /health reported as not ok when it became ready (e.g. events without Redis); empty when none. */
  degraded: Record<string, string>;
  stop: () => Promise<void>;
  /** Stops it at once (benchmarks and tests, where nobody pressed Ctrl-C). */
  kill: () => Promise<void>;
  exited: Promise<number | null>;
};

const LEVELS: Record<number, string> = { 40: 'warn', 50: 'error', 60: 'fatal' };
const STOP_GRACE_MS = 1_500;
/** Workspace packages resolve to their dist/ (package.json "compiled" condition) instead of their TypeScript. */
const COMPILED = ['--conditions=compiled', '--enable-source-maps'];

/**
 * Runs one service as its own process, as in production: its compiled JavaScript (`entry`, under dist/) with plain
 * node. Its JSON log goes to a file; warnings and errors are echoed in one readable line each. The promise
 * resolves when the service's /health answers: 200, or 503 "degraded" (it serves, but something it depends on is
 * missing, such as Redis), which the caller reports; degraded is not down.
 */
export function startChildService(options: {
  name: string;
  entry: string;
  env: Record<string, string>;
  healthUrl: string;
  logFile: string;
  onLine: (line: string) => void;
}): Promise<ChildService> {
  const child: ChildProcess = spawn(process.execPath, [...COMPILED, options.entry], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    let ready = false;
    const service: ChildService = {
      name: options.name,
      degraded: {},
      exited,
      /**
       * A Ctrl-C in the terminal reaches every process of the group, so the service is usually stopping already;
       * it is told to stop only if it is still running after a moment (the launcher alone was signalled).
       */
      stop: async () => {
        const nudge = setTimeout(() => child.kill('SIGTERM'), STOP_GRACE_MS);
        await exited;
        clearTimeout(nudge);
        log.end();
      },
      kill: async () => {
        if (child.exitCode === null) child.kill('SIGTERM');
        await exited;
        log.end();
      },
    };
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      let entry: { level?: number; msg?: string; url?: string; err?: { message?: string } };
      try {
        entry = JSON.parse(line);
      } catch {
        options.onLine(`[${options.name}] ${line}`);
        return;
      }
      if (entry.level && entry.level >= 40) {
        const detail = entry.err?.message ? `: ${entry.err.message}` : '';
        options.onLine(`[${options.name}] ${LEVELS[entry.level] ?? 'warn'}: ${entry.msg}${detail}`);
      }
    });
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
      log.write(`${line}\n`);
      options.onLine(`[${options.name}] ${line}`);
    });
    exited.then((code) => {
      if (!ready)
        reject(
          new Error(`${options.name} exited with code ${code} before it was ready; see ${options.logFile}`),
        );
    });
    const probe = async () => {
      while (!ready && child.exitCode === null) {
        const health = await fetch(options.healthUrl, { signal: AbortSignal.timeout(1_000) })
          .then(async (response) => ({
            ok: response.ok,
            ...((await response.json()) as { status?: string; checks?: Record<string, string> }),
          }))
          .catch(() => null);
        if (health && (health.ok || health.status === 'degraded')) {
          service.degraded = Object.fromEntries(
            Object.entries(health.checks ?? {}).filter(([, value]) => value !== 'ok'),
          );
          ready = true;
          resolve(service);
        } else await new Promise((wait) => setTimeout(wait, 200));
      }
    };
    void probe();
  });
}
