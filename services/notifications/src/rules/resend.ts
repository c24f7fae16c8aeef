import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import { type NotificationRow, notificationById, openResendOf } from '../data/notifications';
import type { NotificationsDatabase } from '../db';
import { notifications } from '../db/schema';
import { currentTemplate, type TemplateName } from '../templates/templates';
import { requireMessageOfficer } from './access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A resend is a new message in the log (the failed one stays as it was), with the template's current wording and
 * the applicant's contact as it is now. A second click while the first resend is still queued returns that one.
 */
export async function resendNotification(
  db: NotificationsDatabase,
  identity: Identity,
  id: string,
  enqueue: (row: NotificationRow) => Promise<void>,
): Promise<NotificationRow> {
  const original = UUID.test(id) ? await notificationById(db, id) : null;
  if (!original) {
    throw userError('NOT_FOUND', 'Không tìm thấy thông báo này', 'No such message', { id });
  }
  requireMessageOfficer(identity, original.unitCode);
  if (original.status !== 'PERMANENT_FAILURE' && original.status !== 'DELIVERED') {
    throw userError(
      'CONFLICT',
      'Thông báo này vẫn đang được gửi; chỉ gửi lại được khi đã gửi thất bại hoặc đã giao',
      'This message is still on its way; it can be resent once it has failed or been delivered',
      { status: original.status },
    );
  }
  const open = await openResendOf(db, original.id);
  if (open) return open;
  const template = currentTemplate(original.template as TemplateName);
  const [row] = await db
    .insert(notifications)
    .values({
      dossierCode: original.dossierCode,
      unitCode: original.unitCode,
      resendOf: original.id,
      alertContactId: original.alertContactId,
      channel: original.channel,
      template: original.template,
      templateVersion: template.version,
      params: original.params,
      recipientMasked: original.recipientMasked,
      status: 'QUEUED',
    })
    .onConflictDoNothing()
    .returning();
  // Lost a race with another officer's click: theirs is the resend.
  if (!row) return (await openResendOf(db, original.id)) as NotificationRow;
  // Redis down: the row is QUEUED in the log and the sweeper queues it when Redis is back.
  await enqueue(row).catch(() => undefined);
  return row;
}
