import type { RequestContextBase } from '@dvc/service-kit';
import type { NotificationRow } from './data/notifications';
import type { NotificationsDatabase } from './db';
import type { Loaders } from './loaders';
import type { PostalService } from './providers/types';
import type { QueueName } from './queues/definitions';

/** What the API needs of the queues; absent when the service runs without Redis. */
export type QueueAccess = {
  enqueue: (row: NotificationRow) => Promise<void>;
  queues: () => Promise<QueueSummary[]>;
  boardLink: (adminSub: string) => string;
};

export type QueueSummary = {
  name: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  deadLettered: number;
  deadLetters: (limit: number) => Promise<
    {
      jobId: string;
      notificationId: string | null;
      failedReason: string;
      attempts: number;
      failedAt: Date | null;
    }[]
  >;
};

export type NotificationsContext = RequestContextBase & {
  db: NotificationsDatabase;
  postal: PostalService;
  loaders: Loaders;
  queues: QueueAccess | null;
};
