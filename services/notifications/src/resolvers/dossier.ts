import type { NotificationsContext } from '../context';

export const Dossier = {
  /** Reached only after the dossiers subgraph has authorised the caller for this dossier. */
  __resolveReference: (reference: { code: string }) => reference,
  notifications: (dossier: { code: string }, _: unknown, ctx: NotificationsContext) =>
    ctx.loaders.byDossier.load(dossier.code),
  postalShipment: (dossier: { code: string }, _: unknown, ctx: NotificationsContext) =>
    ctx.loaders.shipmentByDossier.load(dossier.code),
};
