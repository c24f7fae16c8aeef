import { loadConfig, portFromEnv, subgraphEnv } from '@dvc/service-kit';
import { z } from 'zod';

const reportingEnv = z.object({
  ...subgraphEnv,
  PORT: portFromEnv(4003),
  /** Without Redis the reports answer from what was projected so far. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  BULLMQ_PREFIX: z.string().min(1).default('bull'),
  /** The catalogue subgraph, asked (as a SERVICE) for the unit hierarchy of a report's period. */
  CATALOGUE_URL: z.url().default('http://localhost:4001/graphql'),
  /** How long a unit tree from the catalogue is reused. */
  UNIT_CACHE_SECONDS: z.coerce.number().int().min(0).default(600),
  /** Days during which a citizen may change a rating after first giving it. */
  RATING_CHANGE_DAYS: z.coerce.number().int().min(0).default(7),
  /**
   * A unit's figures are marked stale when its dossiers instance has sent no heartbeat for this long (dossiers
   * instances send one every HEARTBEAT_SECONDS, 60 by default).
   */
  STALE_AFTER_SECONDS: z.coerce.number().positive().default(180),
  /** Base of export download links as clients reach this service (through a proxy in production). */
  PUBLIC_URL: z.url().optional(),
});

export type ReportingConfig = z.infer<typeof reportingEnv>;

export const loadReportingConfig = (env: NodeJS.ProcessEnv = process.env): ReportingConfig =>
  loadConfig('reporting', reportingEnv, env);
