/**
 * Notifications benchmark: dossier events through the delivery queues to the fake SMS and e-mail providers.
 * Reports messages per second (a burst of events released at once and drained through the queues) and, at a
 * steady pace of filings, the latency from the dossier event (its outbox time in the dossiers service) to the
 * provider's acceptance of the message, p50/p95.
 *
 * Everything runs on this machine, in this process: PostgreSQL and Redis from its binaries, the real catalogue,
 * dossiers and notifications services (contacts come from dossierContact), the fake providers inside
 * notifications. Provider rate limits are raised so that the pipeline, not the configured limit, is measured.
 *
 *   npm run bench:notifications --workspace=@dvc/bench
 *   BURST=300 STEADY_RATE=10 STEADY_SECONDS=10 npm run bench:notifications --workspace=@dvc/bench
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as catalogue from '@dvc/catalogue';
import { eventQueueName } from '@dvc/contracts';
import { runMigrations } from '@dvc/database';
import * as dossiers from '@dvc/dossiers';
import * as notifications from '@dvc/notifications';
import { createLogger } from '@dvc/service-kit';
import { startPostgres, startRedis } from '@dvc/test-fixtures';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { fileDirect } from '../services/dossiers/test/support';

const BURST = Number(process.env.BURST ?? 200);
const STEADY_RATE = Number(process.env.STEADY_RATE ?? 10);
const STEADY_SECONDS = Number(process.env.STEADY_SECONDS ?? 10);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main() {
  const stops: Array<() => Promise<void>> = [];
  try {
    const pg = await startPostgres();
    stops.push(pg.stop);
    const redis = await startRedis();
    stops.push(redis.stop);
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    const urls: Record<string, string> = {};
    const migrations = {
      catalogue: catalogue.migrationsFolder,
      dossiers: dossiers.migrationsFolder,
      notifications: notifications.migrationsFolder,
    };
    for (const [service, folder] of Object.entries(migrations)) {
      await admin.unsafe(`create database bench_${service}`);
      urls[service] = pg.url.replace(/\/postgres$/, `/bench_${service}`);
      await runMigrations(urls[service] as string, folder);
    }
    await admin.end();
    const catalogueDb = catalogue.openCatalogueDatabase(urls.catalogue as string, 1);
    await catalogue.loadReferenceData(catalogueDb.db).finally(catalogueDb.close);

    const logger = createLogger('bench', 'warn');
    const base = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      IDENTITY_SECRET: randomBytes(32).toString('hex'),
      PORT: '0',
    };
    const catalogueService = await catalogue.startCatalogue(
      catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: urls.catalogue }),
      logger,
    );
    stops.push(catalogueService.stop);
    const dossiersService = await dossiers.startDossiers(
      dossiers.loadDossiersConfig({
        ...base,
        DATABASE_URL: urls.dossiers,
        CATALOGUE_URL: catalogueService.url,
        REDIS_URL: redis.url,
        ATTACHMENTS_DIR: await mkdtemp(join(tmpdir(), 'bench-files-')),
      }),
      logger,
    );
    stops.push(dossiersService.stop);
    const service = await notifications.startNotifications(
      notifications.loadNotificationsConfig({
        ...base,
        DATABASE_URL: urls.notifications,
        REDIS_URL: redis.url,
        DOSSIERS_URL: dossiersService.url,
        SMS_RATE_PER_SECOND: '10000',
        EMAIL_RATE_PER_SECOND: '10000',
      }),
      logger,
    );
    stops.push(service.stop);
    const fake = service.fakeProviders;
    if (!fake) throw new Error('fake providers not running');

    const dossiersDb = dossiers.openDossiersDatabase(urls.dossiers as string, 4);
    stops.push(dossiersDb.close);
    const deps = {
      db: dossiersDb.db,
      catalogue: dossiers.createCatalogueClient({
        url: catalogueService.url,
        identitySecret: base.IDENTITY_SECRET,
      }),
      source: 'dossiers',
      supplementPolicy: 'RESTART' as const,
      now: () => new Date(),
    };
    const notificationsDb = postgres(urls.notifications as string, { max: 1, onnotice: () => {} });
    const outboxDb = postgres(urls.dossiers as string, { max: 1, onnotice: () => {} });
    stops.push(async () => {
      await notificationsDb.end();
      await outboxDb.end();
    });

    const file = (i: number) =>
      fileDirect(deps, {
        applicantName: 'Nguyễn Văn Bench',
        phone: `09${String(i).padStart(8, '0')}`,
        email: `citizen${i}@example.vn`,
        notifySms: true,
        notifyEmail: true,
      });

    /** Waits until every message of these dossiers has reached the fake, then measures. */
    const measure = async (codes: string[]) => {
      const expected = codes.length * 2;
      const deadline = Date.now() + 300_000;
      let rows: { id: string; event_id: string }[] = [];
      while (Date.now() < deadline) {
        rows = await notificationsDb<{ id: string; event_id: string }[]>`
          select id, event_id from notifications where dossier_code = any(${codes}) and sent_at is not null`;
        if (rows.length >= expected) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (rows.length < expected) throw new Error(`only ${rows.length} of ${expected} messages sent`);
      const events = await outboxDb<{ id: string; occurred_at: Date }[]>`
        select id, occurred_at from outbox where id = any(${rows.map((row) => row.event_id)})`;
      const eventAt = new Map(events.map((event) => [event.id, event.occurred_at.getTime()]));
      const acceptedAt = new Map(fake.deliveries.map((delivery) => [delivery.key, delivery.at]));
      const latencies = rows
        .map((row) => (acceptedAt.get(row.id) ?? Number.NaN) - (eventAt.get(row.event_id) ?? Number.NaN))
        .sort((a, b) => a - b);
      const first = Math.min(...events.map((event) => event.occurred_at.getTime()));
      const last = Math.max(...rows.map((row) => acceptedAt.get(row.id) ?? 0));
      return {
        messages: rows.length,
        seconds: (last - first) / 1000,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
      };
    };

    // Warm-up: connections, prepared statements, JIT.
    await measure(await Promise.all([0, 1, 2, 3, 4].map((i) => file(900_000 + i))));

    // The burst is filed with the notifications event queue paused, then released at once: the drain measures
    // the queues and providers, not how fast this process can file dossiers.
    const events = new Queue(eventQueueName('notifications'), {
      connection: new Redis(redis.url, { maxRetriesPerRequest: null }),
    });
    stops.push(() => events.close());
    await events.pause();
    const burstCodes: string[] = [];
    for (let i = 0; i < BURST; i++) burstCodes.push(await file(i));
    const outboxLeft = async () =>
      (await outboxDb<{ n: number }[]>`select count(*)::int as n from outbox where published_at is null`)[0]
        ?.n ?? 0;
    while ((await outboxLeft()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const releasedAt = Date.now();
    await events.resume();
    const burst = await measure(burstCodes);
    const lastAccepted = Math.max(...fake.deliveries.filter((d) => d.at >= releasedAt).map((d) => d.at));
    const drainSeconds = (lastAccepted - releasedAt) / 1000;

    const steadyCodes: string[] = [];
    const interval = 1000 / STEADY_RATE;
    const start = Date.now();
    for (let i = 0; i < STEADY_RATE * STEADY_SECONDS; i++) {
      const due = start + i * interval;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      steadyCodes.push(await file(100_000 + i));
    }
    const steady = await measure(steadyCodes);

    const keys = fake.deliveries.map((delivery) => delivery.key);
    console.log(
      JSON.stringify(
        {
          machine: { cpus: cpus().length, model: cpus()[0]?.model },
          burst: {
            dossiers: BURST,
            messages: burst.messages,
            drainSeconds: Number(drainSeconds.toFixed(2)),
            messagesPerSecond: Number((burst.messages / drainSeconds).toFixed(1)),
          },
          steady: {
            dossiersPerSecond: STEADY_RATE,
            messages: steady.messages,
            eventToProviderMs: { p50: steady.p50, p95: steady.p95 },
          },
          duplicatesAtProvider: keys.length - new Set(keys).size,
        },
        null,
        2,
      ),
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
