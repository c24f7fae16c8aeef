import { booleanFromEnv, loadConfig, portFromEnv, subgraphEnv } from '@dvc/service-kit';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' });
const perSecond = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const notificationsEnv = z
  .object({
    ...subgraphEnv,
    PORT: portFromEnv(4004),
    /** Without Redis the delivery log is served, but nothing is consumed or sent. */
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
    BULLMQ_PREFIX: z.string().min(1).default('bull'),
    /** Names this instance in the events it emits (postal.shipment-delivered.v1). */
    INSTANCE_NAME: z.string().min(1).default('notifications'),
    /** The dossiers subgraph, asked for contact details (dossierContact) when a message is sent. */
    DOSSIERS_URL: url.default('http://localhost:4002/graphql'),
    /**
     * The gateway's registry of dossiers instances (communes running their own), when there are several: contact
     * details are asked of the instance that holds the dossier, and postal events are routed to its queue.
     * Unset: DOSSIERS_URL serves every unit.
     */
    DOSSIERS_REGISTRY: z.string().min(1).optional(),
    /** Where an administrator's browser reaches this service (the queue board link points here). */
    PUBLIC_URL: url.optional(),
    /**
     * `http`: the real providers at the URLs below; `fake`: local fake providers started inside this process
     * (development and tests); `none`: nothing is consumed or sent (events wait in Redis). Unset: `fake` with
     * NODE_ENV=development, otherwise `none` until the providers are configured. Production refuses `fake`.
     */
    PROVIDERS: z.enum(['fake', 'http', 'none']).optional(),
    SMS_GATEWAY_URL: url.optional(),
    SMS_API_KEY: z.string().min(1).optional(),
    /** Registered brand name the SMS is sent under. */
    SMS_BRANDNAME: z.string().min(1).max(11).default('DVC-LAIVUNG'),
    EMAIL_API_URL: url.optional(),
    EMAIL_API_KEY: z.string().min(1).optional(),
    EMAIL_FROM: z.email().default('khong-tra-loi@dichvucong.example.vn'),
    ZALO_API_URL: url.optional(),
    ZALO_ACCESS_TOKEN: z.string().min(1).optional(),
    POSTAL_API_URL: url.optional(),
    POSTAL_API_KEY: z.string().min(1).optional(),
    /** HMAC secret the providers sign their callbacks with (delivery receipts, postal status). */
    CALLBACK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Provider rate limits, in calls per second; a 429 pauses the queue for the provider's Retry-After. */
    SMS_RATE_PER_SECOND: perSecond(20),
    EMAIL_RATE_PER_SECOND: perSecond(10),
    ZALO_RATE_PER_SECOND: perSecond(10),
    POSTAL_RATE_PER_SECOND: perSecond(5),
    /** Sending attempts per message before it is dead-lettered. */
    SEND_ATTEMPTS: z.coerce.number().int().min(1).default(8),
    /** First retry delay; each next one doubles. */
    BACKOFF_MS: z.coerce.number().int().min(1).default(2_000),
    /**
     * Events older than this (imported history replayed with its original dates) are not announced to anyone:
     * a citizen must not get an SMS today about a dossier received in 2019.
     */
    NOTIFY_MAX_EVENT_AGE_HOURS: z.coerce.number().min(0).default(48),
    /** Fake providers only: share of calls answered 500 or 429, and extra latency, to rehearse failures. */
    FAKE_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
    FAKE_DELAY_MS: z.coerce.number().int().min(0).default(0),
    /** Fake providers only: a booked shipment is picked up, in transit and delivered this far apart; 0 never. */
    FAKE_POSTAL_STEP_MS: z.coerce.number().int().min(0).default(20_000),
    /** The health check reports a queue that has work but has not progressed for this long. */
    HEALTH_STALL_SECONDS: z.coerce.number().int().min(1).default(120),
    /** Re-enqueues messages that the log says are pending but Redis lost; also the health check's sampling. */
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
    BOARD_ENABLED: booleanFromEnv(true),
  })
  .transform((env) => ({
    ...env,
    PROVIDERS: env.PROVIDERS ?? (env.NODE_ENV === 'production' ? ('none' as const) : ('fake' as const)),
  }))
  .superRefine((env, ctx) => {
    if (env.PROVIDERS === 'fake' && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['PROVIDERS'],
        message:
          'fake is refused in production: no message would reach anyone (use http, none, or NODE_ENV=development)',
      });
    }
    if (env.PROVIDERS === 'http') {
      for (const name of [
        'SMS_GATEWAY_URL',
        'SMS_API_KEY',
        'EMAIL_API_URL',
        'EMAIL_API_KEY',
        'ZALO_API_URL',
        'ZALO_ACCESS_TOKEN',
        'POSTAL_API_URL',
        'POSTAL_API_KEY',
        'CALLBACK_SECRET',
      ] as const) {
        if (!env[name])
          ctx.addIssue({ code: 'custom', path: [name], message: 'is required with PROVIDERS=http' });
      }
    }
  });

export type NotificationsConfig = z.infer<typeof notificationsEnv>;

export const loadNotificationsConfig = (env: NodeJS.ProcessEnv = process.env): NotificationsConfig =>
  loadConfig('notifications', notificationsEnv, env);
