import { loadConfig, portFromEnv } from '@dvc/service-kit';
import { z } from 'zod';

const embeddedEnv = z.object({
  /**
   * Where the embedded databases, Redis files, secrets and logs live; a second start reuses them. Default: `.data`
   * at the repository root, `.data-commune` with COMMUNE_INSTANCE (the two layouts hold different data).
   */
  DATA_DIR: z.string().optional(),
  /**
   * GSO code of a commune that runs its own dossiers instance next to the district's (`npm run start:commune`
   * uses 30226, Xã Lai Vung): a fifth database and dossiers process, and a registry telling the gateway.
   */
  COMMUNE_INSTANCE: z
    .string()
    .regex(/^\d{5}$/, 'a commune GSO code has five digits')
    .optional(),
  /** The gateway's port; the subgraphs take the next four. */
  PORT: portFromEnv(4000),
  /** Use this Redis instead of starting redis-server from the PATH. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  /** Set to "none" to run without Redis even when redis-server is installed. */
  EMBEDDED_REDIS: z.enum(['auto', 'none']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type EmbeddedConfig = z.infer<typeof embeddedEnv> & { DATA_DIR: string };

export function loadEmbeddedConfig(env: NodeJS.ProcessEnv = process.env): EmbeddedConfig {
  const config = loadConfig('npm start', embeddedEnv, env);
  const folder = config.COMMUNE_INSTANCE ? '.data-commune' : '.data';
  return { ...config, DATA_DIR: config.DATA_DIR ?? new URL(`../../../${folder}`, import.meta.url).pathname };
}
