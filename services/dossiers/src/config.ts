import { booleanFromEnv, loadConfig, portFromEnv, subgraphEnv } from '@dvc/service-kit';
import { z } from 'zod';

/** A comma-separated list of GSO unit codes; null when unset. */
const unitCodes = z
  .string()
  .optional()
  .transform((value) =>
    value
      ? new Set(
          value
            .split(',')
            .map((code) => code.trim())
            .filter(Boolean),
        )
      : null,
  );

const dossiersEnv = z
  .object({
    ...subgraphEnv,
    PORT: portFromEnv(4002),
    /** Without Redis the service still serves; its events wait in the outbox until Redis is configured. */
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
    /** Key prefix of the BullMQ queues; tests give each run its own. */
    BULLMQ_PREFIX: z.string().min(1).default('bull'),
    /** Names this instance in the events it emits, so that events of several instances can be told apart. */
    INSTANCE_NAME: z.string().min(1).default('dossiers'),
    /** The catalogue subgraph: procedures, forms, units and the working-day calendar every appointment comes from. */
    CATALOGUE_URL: z.url().default('http://localhost:4001/graphql'),
    /** Address clients reach this service's file routes at (uploads, PDFs); this process's own when unset. */
    PUBLIC_URL: z.url().optional(),
    /** Where uploaded files are kept; it must survive restarts (a volume in production). */
    ATTACHMENTS_DIR: z.string().min(1).default('.data/attachments'),
    /**
     * What one account may hold in uploads not yet attached to a dossier (they are removed after a day): room for
     * a few filings' scans, not a free file store. Files attached to dossiers belong to the record and do not count.
     */
    ACCOUNT_UPLOAD_QUOTA_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(100 * 1024 * 1024),
    /** Largest accepted upload; scans of a few pages fit, videos do not. */
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    /**
     * RESTART: the decree's reading, the clock starts again with the full duration when the supplement is complete;
     * PAUSE: the office time spent supplementing (working days and hours of the catalogue's calendar) is added to
     * the appointment (Decision 766's formula).
     */
    SUPPLEMENT_POLICY: z.enum(['RESTART', 'PAUSE']).default('RESTART'),
    /**
     * Comma-separated GSO codes of the units this instance serves, when a commune runs its own instance; it then
     * refuses to create or serve dossiers of other units. Unset: every unit (the district's default instance).
     */
    SERVED_UNITS: unitCodes,
    /**
     * On the district's default instance: comma-separated GSO codes of units that run their own instance (those
     * listed in the gateway's registry). It refuses to create or list their dossiers, so that a request routed by a
     * stale registry, or the demonstration data, never puts a unit's dossiers on two servers.
     */
    UNITS_SERVED_ELSEWHERE: unitCodes,
    /**
     * Loads a few demonstration dossiers into an empty database at start-up (the embedded `npm start`), through the
     * same rules as real filings, once the catalogue answers.
     */
    DEMO_DOSSIERS: booleanFromEnv(false),
    /**
     * With DEMO_DOSSIERS: a legacy history file (NDJSON, the import's format) loaded through the import after the
     * demo dossiers, e.g. the article's Lai Vung 2019 history; re-runs skip what is already there.
     */
    DEMO_HISTORY_FILE: z.string().min(1).optional(),
    /**
     * The payment platform (national payment platform or an intermediary speaking the same protocol). Without it
     * online payment answers UNAVAILABLE and fees are paid at the desk.
     */
    PAYMENT_PROVIDER_URL: z.url().optional(),
    /**
     * Development only: runs the local fake payment platform inside this process (random port and secret) when no
     * PAYMENT_PROVIDER_URL is given, so that online payment can be tried without a merchant account.
     */
    FAKE_PAYMENT_PROVIDER: booleanFromEnv(false),
    /** Our merchant code at the payment platform. */
    PAYMENT_MERCHANT_CODE: z.string().min(1).default('DVC'),
    /** Shared secret that signs requests to and callbacks from the payment platform. */
    PAYMENT_SECRET: z.string().min(16).optional(),
    /** A callback signed longer ago than this is refused as stale (a replay). */
    PAYMENT_CALLBACK_MAX_AGE_SECONDS: z.coerce.number().int().min(1).default(300),
    /** A payment still pending this long after it was created is asked about (its callback may have been lost). */
    PAYMENT_RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(0).default(900),
    /** How often reconciliation runs; 0 turns it off. */
    PAYMENT_RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
    /**
     * Comma-separated origins of the web app the payment platform may send the payer back to (`payOnline`'s
     * returnUrl); a path is taken relative to the first. Any other address is refused, so that a payment link
     * never carries a script or a stranger's page.
     */
    PAYMENT_RETURN_ORIGINS: z
      .string()
      .default('http://localhost:4000')
      .transform((value, ctx) => {
        const origins = value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean);
        if (
          origins.length === 0 ||
          !origins.every((origin) => /^https?:\/\/[^/]+\/?$/.test(origin) && URL.canParse(origin))
        ) {
          ctx.addIssue({ code: 'custom', message: 'must list http(s) origins, comma-separated' });
          return z.NEVER;
        }
        return origins.map((origin) => new URL(origin).origin);
      }),
    /** A payment the platform never heard of (its registration was lost) is marked failed after this long. */
    PAYMENT_EXPIRE_AFTER_SECONDS: z.coerce.number().int().min(60).default(86_400),
    /** Public page the QR codes of receipts and results point to; the verification code is appended. */
    VERIFY_URL: z.url().default('https://dichvucong.example.vn/xac-thuc?ma='),
    /** Open dossiers whose appointment falls within this many hours are listed as due soon. */
    DUE_SOON_HOURS: z.coerce.number().int().min(1).default(24),
    /**
     * How often this instance tells reporting, through its outbox, that it is alive; reporting marks a unit's
     * figures stale when its instance has been silent for several intervals.
     */
    HEARTBEAT_SECONDS: z.coerce.number().positive().default(60),
    /**
     * How often officers' dossiers are checked for a deadline within DUE_SOON_HOURS, to warn them once per deadline
     * (dossier.deadline-approaching.v1); 0 turns the warnings off.
     */
    DEADLINE_WARNING_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  })
  .superRefine((env, ctx) => {
    if (env.FAKE_PAYMENT_PROVIDER && env.NODE_ENV !== 'development') {
      ctx.addIssue({
        code: 'custom',
        path: ['FAKE_PAYMENT_PROVIDER'],
        message:
          'is refused in production: payments would go to a fake platform (set PAYMENT_PROVIDER_URL, or NODE_ENV=development)',
      });
    }
  });

export type DossiersConfig = z.infer<typeof dossiersEnv>;

export const loadDossiersConfig = (env: NodeJS.ProcessEnv = process.env): DossiersConfig =>
  loadConfig('dossiers', dossiersEnv, env);
