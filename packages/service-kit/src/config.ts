import { z } from 'zod';

/** Raised when the environment does not describe a runnable process; its message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parse the environment once, at start-up, in the process's own `config.ts`. Every problem is reported in one
 * readable message (`PORT: expected a number; DATABASE_URL: required`) instead of a stack trace at the first use.
 */
export function loadConfig<S extends z.ZodType>(
  processName: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const received = 'input' in issue && issue.input === undefined ? 'is not set' : issue.message;
    return `${name} ${received}`;
  });
  throw new ConfigError(`${processName}: invalid configuration: ${problems.join('; ')}`);
}

export const portFromEnv = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const booleanFromEnv = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

/**
 * Every process assumes production unless told NODE_ENV=development (the launcher, tests and benchmarks say so): a
 * deployment that forgets the variable gets production's refusals, never development's conveniences.
 */
export const nodeEnv = z
  .enum(['development', 'production'], { error: 'must be development or production' })
  .default('production');

/** Variables every subgraph process reads; each service's own config.ts adds its port and the rest. */
export const subgraphEnv = {
  NODE_ENV: nodeEnv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  /** 1 in the embedded mode (PGlite serves one session at a time). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  /** Shared with the gateway only: it signs the caller's identity with it. */
  IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
};
