import { loadConfig, portFromEnv, subgraphEnv } from '@dvc/service-kit';
import { z } from 'zod';

const reportingEnv = z.object({
  ...subgraphEnv,
  PORT: portFromEnv(4003),
  /** Without Redis the reports answer from what was projected so far. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  BULLMQ_PREFIX: z.string().min(1).default('bull'),
});

export type ReportingConfig = z.infer<typeof reportingEnv>;

export const loadReportingConfig = (env: NodeJS.ProcessEnv = process.env): ReportingConfig =>
  loadConfig('reporting', reportingEnv, env);
