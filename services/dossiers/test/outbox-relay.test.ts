import { isDossierEvent, parseEvent } from '@dvc/contracts';
import { createLogger } from '@dvc/service-kit';
import { createTestDatabase, eventually, startRedis, uniquePrefix } from '@dvc/test-fixtures';
import { Queue } from 'bullmq';
import { isNull, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { loadDossiersConfig } from '../src/config';
import { openDossiersDatabase } from '../src/db';
import { outbox } from '../src/db/schema';
import type { RuleDeps } from '../src/rules/deps';
import { startDossiers } from '../src/service';
import { fileDirect } from './support';

describe('the outbox relay', () => {
  it('hands every event to each consumer queue once, and keeps events through a Redis outage', async () => {
    const redis = await startRedis();
    const prefix = uniquePrefix();
    const url = await createTestDatabase('dossiers');
    const database = openDossiersDatabase(url, 5);
    const deps: RuleDeps = {
      db: database.db,
      catalogue: null as never, // filing straight into the table consults no catalogue
      source: 'test',
      supplementPolicy: 'RESTART',
      now: () => new Date(),
    };
    const filing = (applicantIdNumber: string) => fileDirect(deps, { applicantIdNumber });
    const logger = createLogger('test', 'silent');
    // The relay's word that it tried and failed, once per outage: the signal that waiting events were attempted.
    const warn = vi.spyOn(logger, 'warn');
    const cannotPublish = () =>
      warn.mock.calls.some((call) => call.includes('outbox relay cannot publish; events wait in the outbox'));
    const service = await startDossiers(
      loadDossiersConfig({
        DATABASE_URL: url,
        REDIS_URL: redis.url,
        BULLMQ_PREFIX: prefix,
        IDENTITY_SECRET: 'x'.repeat(32),
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
      logger,
    );
    const queueOf = async () => {
      const { Redis } = await import('ioredis');
      const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
      return { queue: new Queue('events-reporting', { connection, prefix }), connection };
    };
    const unpublished = async () =>
      (await database.db.select().from(outbox).where(isNull(outbox.publishedAt))).length;
    try {
      await filing('087190000011');
      await eventually(async () => (await unpublished()) === 0);

      expect(cannotPublish()).toBe(false);
      await redis.stop();
      await filing('087190000012');
      await filing('087190000013');
      await eventually(async () => cannotPublish());
      expect(await unpublished()).toBe(2);

      const restarted = await startRedis({ port: redis.port });
      try {
        // The old Redis kept nothing (tests run it without persistence): only the two waiting events arrive,
        // proving they were kept in the outbox, not in Redis.
        await eventually(async () => (await unpublished()) === 0);
        const { queue, connection } = await queueOf();
        const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
        // The instance's heartbeats travel the same way; this test follows the dossiers' events.
        const events = jobs.map((job) => parseEvent(job.data)).filter(isDossierEvent);
        expect(events.map((event) => event.type)).toEqual(['dossier.submitted.v1', 'dossier.submitted.v1']);
        const dossierJobIds = jobs.filter((job) => job.data.type !== 'dossiers.instance-heartbeat.v1');
        expect(new Set(dossierJobIds.map((job) => job.id))).toEqual(new Set(events.map((event) => event.id)));

        // Publishing an event again (a relay that crashed before marking its row) adds no second job.
        await database.db.execute(sql`update outbox set published_at = null`);
        await eventually(async () => (await unpublished()) === 0);
        const again = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
        expect(again.map((job) => parseEvent(job.data)).filter(isDossierEvent)).toHaveLength(3);
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
