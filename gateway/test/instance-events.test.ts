import { DossiersRegistry, EventPublisher, newEvent, redisConnection } from '@dvc/contracts';
import { waitFor } from '@dvc/test-fixtures';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, fileExtractCopies, graphql, startFederation } from './federation';

/** Xã Lai Vung (30226) runs its own dossiers instance; Hòa Long (30208) stays on the district's. */
const LAI_VUNG = { name: 'lai-vung', units: ['30226'], agencyCodes: ['000.00.91.H20'] };

describe('events and messages of dossiers held by a commune’s own instance', () => {
  let federation: Federation;
  let citizen: string;
  const codes: Record<string, string> = {};

  const file = (unitCode: string, key: string) =>
    fileExtractCopies(federation.gateway.url, citizen, unitCode, key);

  beforeAll(async () => {
    federation = await startFederation({ seedDemo: false, dossiersInstances: [LAI_VUNG] });
    citizen = await federation.token('CITIZEN');
    codes.laiVung = await file('30226', 'events-1');
    codes.hoaLong = await file('30208', 'events-2');
  }, 120_000);

  afterAll(async () => {
    await federation?.stop();
  });

  it('texts the applicant of a dossier on either instance: contact details come from the instance holding it', async () => {
    for (const code of [codes.laiVung, codes.hoaLong]) {
      const answer = await waitFor(
        () =>
          graphql(
            federation.gateway.url,
            `query($c: ID!) { dossier(code: $c) { notifications { template channel status } } }`,
            {
              token: citizen,
              variables: { c: code },
            },
          ),
        (value) =>
          value.data?.dossier?.notifications?.some((n: { status: string }) => n.status === 'DELIVERED'),
        20_000,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data.dossier.notifications).toEqual([
        expect.objectContaining({ channel: 'SMS', status: 'DELIVERED' }),
      ]);
    }
  }, 60_000);

  it('hands out upload links of the server that will hold the dossier', async () => {
    const linkFor = async (args: string) =>
      (
        await graphql(federation.gateway.url, `mutation { createUploadUrl(${args}) { url } }`, {
          token: citizen,
        })
      ).data.createUploadUrl.url as string;
    const origin = (url: string) => new URL(url).origin;
    const commune = federation.instances.find((instance) => instance.name === 'lai-vung');
    expect(origin(await linkFor('unitCode: "30226"'))).toBe(origin(commune?.url as string));
    expect(origin(await linkFor(`code: "${codes.laiVung}"`))).toBe(origin(commune?.url as string));
    expect(origin(await linkFor('unitCode: "30208"'))).toBe(origin(federation.services.dossiers.url));
  });

  it('routes an event for the dossiers service to the queue of the instance holding the dossier', async () => {
    const { redisUrl, prefix } = federation.queues;
    const connection = redisConnection({ url: redisUrl, role: 'producer' });
    const registry = DossiersRegistry.of({
      default: 'http://unused',
      instances: [{ ...LAI_VUNG, url: 'http://unused' }],
    });
    const publisher = new EventPublisher(connection, prefix, registry);
    const delivered = (dossierCode: string) =>
      newEvent(
        'postal.shipment-delivered.v1',
        { dossierCode, waybillNumber: 'EB000000001VN', at: new Date().toISOString() },
        'test',
      );
    const forLaiVung = delivered(codes.laiVung as string);
    const forHoaLong = delivered(codes.hoaLong as string);
    await publisher.publish(forLaiVung);
    await publisher.publish(forHoaLong);
    const communeQueue = new Queue('events-dossiers-lai-vung', { connection, prefix });
    const districtQueue = new Queue('events-dossiers', { connection, prefix });
    try {
      // Each instance's worker takes the event from its own queue and completes it.
      const finished = async (queue: Queue, id: string) => (await queue.getJobState(id)) === 'completed';
      await waitFor(() => finished(communeQueue, forLaiVung.id), Boolean);
      await waitFor(() => finished(districtQueue, forHoaLong.id), Boolean);
      expect(await communeQueue.getJobState(forLaiVung.id)).toBe('completed');
      expect(await districtQueue.getJobState(forHoaLong.id)).toBe('completed');
      expect(await districtQueue.getJob(forLaiVung.id)).toBeUndefined();
      expect(await communeQueue.getJob(forHoaLong.id)).toBeUndefined();
    } finally {
      await communeQueue.close();
      await districtQueue.close();
      await publisher.close();
      connection.disconnect();
    }
  }, 60_000);
});
