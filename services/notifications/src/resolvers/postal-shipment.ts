import type { NotificationsContext } from '../context';
import type { ShipmentRow } from '../data/shipments';

export const PostalShipment = {
  __resolveReference: (reference: { id: string }, ctx: NotificationsContext) =>
    ctx.loaders.shipmentById.load(reference.id),
  events: (shipment: ShipmentRow, _: unknown, ctx: NotificationsContext) =>
    ctx.loaders.shipmentEvents.load(shipment.id),
};
