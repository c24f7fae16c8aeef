import { userError } from '@dvc/service-kit';
import type { NotificationsContext, QueueAccess, QueueSummary } from '../context';
import { requireAdmin } from '../rules/access';
import { readUnitAlertContacts } from '../rules/unit-alerts';

function queuesOf(ctx: NotificationsContext): QueueAccess {
  if (!ctx.queues) {
    throw userError(
      'UNAVAILABLE',
      'Hàng đợi chưa được cấu hình (thiếu Redis)',
      'The queues are not configured (no Redis)',
    );
  }
  return ctx.queues;
}

export const Query = {
  notificationQueues: async (_: unknown, __: unknown, ctx: NotificationsContext) => {
    requireAdmin(ctx.identity);
    return queuesOf(ctx).queues();
  },
  queueBoardLink: (_: unknown, __: unknown, ctx: NotificationsContext) => {
    requireAdmin(ctx.identity);
    return queuesOf(ctx).boardLink(ctx.identity.sub ?? 'admin');
  },
  unitAlertContacts: (_: unknown, args: { unitCode: string }, ctx: NotificationsContext) =>
    readUnitAlertContacts(ctx.db, ctx.identity, args.unitCode),
};

export const NotificationQueue = {
  deadLetters: async (queue: QueueSummary, args: { limit: number }) => {
    if (args.limit < 1 || args.limit > 200) {
      throw userError('BAD_USER_INPUT', 'Số lượng phải từ 1 đến 200', 'limit must be between 1 and 200');
    }
    return queue.deadLetters(args.limit);
  },
};

export const DeadLetter = {
  notification: (letter: { notificationId: string | null }, _: unknown, ctx: NotificationsContext) =>
    letter.notificationId ? ctx.loaders.byId.load(letter.notificationId) : null,
};
