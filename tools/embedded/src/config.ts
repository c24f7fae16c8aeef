import { loadConfig, portFromEnv } from '@dvc/service-kit';
import { z } from 'zod';

const embeddedEnv = z.object({
  /** Where the embedded databases, Redis files, secrets and logs live; a second start reuses them. */
  DATA_DIR: z.string().default(new URL('../../../.data', import.meta.url).pathname),
  /** The gateway's port; the subgraphs take the next four. */
  PORT: portFromEnv(4000),
  /** Use this Redis instead of starting redis-server from the PATH. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  /** Set to "none" to run without Redis even when redis-server is installed. */
  EMBEDDED_REDIS: z.enum(['auto', 'none']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type EmbeddedConfig = z.infer<typeof embeddedEnv>;

export const loadEmbeddedConfig = (env: NodeJS.ProcessEnv = process.env): EmbeddedConfig =>
  loadConfig('npm start', embeddedEnv, env);
