import { EventPublisher, newEvent, redisConnection } from '@dvc/contracts';
import { createLogger } from '@dvc/service-kit';
import { eventually, testRedisUrl, uniquePrefix } from '@dvc/test-fixtures';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlePostalDelivered } from '../src/events/postal-delivered';
import { fileDirect, startStack, who } from './support';

describe('return by post and anonymous tracking', () => {
  const prefix = uniquePrefix();
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack({ REDIS_URL: testRedisUrl(), BULLMQ_PREFIX: prefix });
  });
  afterAll(async () => stack?.stop());

  it('records the result returned by post when the postal service reports delivery, once per event', async () => {
    const code = await fileDirect(stack.deps, {
      status: 9,
      returnChannel: 'POST',
      receivedAt: new Date(Date.now() - 3 * 86_400_000),
      resolvedAt: new Date(Date.now() - 86_400_000),
      postalAddress: {
        receiverName: 'Nguyễn Văn A',
        phone: '0912345678',
        address: 'Ấp Tân Lợi, xã Lai Vung',
      },
    });
    const contact = await stack.ask(
      who.service(),
      'query($code: ID!) { dossierContact(code: $code) { dossierCode returnChannel postalAddress { receiverName address } notify { sms } } }',
      { code },
    );
    expect(contact.data?.dossierContact).toEqual({
      dossierCode: code,
      returnChannel: 'POST',
      postalAddress: { receiverName: 'Nguyễn Văn A', address: 'Ấp Tân Lợi, xã Lai Vung' },
      notify: { sms: false },
    });

    const redis = redisConnection({ url: testRedisUrl(), role: 'producer' });
    const publisher = new EventPublisher(redis, prefix);
    const deliveredAt = new Date(Date.now() - 3_600_000).toISOString();
    const event = newEvent(
      'postal.shipment-delivered.v1',
      { dossierCode: code, waybillNumber: 'EB123456789VN', at: deliveredAt },
      'notifications',
    );
    await publisher.publish(event);
    const status = async () =>
      (await stack.db.execute<{ status: number }>(sql`select status from dossiers where code = ${code}`))[0]
        ?.status;
    await eventually(async () => (await status()) === 10);
    // Delivered again (BullMQ delivers at least once): the claim makes the second delivery a no-op.
    await handlePostalDelivered(stack.db, 'test', event, createLogger('test', 'silent'));
    const [returns] = await stack.db.execute<{ n: number }>(
      sql`select count(*)::int as n from dossier_history where dossier_code = ${code} and action = 'RETURN_RESULT'`,
    );
    expect(returns?.n).toBe(1);
    const track = await stack.ask(
      who.anonymous(),
      'query($code: ID!, $id: String!) { trackDossier(code: $code, idNumber: $id) { status returnedAt returnChannel history { action actorRole } } }',
      { code, id: '123456' },
    );
    expect(track.data?.trackDossier).toMatchObject({
      status: 'RESULT_RETURNED',
      returnedAt: deliveredAt,
      returnChannel: 'POST',
    });
    expect(track.data?.trackDossier.history.at(-1)).toEqual({ action: 'RETURN_RESULT', actorRole: 'SYSTEM' });
    await publisher.close();
    redis.disconnect();
  });

  it('tracks by code with the ID number or the receipt PIN, shows no personal data, and says nothing on a mismatch', async () => {
    const code = await fileDirect(stack.deps, { applicantIdNumber: '087190000077', trackingPin: '654321' });
    const query =
      'query($code: ID!, $id: String!) { trackDossier(code: $code, idNumber: $id) { code status procedureName history { action } } }';
    for (const id of ['087190000077', ' 654321 ']) {
      const answer = await stack.ask(who.anonymous(), query, { code, id });
      expect(answer.data?.trackDossier).toEqual({
        code,
        status: 'NEWLY_FILED',
        procedureName: 'Đăng ký khai sinh',
        history: [{ action: 'SUBMIT' }],
      });
    }
    for (const [c, id] of [
      [code, '087190000078'],
      [code, ''],
      ['000.00.91.H20-000000-0001', '087190000077'],
    ]) {
      const answer = await stack.ask(who.anonymous(), query, { code: c, id });
      expect(answer.data?.trackDossier).toBeNull();
    }
    const personal = await stack.ask(
      who.anonymous(),
      'query($code: ID!) { trackDossier(code: $code, idNumber: "654321") { applicantName } }',
      { code },
    );
    expect(personal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
