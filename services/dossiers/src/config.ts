import { loadConfig, portFromEnv, subgraphEnv } from '@dvc/service-kit';
import { z } from 'zod';

const dossiersEnv = z.object({
  ...subgraphEnv,
  PORT: portFromEnv(4002),
  /** Without Redis the service still serves; its events wait in the outbox until Redis is configured. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  /** Key prefix of the BullMQ queues; tests give each run its own. */
  BULLMQ_PREFIX: z.string().min(1).default('bull'),
  /** Names this instance in the events it emits, so that events of several instances can be told apart. */
  INSTANCE_NAME: z.string().min(1).default('dossiers'),
});

export type DossiersConfig = z.infer<typeof dossiersEnv>;

export const loadDossiersConfig = (env: NodeJS.ProcessEnv = process.env): DossiersConfig =>
  loadConfig('dossiers', dossiersEnv, env);
