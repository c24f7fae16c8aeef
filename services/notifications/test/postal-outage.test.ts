import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedis } from '@dvc/test-fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, postalShipments } from '../src/db/schema';
import type { Sweeper } from '../src/queues/sweeper';
import { officer, startStack } from './stack';
import { nextSweeps } from './sweeps';

const step = (mutation: string, input = '') =>
  `mutation($code: ID!) { ${mutation}(code: $code${input}) { code status } }`;

describe('a postal status callback while Redis is down', () => {
  it('records the status, and its message is sent once Redis is back, exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dvc-redis-postal-'));
    let redis = await startRedis({ dataDir });
    const stack = await startStack(redis.url);
    try {
      const code = await stack.file({ post: true });
      for (const [mutation, input] of [
        ['receiveDossier', ''],
        ['startProcessing', ''],
        ['resolveDossier', ', input: { summary: "Cấp giấy khai sinh" }'],
      ] as const) {
        expect(
          (await stack.dossiers(officer, step(mutation, input), { code })).errors,
          mutation,
        ).toBeUndefined();
      }
      await expect
        .poll(async () => (await stack.messagesOf(code)).postalShipment?.status, { timeout: 30_000 })
        .toBe('BOOKED');
      const waybill = (await stack.messagesOf(code)).postalShipment?.waybillNumber as string;

      const sweeper = stack.notifications.delivery?.sweeper as Sweeper;
      await redis.stop();
      await stack.fake.advanceShipment(waybill, 'PICKED_UP');
      const [shipment] = await stack.database.db
        .select()
        .from(postalShipments)
        .where(eq(postalShipments.dossierCode, code));
      expect(shipment?.status).toBe('PICKED_UP');
      // Sweeps pass while Redis is down, each finding the announcement and failing to queue it: nothing can be
      // queued, nothing is forgotten.
      await nextSweeps(sweeper, 'skipped', 2);
      const sent = () =>
        stack.database.db
          .select()
          .from(notifications)
          .where(eq(notifications.template, 'postal.sent'))
          .then((rows) => rows.filter((row) => row.dossierCode === code));
      expect(await sent()).toEqual([]);

      redis = await startRedis({ dataDir, port: redis.port });
      await expect
        .poll(
          async () =>
            (await sent())
              .filter((row) => row.status === 'DELIVERED')
              .map((row) => row.channel)
              .sort(),
          { timeout: 60_000, interval: 500 },
        )
        .toEqual(['EMAIL', 'SMS']);
      // Once a sweep finds nothing left to decide or to send, nothing can be sent again.
      await nextSweeps(
        sweeper,
        'swept',
        1,
        (found) => found.messages + found.bookings + found.announcements === 0,
      );
      const rows = await sent();
      expect(rows).toHaveLength(2);
      const reached = stack.fake.deliveries.filter((d) => rows.some((row) => row.id === d.key));
      expect(reached.map((d) => d.channel).sort()).toEqual(['EMAIL', 'SMS']);
      expect(reached.find((d) => d.channel === 'SMS')?.text).toBe(
        `Ket qua ho so ${code} da duoc gui qua buu dien, ma van don ${waybill}.`,
      );
    } finally {
      await stack.stop();
      await redis.stop();
    }
  }, 180_000);
});
