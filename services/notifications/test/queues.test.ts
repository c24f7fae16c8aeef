import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventPublisher, eventQueueName, newEvent, redisConnection } from '@dvc/contracts';
import type { Identity } from '@dvc/identity';
import { startRedis, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { Queue } from 'bullmq';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, processedEvents } from '../src/db/schema';
import { startTestService } from './service-fixture';

const admin: Identity = { sub: 'admin-1', role: 'ADMIN', unitCode: null, name: null };

const health = async (origin: string) =>
  (await (await fetch(`${origin}/health`)).json()) as {
    status: string;
    checks: Record<string, string>;
  };

describe('delivery queues', () => {
  let t: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    t = await startTestService({ SEND_ATTEMPTS: '3', BACKOFF_MS: '50', SWEEP_INTERVAL_MS: '200' });
  });
  afterAll(() => t?.stop());

  it('retries with backoff, then dead-letters a message and shows it in the API', async () => {
    // The dossiers service is unreachable in this test: every contact lookup fails, temporarily.
    const [row] = await t.database.db
      .insert(notifications)
      .values({
        dossierCode: 'D-DEAD',
        unitCode: '30226',
        channel: 'SMS',
        template: 'dossier.received',
        templateVersion: 2,
        params: { appointment: '16:30 ngày 31/07/2026' },
        recipientMasked: '091****678',
        status: 'QUEUED',
      })
      .returning();
    if (!row) throw new Error();
    await t.service.delivery?.enqueueMessages([row]);
    await t.service.delivery?.enqueueMessages([row]);
    await expect
      .poll(
        async () =>
          (await t.database.db.select().from(notifications).where(eq(notifications.id, row.id)))[0]?.status,
        {
          timeout: 10_000,
        },
      )
      .toBe('PERMANENT_FAILURE');
    const [dead] = await t.database.db.select().from(notifications).where(eq(notifications.id, row.id));
    expect(dead?.lastError).toMatch(/^contact lookup failed/);
    // The row is marked before the worker hands the failure back to BullMQ, which counts the attempt after.
    await expect
      .poll(async () => (await t.service.delivery?.queues.sms.getJob(row.id))?.attemptsMade, {
        timeout: 5_000,
      })
      .toBe(3);
    const answer = await subgraphRequest(
      t.service.url,
      '{ notificationQueues { name deadLettered deadLetters { jobId attempts failedReason notification { id status } } } }',
      { identity: admin, secret: TEST_IDENTITY_SECRET },
    );
    const sms = answer.data?.notificationQueues.find((q: { name: string }) => q.name === 'sms');
    expect(sms.deadLettered).toBe(1);
    expect(sms.deadLetters).toEqual([
      expect.objectContaining({
        jobId: row.id,
        attempts: 3,
        notification: { id: row.id, status: 'PERMANENT_FAILURE' },
      }),
    ]);
  });

  it('fails a job with a bad payload at once, without retrying it', async () => {
    const queue = t.service.delivery?.queues.email as Queue;
    const job = await queue.add('EMAIL', { phone: '0912345678' }, { jobId: 'bad-payload' });
    await expect
      .poll(async () => (await queue.getJob(job.id as string))?.failedReason, { timeout: 5_000 })
      .toMatch(/bad payload/);
    expect((await queue.getJob(job.id as string))?.attemptsMade).toBe(1);
  });

  it('puts back into its queue a pending message that Redis lost', async () => {
    const [row] = await t.database.db
      .insert(notifications)
      .values({
        dossierCode: 'D-LOST',
        channel: 'ZALO',
        template: 'dossier.submitted',
        templateVersion: 1,
        recipientMasked: '091****678',
        status: 'QUEUED',
        updatedAt: new Date(Date.now() - 60_000),
      })
      .returning();
    if (!row) throw new Error();
    await expect
      .poll(async () => Boolean(await t.service.delivery?.queues.zalo.getJob(row.id)), { timeout: 5_000 })
      .toBe(true);
  });

  it('reports each queue and the event consumer in /health', async () => {
    const answer = await health(t.origin);
    expect(answer.checks).toMatchObject({
      database: 'ok',
      events: 'ok',
      'queue.sms': 'ok',
      'queue.email': 'ok',
      'queue.zalo': 'ok',
      'queue.postal': 'ok',
    });
  });

  it('announces nothing for imported history or for steps a citizen need not hear about', async () => {
    const base = {
      unitCode: '30226',
      procedureCode: '1.001193',
      channel: 'IN_PERSON' as const,
      actorRole: 'OFFICER',
    };
    const old = newEvent(
      'dossier.received.v1',
      {
        ...base,
        dossierCode: 'D-2019',
        at: '2019-01-07T01:30:00Z',
        assistedBy: null,
        receivedAt: '2019-01-07T01:30:00Z',
        appointmentAt: '2019-01-10T01:30:00Z',
        feeVnd: 0,
      },
      'dossiers',
    );
    const quiet = newEvent(
      'dossier.processing-started.v1',
      { ...base, dossierCode: 'D-NOW', at: new Date().toISOString() },
      'dossiers',
    );
    const connection = redisConnection({ url: t.redisUrl, role: 'worker' });
    const publisher = new EventPublisher(connection, t.prefix);
    const queue = new Queue(eventQueueName('notifications'), { connection, prefix: t.prefix });
    try {
      await publisher.publish(old);
      await publisher.publish(quiet);
      for (const event of [old, quiet]) {
        await expect
          .poll(async () => (await queue.getJob(event.id))?.finishedOn, { timeout: 5_000 })
          .toBeTruthy();
        expect((await queue.getJob(event.id))?.failedReason).toBeFalsy();
      }
      expect(
        await t.database.db.select().from(notifications).where(eq(notifications.dossierCode, 'D-2019')),
      ).toEqual([]);
      expect(await t.database.db.select().from(processedEvents)).toEqual([]);
    } finally {
      await publisher.close();
      await queue.close();
      connection.disconnect();
    }
  });
});

