import { DateTimeScalar } from '@dvc/service-kit';
import type { NotificationsContext } from '../context';

export const resolvers = {
  DateTime: DateTimeScalar,
  Dossier: {
    /** Reached only after the dossiers subgraph has authorised the caller for this dossier. */
    __resolveReference: (reference: { code: string }) => reference,
    notifications: (dossier: { code: string }, _: unknown, ctx: NotificationsContext) =>
      ctx.loaders.byDossier.load(dossier.code),
  },
  Notification: {
    __resolveReference: (reference: { id: string }, ctx: NotificationsContext) =>
      ctx.loaders.byId.load(reference.id),
  },
};
