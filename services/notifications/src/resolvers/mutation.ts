import type { NotificationsContext } from '../context';
import { resendNotification } from '../rules/resend';

export const Mutation = {
  resendNotification: (_: unknown, args: { id: string }, ctx: NotificationsContext) =>
    resendNotification(ctx.db, ctx.identity, args.id, async (row) => {
      await ctx.queues?.enqueue(row);
    }),
};
