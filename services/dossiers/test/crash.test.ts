import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as catalogue from '@dvc/catalogue';
import { signIdentity } from '@dvc/identity';
import { createLogger } from '@dvc/service-kit';
import {
  createTestDatabase,
  eventually,
  freePort,
  TEST_IDENTITY_SECRET,
  testRedisUrl,
  uniquePrefix,
} from '@dvc/test-fixtures';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createCatalogueClient } from '../src/catalogue';
import { sampleFormData } from '../src/seed/sample-form';
import { who } from './support';

const SUBMIT = `mutation($input: SubmitDossierInput!, $key: ID!) { submitDossier(input: $input, idempotencyKey: $key) { code } }`;

describe('a crash of the dossiers process during a load of filings', () => {
  it('loses no committed dossier and no event; each event reaches BullMQ once, by its id', {
    timeout: 120_000,
  }, async () => {
    const logger = createLogger('test', 'silent');
    const base = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      IDENTITY_SECRET: TEST_IDENTITY_SECRET,
      PORT: '0',
    };
    const catalogueService = await catalogue.startCatalogue(
      catalogue.loadCatalogueConfig({ ...base, DATABASE_URL: await createTestDatabase('catalogue') }),
      logger,
    );
    const databaseUrl = await createTestDatabase('dossiers');
    const prefix = uniquePrefix();
    const port = await freePort();
    const env = {
      ...process.env,
      ...base,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: testRedisUrl(),
      BULLMQ_PREFIX: prefix,
      CATALOGUE_URL: catalogueService.url,
      ATTACHMENTS_DIR: await mkdtemp(join(tmpdir(), 'dossiers-crash-')),
    };
    const start = async (): Promise<ChildProcess> => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: 'ignore' });
      await eventually(
        async () => (await fetch(`http://localhost:${port}/health`).catch(() => null))?.ok === true,
        30_000,
      );
      return child;
    };
    const client = createCatalogueClient({ url: catalogueService.url, identitySecret: TEST_IDENTITY_SECRET });
    // Copies of a civil-status extract: every document is shown or filled in online, so the load needs no uploads.
    const birth = await client.procedure('2.000635');
    if (!birth) throw new Error('no 2.000635');
    const input = {
      procedureCode: '2.000635',
      unitCode: '30226',
      applicant: { kind: 'PERSON', name: 'Nguyễn Văn An', idNumber: '087190000001' },
      formData: sampleFormData(birth, {
        name: 'Nguyễn Văn An',
        idNumber: '087190000001',
        phone: '0912345678',
      }),
      contact: { phone: '0912345678' },
      returnChannel: 'DESK',
    };
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    let child = await start();
    try {
      const answered: string[] = [];
      const file = async (key: string) => {
        try {
          const response = await fetch(`http://localhost:${port}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...signIdentity(who.citizen(), TEST_IDENTITY_SECRET),
            },
            body: JSON.stringify({ query: SUBMIT, variables: { input, key } }),
          });
          const body = (await response.json()) as { data?: { submitDossier?: { code: string } } };
          if (body.data?.submitDossier) answered.push(body.data.submitDossier.code);
        } catch {
          // The connection died with the process: this filing may or may not have committed.
        }
      };
      let next = 0;
      const load = Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < 400) await file(`crash-${next++}`);
        }),
      );
      await eventually(async () => answered.length >= 40, 30_000);
      child.kill('SIGKILL');
      await once(child, 'exit');
      await load;

      const committed = await sql<Array<{ code: string }>>`select code from dossiers`;
      const codes = new Set(committed.map((row) => row.code));
      // Every filing answered with a code is in the database.
      expect(answered.filter((code) => !codes.has(code))).toEqual([]);
      const sequence = committed.map((row) => Number(row.code.split('-').at(-1))).sort((a, b) => a - b);
      expect(sequence).toEqual(Array.from({ length: sequence.length }, (_, i) => i + 1));

      child = await start();
      const unpublished = async () =>
        (await sql<Array<{ n: number }>>`select count(*)::int as n from outbox where published_at is null`)[0]
          ?.n;
      await eventually(async () => (await unpublished()) === 0, 30_000);
      const events = await sql<
        Array<{ id: string; code: string }>
      >`select id, payload->>'dossierCode' as code from outbox where type like 'dossier.%' order by position`;
      // One SUBMIT event per committed dossier, and none for anything that did not commit.
      expect(new Set(events.map((event) => event.code))).toEqual(codes);
      expect(events).toHaveLength(codes.size);
      const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
      const queue = new Queue('events-reporting', { connection, prefix });
      const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'], 0, -1);
      const dossierJobs = jobs.filter((job) => String(job.data.type).startsWith('dossier.'));
      expect(dossierJobs.map((job) => job.id).sort()).toEqual(events.map((event) => event.id).sort());
      await queue.close();
      connection.disconnect();
    } finally {
      child.kill('SIGTERM');
      await sql.end();
      await catalogueService.stop();
    }
  });
});
