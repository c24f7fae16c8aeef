import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedis } from '@dvc/test-fixtures';
import { describe, expect, it } from 'vitest';
import { startStack } from './stack';

/** The outage: 30 s. REDIS_OUTAGE_MS shortens it while iterating. */
const OUTAGE_MS = Number(process.env.REDIS_OUTAGE_MS ?? 30_000);

describe('Redis stopped in the middle of a run', () => {
  it('loses nothing, duplicates nothing, and sending resumes by itself', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dvc-redis-run-'));
    let redis = await startRedis({ dataDir });
    const stack = await startStack(redis.url, { FAKE_FAILURE_RATE: '0.5' });
    try {
      const before = await Promise.all([1, 2, 3, 4].map((i) => stack.file({ phone: `091234500${i}` })));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await redis.stop();
      // Filed while Redis is down: the events wait in the dossiers outbox.
      const during = await Promise.all([5, 6, 7, 8].map((i) => stack.file({ phone: `091234500${i}` })));
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      redis = await startRedis({ dataDir, port: redis.port });

      const codes = [...before, ...during];
      await expect
        .poll(
          async () => {
            let delivered = 0;
            for (const code of codes) {
              delivered += (await stack.messagesOf(code)).notifications.filter(
                (n) => n.status === 'DELIVERED',
              ).length;
            }
            return delivered;
          },
          { timeout: 90_000, interval: 1_000 },
        )
        .toBe(codes.length * 2);
      const ids: string[] = [];
      for (const code of codes) {
        const { notifications } = await stack.messagesOf(code);
        expect(notifications.map((n) => `${n.channel} ${n.template}`).sort()).toEqual([
          'EMAIL dossier.submitted',
          'SMS dossier.submitted',
        ]);
        ids.push(...notifications.map((n) => n.id));
      }
      const reached = stack.fake.deliveries.filter((d) => ids.includes(d.key)).map((d) => d.key);
      expect(reached.sort()).toEqual([...ids].sort());
      const health = (await (await fetch(stack.notifications.url.replace('/graphql', '/health'))).json()) as {
        status: string;
      };
      expect(health.status).toBe('ok');
    } finally {
      await stack.stop();
      await redis.stop();
    }
  }, 240_000);
});
