import type { NotificationsContext } from '../context';
import type { NotificationRow } from '../data/notifications';
import { audienceOf } from '../rules/access';

export const Notification = {
  __resolveReference: (reference: { id: string }, ctx: NotificationsContext) =>
    ctx.loaders.byId.load(reference.id),
  audience: (row: NotificationRow) => audienceOf(row),
  resendOf: (row: NotificationRow, _: unknown, ctx: NotificationsContext) =>
    row.resendOf ? ctx.loaders.byId.load(row.resendOf) : null,
};