describe('a Redis outage', () => {
  it('is reported by /health, and the workers resume by themselves when Redis is back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dvc-redis-outage-'));
    let redis = await startRedis({ dataDir });
    const t = await startTestService({ REDIS_URL: redis.url, SWEEP_INTERVAL_MS: '500' });
    try {
      const queue = t.service.delivery?.queues.email as Queue;
      await queue.add('EMAIL', { broken: true }, { jobId: 'before' });
      await expect
        .poll(async () => (await queue.getJob('before'))?.finishedOn, { timeout: 5_000 })
        .toBeTruthy();

      // The workers' connection, shared by the four workers and the event consumer.
      const worker = t.service.delivery?.workers[0];
      if (!worker) throw new Error('the service runs no delivery workers');
      const workerConnection = await worker.client;
      let refusedReconnects = 0;
      workerConnection.on('reconnecting', () => {
        refusedReconnects += 1;
      });
      await redis.stop();
      await expect.poll(async () => (await health(t.origin)).status, { timeout: 10_000 }).toBe('degraded');
      // Redis stays down until the workers have tried to reconnect and been refused several times (the longer
      // outage of outage.test.ts shows they also come back once the reconnection delay has grown).
      await expect.poll(() => refusedReconnects, { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
      redis = await startRedis({ dataDir, port: redis.port });

      await expect
        .poll(async () => (await health(t.origin)).status, { timeout: 20_000, interval: 500 })
        .toBe('ok');
      // Kept through the restart (append-only file), and new work is taken without restarting the service.
      expect((await queue.getJob('before'))?.failedReason).toMatch(/bad payload/);
      await queue.add('EMAIL', { broken: true }, { jobId: 'after' });
      await expect
        .poll(async () => (await queue.getJob('after'))?.finishedOn, { timeout: 15_000 })
        .toBeTruthy();
    } finally {
      await t.stop();
      await redis.stop();
    }
  }, 120_000);
});
