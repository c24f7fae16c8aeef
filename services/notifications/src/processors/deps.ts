import type { ContactDirectory } from '../contacts/dossier-contacts';
import type { NotificationsDatabase } from '../db';
import type { Providers } from '../providers/types';
import type { DeliveryQueues } from '../queues/definitions';

/** What every processor works with. */
export type ProcessorDeps = {
  db: NotificationsDatabase;
  contacts: ContactDirectory;
  providers: Providers;
  queues: DeliveryQueues;
};
