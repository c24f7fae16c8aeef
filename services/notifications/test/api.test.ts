import { randomUUID } from 'node:crypto';
import type { Identity } from '@dvc/identity';
import { subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, postalShipmentEvents, postalShipments } from '../src/db/schema';
import { startTestService } from './service-fixture';

const who = (role: Identity['role'], unitCode: string | null = null): Identity => ({
  sub: `${role.toLowerCase()}-1`,
  role,
  unitCode,
  name: null,
});
const officer = who('OFFICER', '30226');
const admin = who('ADMIN');

describe('the notifications API', () => {
  let t: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    // The queues must not pick up what these tests put in them: their workers would retry contact lookups.
    t = await startTestService();
    await Promise.all(Object.values(t.service.delivery?.queues ?? {}).map((queue) => queue.pause()));
  });
  afterAll(() => t?.stop());

  const gql = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    subgraphRequest(t.service.url, query, { identity, secret: TEST_IDENTITY_SECRET, variables });
  const resend = (identity: Identity, id: string) =>
    gql(
      identity,
      'mutation R($id: ID!) { resendNotification(id: $id) { id status template resendOf { id } } }',
      { id },
    );
  const message = async (status: (typeof notifications.$inferInsert)['status'], unitCode = '30226') => {
    const [row] = await t.database.db
      .insert(notifications)
      .values({
        dossierCode: `D-${randomUUID()}`,
        unitCode,
        eventId: randomUUID(),
        channel: 'SMS',
        template: 'dossier.received',
        templateVersion: 1,
        params: { appointment: '16:30 ngày 31/07/2026' },
        recipientMasked: '091****678',
        status,
      })
      .returning();
    if (!row) throw new Error();
    return row;
  };

  it('lets the officers of the dossier’s unit and administrators resend a failed message, nobody else', async () => {
    const failed = await message('PERMANENT_FAILURE');
    const refusals: [Identity, string][] = [
      [who('ANONYMOUS'), 'UNAUTHENTICATED'],
      [who('CITIZEN'), 'FORBIDDEN'],
      [who('VOLUNTEER', '30226'), 'FORBIDDEN'],
      [who('LEADER', '30226'), 'FORBIDDEN'],
      [who('SERVICE'), 'FORBIDDEN'],
      [who('OFFICER', '30208'), 'FORBIDDEN'],
    ];
    for (const [identity, code] of refusals) {
      const answer = await resend(identity, failed.id);
      expect({ role: identity.role, code: answer.errors?.[0]?.extensions?.code }).toEqual({
        role: identity.role,
        code,
      });
    }
    const byOfficer = await resend(officer, failed.id);
    expect(byOfficer.errors).toBeUndefined();
    // The current wording, as a new message linked to the failed one, which stays as it was.
    expect(byOfficer.data?.resendNotification).toMatchObject({
      status: 'QUEUED',
      template: 'dossier.received',
      resendOf: { id: failed.id },
    });
    const again = await resend(admin, failed.id);
    expect(again.data?.resendNotification.id).toBe(byOfficer.data?.resendNotification.id);
    const job = await t.service.delivery?.queues.sms.getJob(byOfficer.data?.resendNotification.id);
    expect(job?.data).toEqual({ notificationId: byOfficer.data?.resendNotification.id });
  });

  it('makes one resend of two officers clicking at the same moment', async () => {
    const failed = await message('PERMANENT_FAILURE');
    const [a, b] = await Promise.all([resend(officer, failed.id), resend(admin, failed.id)]);
    expect(a.errors ?? b.errors).toBeUndefined();
    expect(a.data?.resendNotification.id).toBe(b.data?.resendNotification.id);
  });

  it('refuses to resend a message still on its way, or one that does not exist', async () => {
    for (const status of ['QUEUED', 'SENDING', 'TEMPORARY_FAILURE'] as const) {
      const row = await message(status);
      const answer = await resend(officer, row.id);
      expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(answer.errors?.[0]?.message).toMatch(/^Thông báo này vẫn đang được gửi/);
    }
    expect((await resend(officer, randomUUID())).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await resend(officer, 'not-an-id')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a dossier’s postal shipment with its steps', async () => {
    const [shipment] = await t.database.db
      .insert(postalShipments)
      .values({
        dossierCode: 'D-SHIP',
        status: 'IN_TRANSIT',
        waybillNumber: 'EB000000009VN',
        codAmountVnd: 0,
      })
      .returning();
    if (!shipment) throw new Error();
    await t.database.db.insert(postalShipmentEvents).values([
      { shipmentId: shipment.id, status: 'BOOKED', at: new Date('2026-07-01T01:00:00Z') },
      { shipmentId: shipment.id, status: 'PICKED_UP', at: new Date('2026-07-01T05:00:00Z') },
      { shipmentId: shipment.id, status: 'IN_TRANSIT', at: new Date('2026-07-02T01:00:00Z') },
    ]);
    const answer = await gql(
      officer,
      `query S($r: [_Any!]!) { _entities(representations: $r) {
        ... on Dossier { code postalShipment { id waybillNumber status events { at status } } } } }`,
      {
        r: [
          { __typename: 'Dossier', code: 'D-SHIP' },
          { __typename: 'Dossier', code: 'D-NONE' },
        ],
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities).toEqual([
      {
        code: 'D-SHIP',
        postalShipment: {
          id: shipment.id,
          waybillNumber: 'EB000000009VN',
          status: 'IN_TRANSIT',
          events: [
            { at: '2026-07-01T01:00:00.000Z', status: 'BOOKED' },
            { at: '2026-07-01T05:00:00.000Z', status: 'PICKED_UP' },
            { at: '2026-07-02T01:00:00.000Z', status: 'IN_TRANSIT' },
          ],
        },
      },
      { code: 'D-NONE', postalShipment: null },
    ]);
  });

  it('shows administrators the queues, and nobody else', async () => {
    const query =
      '{ notificationQueues { name waiting active delayed completed deadLettered deadLetters { jobId } } }';
    const answer = await gql(admin, query);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.notificationQueues.map((q: { name: string }) => q.name)).toEqual([
      'sms',
      'email',
      'zalo',
      'postal',
    ]);
    for (const identity of [officer, who('LEADER', '30226'), who('CITIZEN'), who('SERVICE')]) {
      expect((await gql(identity, query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await gql(who('ANONYMOUS'), query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('opens the queue board only with an administrator’s one-time link', async () => {
    expect((await fetch(`${t.origin}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${t.origin}/admin/queues/api/queues`)).status).toBe(401);
    expect((await gql(officer, '{ queueBoardLink }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const link = (await gql(admin, '{ queueBoardLink }')).data?.queueBoardLink as string;
    expect(link).toMatch(/\/admin\/queues\/enter\?ticket=/);
    const entered = await fetch(link, { redirect: 'manual' });
    expect(entered.status).toBe(302);
    const cookie = entered.headers.get('set-cookie')?.split(';')[0] as string;
    expect(cookie).toMatch(/^dvc_queue_board=/);
    const api = await fetch(`${t.origin}/admin/queues/api/queues`, { headers: { cookie } });
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('"name":"sms"');
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(401);
    const forged = `${cookie.slice(0, -3)}abc`;
    expect((await fetch(`${t.origin}/admin/queues/api/queues`, { headers: { cookie: forged } })).status).toBe(
      401,
    );
  });
});

describe('cancelling a shipment', () => {
  let t: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    t = await startTestService({ FAKE_POSTAL_STEP_MS: '0' });
  });
  afterAll(() => t?.stop());

  const cancel = (identity: Identity, id: string) =>
    subgraphRequest(
      t.service.url,
      'mutation C($id: ID!) { cancelPostalShipment(id: $id) { status events { status } } }',
      {
        identity,
        secret: TEST_IDENTITY_SECRET,
        variables: { id },
      },
    );

  it('cancels a booked shipment with the post office, for the unit’s officers only, and only once', async () => {
    const fake = t.service.fakeProviders;
    if (!fake) throw new Error();
    const booked = await fetch(`${fake.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k' },
      body: JSON.stringify({
        orderNumber: 'D-CANCEL',
        receiver: { name: 'A', address: 'B', phone: '0912345678' },
      }),
    });
    const { waybillNumber } = (await booked.json()) as { waybillNumber: string };
    const [shipment] = await t.database.db
      .insert(postalShipments)
      .values({ dossierCode: 'D-CANCEL', unitCode: '30226', status: 'BOOKED', waybillNumber })
      .returning();
    if (!shipment) throw new Error();
    expect((await cancel(who('OFFICER', '30208'), shipment.id)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await cancel(who('CITIZEN'), shipment.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answer = await cancel(officer, shipment.id);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.cancelPostalShipment).toEqual({
      status: 'CANCELLED',
      events: [{ status: 'CANCELLED' }],
    });
    expect(fake.shipments.get(waybillNumber)?.status).toBe('CANCELLED');
    expect((await cancel(officer, shipment.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
