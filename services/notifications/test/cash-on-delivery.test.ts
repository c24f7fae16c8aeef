import { EventPublisher, newEvent, redisConnection } from '@dvc/contracts';
import { testRedisUrl } from '@dvc/test-fixtures';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postalShipments } from '../src/db/schema';
import { startStack } from './stack';

describe('cash on delivery', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack(testRedisUrl());
  });
  afterAll(() => stack?.stop());

  const resolved = (code: string, amountDueVnd?: number) =>
    newEvent(
      'dossier.resolved.v1',
      {
        dossierCode: code,
        unitCode: '30226',
        procedureCode: '1.001193',
        channel: 'ONLINE',
        at: new Date().toISOString(),
        actorRole: 'OFFICER',
        appointmentAt: null,
        timeliness: 'ON_TIME',
        electronicResult: false,
        ...(amountDueVnd === undefined ? {} : { amountDueVnd }),
      },
      'dossiers',
    );

  it('books the shipment with the amount still due as COD, and 0 when the event names none', async () => {
    const owing = await stack.file({ post: true });
    const older = await stack.file({ post: true });
    const connection = redisConnection({ url: testRedisUrl(), role: 'worker' });
    const publisher = new EventPublisher(connection, stack.prefix);
    try {
      await publisher.publish(resolved(owing, 25_000));
      await publisher.publish(resolved(older));
    } finally {
      await publisher.close();
      connection.disconnect();
    }
    const booked = async (code: string) => {
      await expect
        .poll(async () => (await stack.messagesOf(code)).postalShipment?.status, { timeout: 30_000 })
        .toBe('BOOKED');
      const [shipment] = await stack.database.db
        .select()
        .from(postalShipments)
        .where(eq(postalShipments.dossierCode, code));
      return {
        recorded: shipment?.codAmountVnd,
        sent: stack.fake.shipments.get(shipment?.waybillNumber as string)?.cod,
      };
    };
    expect(await booked(owing)).toEqual({ recorded: 25_000, sent: 25_000 });
    expect(await booked(older)).toEqual({ recorded: 0, sent: 0 });
  });
});
