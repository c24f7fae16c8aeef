import type { NotificationsContext } from '../context';
import { visibleMessages } from '../rules/access';

export const Dossier = {
  /** Reached only after the dossiers subgraph has authorised the caller for this dossier. */
  __resolveReference: (reference: { code: string }) => reference,
  notifications: async (dossier: { code: string }, _: unknown, ctx: NotificationsContext) =>
    visibleMessages(ctx.identity, await ctx.loaders.byDossier.load(dossier.code)),
  postalShipment: (dossier: { code: string }, _: unknown, ctx: NotificationsContext) =>
    ctx.loaders.shipmentByDossier.load(dossier.code),
};
