import type { NotificationsContext } from '../context';
import { resendNotification } from '../rules/resend';
import { cancelShipment } from '../rules/shipments';
import { setUnitAlertContacts } from '../rules/unit-alerts';

export const Mutation = {
  resendNotification: (_: unknown, args: { id: string }, ctx: NotificationsContext) =>
    resendNotification(ctx.db, ctx.identity, args.id, async (row) => {
      await ctx.queues?.enqueue(row);
    }),
  cancelPostalShipment: (_: unknown, args: { id: string }, ctx: NotificationsContext) =>
    cancelShipment(ctx.db, ctx.postal, ctx.identity, args.id),
  setUnitAlertContacts: (
    _: unknown,
    args: { unitCode: string; emails: string[]; phones: string[] },
    ctx: NotificationsContext,
  ) => setUnitAlertContacts({ db: ctx.db, logger: ctx.logger }, ctx.identity, args),
};
