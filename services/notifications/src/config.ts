import { loadConfig, portFromEnv, subgraphEnv } from '@dvc/service-kit';
import { z } from 'zod';

const notificationsEnv = z.object({ ...subgraphEnv, PORT: portFromEnv(4004) });

export type NotificationsConfig = z.infer<typeof notificationsEnv>;

export const loadNotificationsConfig = (env: NodeJS.ProcessEnv = process.env): NotificationsConfig =>
  loadConfig('notifications', notificationsEnv, env);
