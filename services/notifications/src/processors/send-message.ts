import { type Job, UnrecoverableError } from 'bullmq';
import type { DossierContact } from '../contacts/dossier-contacts';
import { type NotificationRow, notificationById, updateNotification } from '../data/notifications';
import { alertContactById } from '../data/unit-alerts';
import type { NotificationsDatabase } from '../db';
import { QUEUE_OF } from '../queues/definitions';
import { classifyFailure, rethrow } from '../queues/failures';
import { messageJob, parsePayload } from '../queues/schemas';
import { maskAddress } from '../rules/message-rows';
import { contactValues, type Recipient, recipientsOf } from '../rules/which-message';
import { MissingPlaceholder, render, templateVersion } from '../templates/templates';
import type { ProcessorDeps } from './deps';

/** Sends one message of the delivery log (the sms, email and zalo queues), to its recipient as they are now. */
export async function sendMessage(deps: ProcessorDeps, job: Job): Promise<void> {
  const { db, contacts, providers } = deps;
  const { notificationId } = parsePayload(messageJob, job);
  const row = await notificationById(db, notificationId);
  if (!row) throw new UnrecoverableError(`message ${notificationId} is not in the delivery log`);
  // Delivered, refused, or accepted by the provider already: a redelivered job sends nothing.
  if (row.status === 'DELIVERED' || row.status === 'PERMANENT_FAILURE' || row.providerReference) return;
  const fail = async (error: Error, thrown: Error = error): Promise<never> => {
    const failure = classifyFailure(error, job);
    await updateNotification(
      db,
      row.id,
      failure.kind === 'rate-limited'
        ? { status: 'QUEUED', lastError: failure.message }
        : {
            status: failure.last ? 'PERMANENT_FAILURE' : 'TEMPORARY_FAILURE',
            lastError: failure.message.slice(0, 500),
          },
      failure.kind === 'rate-limited' ? ['SENDING'] : ['QUEUED', 'SENDING', 'TEMPORARY_FAILURE'],
    );
    return rethrow(failure, thrown, deps.queues.byName[QUEUE_OF[row.channel]]);
  };

  const template = templateVersion(row.template, row.templateVersion);
  if (!template) {
    return fail(new UnrecoverableError(`template ${row.template} v${row.templateVersion} does not exist`));
  }
  let contact: DossierContact | null;
  try {
    contact = await contacts.contact(row.dossierCode);
  } catch (error) {
    return fail(new Error(`contact lookup failed: ${(error as Error).message}`), error as Error);
  }
  const recipient = await recipientOf(db, row, contact);
  if (!contact || !recipient) {
    // The applicant withdrew consent or the address, or the unit removed the contact, since the message was
    // decided: respect it now.
    return fail(
      new UnrecoverableError(
        !contact
          ? 'dossier not found'
          : row.alertContactId
            ? 'no longer an alert contact of the unit'
            : `applicant no longer reachable or opted in on ${row.channel}`,
      ),
    );
  }
  let rendered: ReturnType<typeof render>;
  try {
    rendered = render(template, row.channel, { ...contactValues(contact), ...row.params });
  } catch (error) {
    if (!(error instanceof MissingPlaceholder)) throw error;
    return fail(new UnrecoverableError(error.message));
  }
  await updateNotification(
    db,
    row.id,
    {
      status: 'SENDING',
      attempts: row.attempts + 1,
      recipientMasked: maskAddress(recipient),
      segments: rendered.channel === 'SMS' ? rendered.segments : null,
    },
    ['QUEUED', 'SENDING', 'TEMPORARY_FAILURE'],
  );
  try {
    const accepted =
      rendered.channel === 'SMS'
        ? await providers.sms.send({ phone: recipient.address, text: rendered.text, idempotencyKey: row.id })
        : rendered.channel === 'EMAIL'
          ? await providers.email.send({
              to: recipient.address,
              subject: rendered.subject,
              text: rendered.text,
              idempotencyKey: row.id,
            })
          : await providers.zalo.send({
              to: recipient.zaloUserId ? { userId: recipient.address } : { phone: recipient.address },
              templateId: rendered.templateId,
              data: rendered.data,
              idempotencyKey: row.id,
            });
    // Status untouched: the delivery receipt may already have arrived.
    await updateNotification(db, row.id, {
      providerReference: accepted.providerReference,
      sentAt: new Date(),
    });
  } catch (error) {
    return fail(error as Error);
  }
}

/** A warning goes to the unit's alert contact as it is now; a message to the applicant to their contact now. */
async function recipientOf(
  db: NotificationsDatabase,
  row: NotificationRow,
  contact: DossierContact | null,
): Promise<Recipient | undefined> {
  if (row.alertContactId) {
    const alertContact = await alertContactById(db, row.alertContactId);
    return alertContact && alertContact.channel === row.channel
      ? { channel: alertContact.channel, address: alertContact.address }
      : undefined;
  }
  return contact ? recipientsOf(contact).find((candidate) => candidate.channel === row.channel) : undefined;
}
