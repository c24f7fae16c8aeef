import DataLoader from 'dataloader';
import { notificationsByDossier, notificationsById } from './data/notifications';
import type { NotificationsDatabase } from './db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per-request loaders: the messages of every dossier in an answer cost one query. */
export function createLoaders(db: NotificationsDatabase) {
  return {
    byDossier: new DataLoader(async (codes: readonly string[]) => {
      const found = await notificationsByDossier(db, codes);
      return codes.map((code) => found.get(code) ?? []);
    }),
    byId: new DataLoader(async (ids: readonly string[]) => {
      // A malformed id cannot exist; asking PostgreSQL would only turn it into a cast error.
      const found = await notificationsById(
        db,
        ids.filter((id) => UUID.test(id)),
      );
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
