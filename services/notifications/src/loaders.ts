import DataLoader from 'dataloader';
import { notificationsByDossier, notificationsById } from './data/notifications';
import { shipmentEvents, shipmentsByDossier, shipmentsById } from './data/shipments';
import type { NotificationsDatabase } from './db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per-request loaders: the messages of every dossier in an answer cost one query. */
export function createLoaders(db: NotificationsDatabase) {
  // A malformed id cannot exist; asking PostgreSQL would only turn it into a cast error.
  const validIds = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));
  return {
    byDossier: new DataLoader(async (codes: readonly string[]) => {
      const found = await notificationsByDossier(db, codes);
      return codes.map((code) => found.get(code) ?? []);
    }),
    byId: new DataLoader(async (ids: readonly string[]) => {
      const found = await notificationsById(db, validIds(ids));
      return ids.map((id) => found.get(id) ?? null);
    }),
    shipmentByDossier: new DataLoader(async (codes: readonly string[]) => {
      const found = await shipmentsByDossier(db, codes);
      return codes.map((code) => found.get(code) ?? null);
    }),
    shipmentById: new DataLoader(async (ids: readonly string[]) => {
      const found = await shipmentsById(db, validIds(ids));
      return ids.map((id) => found.get(id) ?? null);
    }),
    shipmentEvents: new DataLoader(async (ids: readonly string[]) => {
      const found = await shipmentEvents(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
