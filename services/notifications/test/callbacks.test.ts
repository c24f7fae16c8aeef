import { randomUUID } from 'node:crypto';
import { eventQueueName } from '@dvc/contracts';
import { outbox } from '@dvc/database';
import { testRedisUrl } from '@dvc/test-fixtures';
import { Queue } from 'bullmq';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, postalShipmentEvents, postalShipments } from '../src/db/schema';
import { signCallback } from '../src/providers/callback-signature';
import { CALLBACK_SECRET, startTestService } from './service-fixture';

describe('provider callbacks', () => {
  let t: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    t = await startTestService();
  });
  afterAll(() => t?.stop());

  const post = (path: string, body: object, secret = CALLBACK_SECRET, now = new Date()) => {
    const raw = JSON.stringify(body);
    return fetch(`${t.origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signCallback(secret, raw, now) },
      body: raw,
    });
  };
  const sending = async (channel: 'SMS' | 'EMAIL' | 'ZALO', providerReference: string) => {
    const [row] = await t.database.db
      .insert(notifications)
      .values({
        dossierCode: `D-${randomUUID()}`,
        unitCode: '30226',
        channel,
        template: 'dossier.received',
        templateVersion: 2,
        recipientMasked: '091****678',
        status: 'SENDING',
        attempts: 1,
        providerReference,
      })
      .returning();
    if (!row) throw new Error();
    return row;
  };
  const statusOf = async (id: string) =>
    (await t.database.db.select().from(notifications).where(eq(notifications.id, id)))[0];

  it('marks a message delivered on a signed receipt, and ignores the same receipt replayed', async () => {
    const row = await sending('SMS', 'sms-ref-1');
    const receipt = {
      callbackId: 'cb-1',
      messageId: 'sms-ref-1',
      clientRequestId: row.id,
      status: 'DELIVERED',
      at: '2026-07-01T01:00:00Z',
    };
    expect(await (await post('/callbacks/sms', receipt)).json()).toEqual({ status: 'applied' });
    expect(await statusOf(row.id)).toMatchObject({
      status: 'DELIVERED',
      deliveredAt: new Date('2026-07-01T01:00:00Z'),
    });
    const replay = await post('/callbacks/sms', { ...receipt, status: 'FAILED' });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ status: 'ignored' });
    expect((await statusOf(row.id))?.status).toBe('DELIVERED');
  });

  it('refuses a forged, unsigned or expired callback and changes nothing', async () => {
    const row = await sending('EMAIL', 'email-ref-1');
    const bounce = { callbackId: 'cb-2', id: 'email-ref-1', event: 'bounced', at: '2026-07-01T01:00:00Z' };
    expect((await post('/callbacks/email', bounce, 'a-forger-guessing-the-secret-0123456789')).status).toBe(
      401,
    );
    expect(
      (await post('/callbacks/email', bounce, CALLBACK_SECRET, new Date(Date.now() - 10 * 60_000))).status,
    ).toBe(401);
    const unsigned = await fetch(`${t.origin}/callbacks/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(bounce),
    });
    expect(unsigned.status).toBe(401);
    expect((await statusOf(row.id))?.status).toBe('SENDING');
    // The genuine one still applies: the refused attempts did not burn its id.
    expect((await post('/callbacks/email', bounce)).status).toBe(200);
    expect(await statusOf(row.id)).toMatchObject({
      status: 'PERMANENT_FAILURE',
      lastError: 'the e-mail bounced',
    });
  });

  it('asks the provider to retry a receipt for a message not yet recorded', async () => {
    const early = await post('/callbacks/zalo', {
      callbackId: 'cb-3',
      msg_id: 'zalo-unknown',
      event_name: 'user_received_message',
      timestamp: String(Date.now()),
    });
    expect(early.status).toBe(503);
    const row = await sending('ZALO', 'zalo-unknown');
    const retried = await post('/callbacks/zalo', {
      callbackId: 'cb-3',
      msg_id: 'zalo-unknown',
      event_name: 'user_received_message',
      timestamp: String(Date.now()),
    });
    expect(retried.status).toBe(200);
    expect((await statusOf(row.id))?.status).toBe('DELIVERED');
  });

  it('follows a shipment; "delivered" emits postal.shipment-delivered.v1 to the dossiers service, once', async () => {
    const [shipment] = await t.database.db
      .insert(postalShipments)
      .values({
        dossierCode: 'D-POST-1',
        unitCode: '30226',
        status: 'BOOKED',
        waybillNumber: 'EB000000001VN',
      })
      .returning();
    if (!shipment) throw new Error();
    const status = (callbackId: string, s: string, at: string) =>
      post('/callbacks/postal', {
        callbackId,
        waybillNumber: 'EB000000001VN',
        orderNumber: 'D-POST-1',
        status: s,
        at,
      });
    expect((await status('p-1', 'PICKED_UP', '2026-07-02T01:00:00Z')).status).toBe(200);
    expect((await status('p-2', 'DELIVERED', '2026-07-03T03:00:00Z')).status).toBe(200);
    // Late and replayed callbacks do not move it back, nor emit again.
    expect((await status('p-3', 'IN_TRANSIT', '2026-07-02T05:00:00Z')).status).toBe(200);
    expect((await status('p-4', 'DELIVERED', '2026-07-03T03:00:00Z')).status).toBe(200);
    expect(await (await status('p-2', 'DELIVERED', '2026-07-03T03:00:00Z')).json()).toMatchObject({
      status: 'ignored',
    });

    const [after] = await t.database.db
      .select()
      .from(postalShipments)
      .where(eq(postalShipments.id, shipment.id));
    expect(after?.status).toBe('DELIVERED');
    const steps = await t.database.db
      .select()
      .from(postalShipmentEvents)
      .where(eq(postalShipmentEvents.shipmentId, shipment.id));
    expect(steps.map((s) => s.status)).toEqual(['PICKED_UP', 'DELIVERED']);
    const events = await t.database.db.select().from(outbox);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'postal.shipment-delivered.v1',
        payload: { dossierCode: 'D-POST-1', waybillNumber: 'EB000000001VN', at: '2026-07-03T03:00:00.000Z' },
      }),
    ]);
    const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const queue = new Queue(eventQueueName('dossiers'), { connection: redis, prefix: t.prefix });
    try {
      await expect
        .poll(async () => (await queue.getJob(events[0]?.id as string))?.name, { timeout: 5_000 })
        .toBe('postal.shipment-delivered.v1');
    } finally {
      await queue.close();
      redis.disconnect();
    }
  });
});
