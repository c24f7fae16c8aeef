import type { Identity } from '@dvc/identity';
import { createTestDatabase, subgraphRequest, TEST_IDENTITY_SECRET } from '@dvc/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNotificationsConfig } from '../src/config';
import { openNotificationsDatabase } from '../src/db';
import { notifications } from '../src/db/schema';
import { startNotifications } from '../src/service';

const officer: Identity = { sub: 'o-1', role: 'OFFICER', unitCode: '30226', name: null };

describe('Dossier.notifications', () => {
  let database: ReturnType<typeof openNotificationsDatabase>;
  let service: Awaited<ReturnType<typeof startNotifications>>;

  beforeAll(async () => {
    const url = await createTestDatabase('notifications');
    database = openNotificationsDatabase(url, 2);
    service = await startNotifications(
      loadNotificationsConfig({
        DATABASE_URL: url,
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
    );
  });
  afterAll(async () => {
    await service?.stop();
    await database?.close();
  });

  it('lists each dossier’s messages from the delivery log, oldest first, in one batch', async () => {
    await database.db.insert(notifications).values([
      {
        dossierCode: 'A-1',
        channel: 'SMS',
        template: 'dossier.received',
        templateVersion: 1,
        recipientMasked: '090****123',
        status: 'DELIVERED',
        attempts: 1,
        queuedAt: new Date('2026-01-01T01:00:00Z'),
        deliveredAt: new Date('2026-01-01T01:00:05Z'),
      },
      {
        dossierCode: 'A-1',
        channel: 'EMAIL',
        template: 'dossier.result-ready',
        templateVersion: 2,
        recipientMasked: 'n***@example.vn',
        status: 'QUEUED',
        attempts: 0,
        queuedAt: new Date('2026-01-03T01:00:00Z'),
      },
      {
        dossierCode: 'B-2',
        channel: 'SMS',
        template: 'dossier.received',
        templateVersion: 1,
        recipientMasked: '091****456',
        status: 'PERMANENT_FAILURE',
        attempts: 5,
        queuedAt: new Date('2026-01-02T01:00:00Z'),
      },
    ]);
    const answer = await subgraphRequest(
      service.url,
      `query N($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Dossier { code notifications { channel template status attempts recipientMasked queuedAt deliveredAt } }
        }
      }`,
      {
        identity: officer,
        secret: TEST_IDENTITY_SECRET,
        variables: {
          representations: ['A-1', 'B-2', 'C-3'].map((code) => ({ __typename: 'Dossier', code })),
        },
      },
    );
    expect(answer.errors).toBeUndefined();
    const [a, b, c] = answer.data?._entities ?? [];
    expect(a.notifications.map((n: { template: string }) => n.template)).toEqual([
      'dossier.received',
      'dossier.result-ready',
    ]);
    expect(a.notifications[0]).toMatchObject({
      status: 'DELIVERED',
      deliveredAt: '2026-01-01T01:00:05.000Z',
    });
    expect(b.notifications).toEqual([
      expect.objectContaining({ status: 'PERMANENT_FAILURE', attempts: 5, recipientMasked: '091****456' }),
    ]);
    expect(c.notifications).toEqual([]);
  });
});
