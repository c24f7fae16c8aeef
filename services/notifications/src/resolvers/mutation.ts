import type { NotificationsContext } from '../context';
import { resendNotification } from '../rules/resend';
import { cancelShipment } from '../rules/shipments';

export const Mutation = {
  resendNotification: (_: unknown, args: { id: string }, ctx: NotificationsContext) =>
    resendNotification(ctx.db, ctx.identity, args.id, async (row) => {
      await ctx.queues?.enqueue(row);
    }),
  cancelPostalShipment: (_: unknown, args: { id: string }, ctx: NotificationsContext) =>
    cancelShipment(ctx.db, ctx.postal, ctx.identity, args.id),
};
