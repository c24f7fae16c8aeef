import { parseEvent } from '@dvc/contracts';
import { createLogger } from '@dvc/service-kit';
import { createTestDatabase, startRedis, uniquePrefix } from '@dvc/test-fixtures';
import { Queue } from 'bullmq';
import { isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadDossiersConfig } from '../src/config';
import { openDossiersDatabase } from '../src/db';
import { outbox } from '../src/db/schema';
import { type ReceivedDossier, recordReceivedDossier } from '../src/rules/receive';
import { startDossiers } from '../src/service';

const filing = (applicantIdNumber: string): ReceivedDossier => ({
  unitCode: '30226',
  unitPath: ['30226', '82'],
  agencyCode: '000.00.91.H20',
  procedureCode: '1.001193',
  procedureVersion: 1,
  channel: 'IN_PERSON',
  applicantName: 'Trần Thị B',
  applicantIdNumber,
  receivedAt: new Date(),
  appointmentAt: null,
});

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the outbox relay', () => {
  it('hands every event to each consumer queue once, and keeps events through a Redis outage', async () => {
    const redis = await startRedis();
    const prefix = uniquePrefix();
    const url = await createTestDatabase('dossiers');
    const database = openDossiersDatabase(url, 5);
    const service = await startDossiers(
      loadDossiersConfig({
        DATABASE_URL: url,
        REDIS_URL: redis.url,
        BULLMQ_PREFIX: prefix,
        IDENTITY_SECRET: 'x'.repeat(32),
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
      createLogger('test', 'silent'),
    );
    const queueOf = async () => {
      const { Redis } = await import('ioredis');
      const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
      return { queue: new Queue('events-reporting', { connection, prefix }), connection };
    };
    const unpublished = async () =>
      (await database.db.select().from(outbox).where(isNull(outbox.publishedAt))).length;
    try {
      await recordReceivedDossier(database.db, filing('087190000011'), 'test');
      await eventually(async () => (await unpublished()) === 0);

      await redis.stop();
      await recordReceivedDossier(database.db, filing('087190000012'), 'test');
      await recordReceivedDossier(database.db, filing('087190000013'), 'test');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await unpublished()).toBe(2);

      const restarted = await startRedis({ port: redis.port });
      try {
        // The old Redis kept nothing (tests run it without persistence): only the two waiting events arrive,
        // proving they were kept in the outbox, not in Redis.
        await eventually(async () => (await unpublished()) === 0);
        const { queue, connection } = await queueOf();
        const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
        const events = jobs.map((job) => parseEvent(job.data));
        expect(events.map((event) => event.type)).toEqual(['dossier.received.v1', 'dossier.received.v1']);
        expect(new Set(jobs.map((job) => job.id))).toEqual(new Set(events.map((event) => event.id)));

        // Publishing an event again (a relay that crashed before marking its row) adds no second job.
        await database.db.execute(sql`update outbox set published_at = null`);
        await eventually(async () => (await unpublished()) === 0);
        expect(await queue.getJobCountByTypes('waiting', 'delayed', 'active', 'completed', 'failed')).toBe(3);
        await queue.close();
        connection.disconnect();
      } finally {
        await service.stop();
        await restarted.stop();
      }
    } finally {
      await database.close();
    }
  });
});
