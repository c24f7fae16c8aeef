import type { RequestContextBase } from '@dvc/service-kit';
import type { NotificationsDatabase } from './db';
import type { Loaders } from './loaders';

export type NotificationsContext = RequestContextBase & { db: NotificationsDatabase; loaders: Loaders };
