import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { and, eq } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import {
  type ContactDirectory,
  type DossierContact,
  maskEmail,
  maskPhone,
  maskZaloId,
} from '../contacts/dossier-contacts';
import {
  insertNotifications,
  type NewNotification,
  type NotificationRow,
  notificationById,
  queuedForEvent,
  stalePending,
  updateNotification,
} from '../data/notifications';
import {
  ANNOUNCED_POSTAL_STATUSES,
  isAnnounced,
  markPostalMessagesDecided,
  pendingShipments,
  shipmentsById,
  undecidedPostalStatuses,
} from '../data/shipments';
import { alertContactById, type UnitAlertContactRow } from '../data/unit-alerts';
import type { NotificationsDatabase } from '../db';
import { type Channel, postalShipmentEvents, postalShipments } from '../db/schema';
import { internationalPhone } from '../providers/adapters';
import { ProviderError, type Providers } from '../providers/types';
import { contactValues, type MessageDecision, type Recipient, recipientsOf } from '../rules/which-message';
import { currentTemplate, MissingPlaceholder, render, templateVersion } from '../templates/templates';

export const QUEUE_NAMES = ['sms', 'email', 'zalo', 'postal'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
const QUEUE_OF: Record<Channel, QueueName> = { SMS: 'sms', EMAIL: 'email', ZALO: 'zalo' };

export type DeliverySettings = {
  attempts: number;
  backoffMs: number;
  ratePerSecond: Record<QueueName, number>;
  stallSeconds: number;
  sweepIntervalMs: number;
  concurrency?: number;
};

const messageJob = z.object({ notificationId: z.uuid() });
const postalJob = z.discriminatedUnion('action', [
  z.object({ action: z.literal('book'), shipmentId: z.uuid() }),
  z.object({
    action: z.literal('notify'),
    shipmentId: z.uuid(),
    status: z.enum(ANNOUNCED_POSTAL_STATUSES),
  }),
]);
export type PostalJob = z.infer<typeof postalJob>;

const POSTAL_TEMPLATE = {
  PICKED_UP: 'postal.sent',
  DELIVERED: 'postal.delivered',
  RETURNED: 'postal.returned',
} as const;

/** Finished jobs stay a week (the board shows recent traffic; a re-add with the same id stays a no-op). */
const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 100_000 };

function parse<T>(schema: z.ZodType<T>, job: Job): T {
  const parsed = schema.safeParse(job.data);
  // A malformed payload will be as malformed on the next attempt.
  if (!parsed.success)
    throw new UnrecoverableError(`job ${job.id} has a bad payload: ${parsed.error.message}`);
  return parsed.data;
}

export function maskAddress(recipient: Recipient): string {
  if (recipient.channel === 'EMAIL') return maskEmail(recipient.address);
  return recipient.zaloUserId ? `Zalo ID ${maskZaloId(recipient.address)}` : maskPhone(recipient.address);
}

/** One delivery-log row per channel the applicant agreed to and can be reached on, as a decision calls for. */
export function messageRows(input: {
  dossierCode: string;
  unitCode: string | null;
  eventId: string;
  decision: MessageDecision;
  contact: DossierContact;
}): NewNotification[] {
  const template = currentTemplate(input.decision.template);
  return recipientsOf(input.contact).map((recipient) => ({
    dossierCode: input.dossierCode,
    unitCode: input.unitCode,
    eventId: input.eventId,
    channel: recipient.channel,
    template: input.decision.template,
    templateVersion: template.version,
    params: input.decision.params,
    recipientMasked: maskAddress(recipient),
    status: 'QUEUED' as const,
  }));
}

/** One delivery-log row per alert contact of a unit, for a warning to its desk. */
export function alertRows(input: {
  dossierCode: string;
  unitCode: string;
  eventId: string;
  decision: MessageDecision;
  recipients: UnitAlertContactRow[];
}): NewNotification[] {
  const template = currentTemplate(input.decision.template);
  return input.recipients.map((recipient) => ({
    dossierCode: input.dossierCode,
    unitCode: input.unitCode,
    eventId: input.eventId,
    alertContactId: recipient.id,
    channel: recipient.channel,
    template: input.decision.template,
    templateVersion: template.version,
    params: input.decision.params,
    recipientMasked: maskAddress(recipient),
    status: 'QUEUED' as const,
  }));
}

export type Delivery = ReturnType<typeof startDelivery>;

/**
 * The four channel queues and their workers. The delivery log in PostgreSQL is the truth and Redis the means:
 * a job carries only a message id, the worker asks the dossiers service for the contact when it sends, and a
 * sweeper re-adds whatever the log says is pending but the queue has lost.
 */
export function startDelivery(options: {
  db: NotificationsDatabase;
  contacts: ContactDirectory;
  providers: Providers;
  /** For the workers: waits and reconnects forever. */
  workerConnection: Redis;
  /** For adding jobs and reading counts: fails fast while Redis is down (the sweeper adds later). */
  queueConnection: Redis;
  prefix: string;
  settings: DeliverySettings;
  logger: Logger;
}) {
  const { db, contacts, providers, settings, logger } = options;
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => [
      name,
      new Queue(name, {
        connection: options.queueConnection,
        prefix: options.prefix,
        defaultJobOptions: {
          attempts: settings.attempts,
          backoff: { type: 'exponential', delay: settings.backoffMs },
          removeOnComplete: KEEP_COMPLETED,
          // Failed jobs are the dead letters: kept until an operator looks (board, notificationQueues).
          removeOnFail: false,
        },
      }),
    ]),
  ) as Record<QueueName, Queue>;

  const lastProgress = Object.fromEntries(QUEUE_NAMES.map((name) => [name, Date.now()])) as Record<
    QueueName,
    number
  >;

  const markFailed = async (row: NotificationRow, job: Job, error: Error, permanent: boolean) => {
    const last = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    await updateNotification(
      db,
      row.id,
      { status: last ? 'PERMANENT_FAILURE' : 'TEMPORARY_FAILURE', lastError: error.message.slice(0, 500) },
      ['QUEUED', 'SENDING', 'TEMPORARY_FAILURE'],
    );
  };

  const sendMessage = async (job: Job) => {
    const { notificationId } = parse(messageJob, job);
    const row = await notificationById(db, notificationId);
    if (!row) throw new UnrecoverableError(`message ${notificationId} is not in the delivery log`);
    // Delivered, refused, or accepted by the provider already: a redelivered job sends nothing.
    if (row.status === 'DELIVERED' || row.status === 'PERMANENT_FAILURE' || row.providerReference) return;
    const template = templateVersion(row.template, row.templateVersion);
    if (!template) {
      const error = new UnrecoverableError(`template ${row.template} v${row.templateVersion} does not exist`);
      await markFailed(row, job, error, true);
      throw error;
    }
    let contact: DossierContact | null;
    try {
      contact = await contacts.contact(row.dossierCode);
    } catch (error) {
      await markFailed(row, job, new Error(`contact lookup failed: ${(error as Error).message}`), false);
      throw error;
    }
    // A warning goes to the unit's alert contact as it is now; a message to the applicant to their contact now.
    const alertContact = row.alertContactId ? await alertContactById(db, row.alertContactId) : null;
    const recipient = row.alertContactId
      ? alertContact && alertContact.channel === row.channel
        ? { channel: alertContact.channel, address: alertContact.address }
        : undefined
      : contact && recipientsOf(contact).find((candidate) => candidate.channel === row.channel);
    if (!contact || !recipient) {
      // The applicant withdrew consent or the address, or the unit removed the contact, since the message was
      // decided: respect it now.
      const error = new UnrecoverableError(
        !contact
          ? 'dossier not found'
          : row.alertContactId
            ? 'no longer an alert contact of the unit'
            : `applicant no longer reachable or opted in on ${row.channel}`,
      );
      await markFailed(row, job, error, true);
      throw error;
    }
    let rendered: ReturnType<typeof render>;
    try {
      rendered = render(template, row.channel, { ...contactValues(contact), ...row.params });
    } catch (error) {
      if (!(error instanceof MissingPlaceholder)) throw error;
      await markFailed(row, job, error, true);
      throw new UnrecoverableError(error.message);
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
          ? await providers.sms.send({
              phone: recipient.address,
              text: rendered.text,
              idempotencyKey: row.id,
            })
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
      await handleProviderError(row, job, error as Error, QUEUE_OF[row.channel]);
    }
  };

  const handleProviderError = async (row: NotificationRow, job: Job, error: Error, queue: QueueName) => {
    if (error instanceof ProviderError && error.kind === 'rate-limited') {
      // The provider asked us to slow down: pause the whole queue, and put this job back without using an attempt.
      await updateNotification(db, row.id, { status: 'QUEUED', lastError: error.message }, ['SENDING']);
      await queues[queue].rateLimit(error.retryAfterMs ?? 1_000);
      throw Worker.RateLimitError();
    }
    const permanent = error instanceof ProviderError && error.kind === 'permanent';
    await markFailed(row, job, error, permanent);
    throw permanent ? new UnrecoverableError(error.message) : error;
  };

  const postal = async (job: Job) => {
    const data = parse(postalJob, job);
    const shipment = (await shipmentsById(db, [data.shipmentId])).get(data.shipmentId);
    if (!shipment) throw new UnrecoverableError(`shipment ${data.shipmentId} does not exist`);
    if (data.action === 'notify') {
      const contact = await contacts.contact(shipment.dossierCode);
      await db.transaction(async (tx) => {
        if (contact) {
          await insertNotifications(
            tx,
            messageRows({
              dossierCode: shipment.dossierCode,
              unitCode: shipment.unitCode,
              eventId: shipment.id,
              decision: {
                template: POSTAL_TEMPLATE[data.status],
                params: { waybill: shipment.waybillNumber ?? shipment.dossierCode },
              },
              contact,
            }),
          );
        }
        await markPostalMessagesDecided(tx, shipment.id, data.status);
      });
      await enqueueMessages(await queuedForEvent(db, shipment.id));
      return;
    }
    if (shipment.status !== 'PENDING') return;
    const contact = await contacts.contact(shipment.dossierCode);
    const address = contact?.postalAddress;
    const failBooking = async (reason: string) => {
      await db
        .update(postalShipments)
        .set({ status: 'BOOKING_FAILED', lastError: reason, updatedAt: new Date() })
        .where(eq(postalShipments.id, shipment.id));
      throw new UnrecoverableError(reason);
    };
    if (!address) return failBooking('the dossier has no postal address');
    try {
      internationalPhone(address.phone);
    } catch {
      return failBooking("the receiver's phone is not a Vietnamese mobile number");
    }
    await db
      .update(postalShipments)
      .set({
        attempts: shipment.attempts + 1,
        receiverMasked: maskPhone(address.phone),
        updatedAt: new Date(),
      })
      .where(eq(postalShipments.id, shipment.id));
    try {
      const { waybillNumber } = await providers.postal.book({
        orderNumber: shipment.dossierCode,
        receiverName: address.receiverName,
        address: address.address,
        phone: address.phone,
        codAmountVnd: shipment.codAmountVnd,
      });
      await db.transaction(async (tx) => {
        const moved = await tx
          .update(postalShipments)
          .set({ status: 'BOOKED', waybillNumber, lastError: null, updatedAt: new Date() })
          .where(and(eq(postalShipments.id, shipment.id), eq(postalShipments.status, 'PENDING')))
          .returning({ id: postalShipments.id });
        if (moved.length > 0) {
          await tx
            .insert(postalShipmentEvents)
            .values({ shipmentId: shipment.id, status: 'BOOKED', at: new Date() });
        }
      });
    } catch (error) {
      if (error instanceof ProviderError && error.kind === 'rate-limited') {
        await queues.postal.rateLimit(error.retryAfterMs ?? 1_000);
        throw Worker.RateLimitError();
      }
      const permanent = error instanceof ProviderError && error.kind === 'permanent';
      const last = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await db
        .update(postalShipments)
        .set({
          status: last ? 'BOOKING_FAILED' : 'PENDING',
          lastError: (error as Error).message,
          updatedAt: new Date(),
        })
        .where(eq(postalShipments.id, shipment.id));
      throw permanent ? new UnrecoverableError((error as Error).message) : error;
    }
  };

  const workers = QUEUE_NAMES.map((name) => {
    const worker = new Worker(name, name === 'postal' ? postal : sendMessage, {
      connection: options.workerConnection,
      prefix: options.prefix,
      concurrency: settings.concurrency ?? 8,
      limiter: { max: settings.ratePerSecond[name], duration: 1_000 },
      autorun: true,
    });
    const progressed = () => {
      lastProgress[name] = Date.now();
    };
    worker.on('completed', progressed);
    worker.on('failed', (job, error) => {
      progressed();
      if (job && (error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1))) {
        logger.warn({ queue: name, jobId: job.id, err: error }, 'job dead-lettered');
      }
    });
    worker.on('error', (error) => logger.warn({ queue: name, err: error }, 'queue worker error'));
    return worker;
  });

  async function enqueueMessages(rows: Pick<NotificationRow, 'id' | 'channel'>[]) {
    await Promise.all(
      rows.map((row) =>
        queues[QUEUE_OF[row.channel]].add(row.channel, { notificationId: row.id }, { jobId: row.id }),
      ),
    );
  }

  async function enqueuePostal(job: PostalJob) {
    const jobId =
      job.action === 'notify' ? `${job.shipmentId}-${job.status}` : `${job.shipmentId}-${job.action}`;
    await queues.postal.add(job.action, job, { jobId });
  }

  /** Pending work the queues may have lost (Redis restarted without its data): added again, idempotently. */
  const sweep = async () => {
    const olderThan = new Date(Date.now() - settings.sweepIntervalMs * 2);
    await enqueueMessages(await stalePending(db, olderThan));
    for (const shipment of await pendingShipments(db, olderThan)) {
      await enqueuePostal({ action: 'book', shipmentId: shipment.id });
    }
    // No age limit: a status recorded a moment ago is re-added under the job id its callback used, a no-op.
    for (const { shipmentId, status } of await undecidedPostalStatuses(db)) {
      if (isAnnounced(status)) await enqueuePostal({ action: 'notify', shipmentId, status });
    }
  };
  let sweeping = Promise.resolve();
  const sweepTimer = setInterval(() => {
    sweeping = sweep().catch((error) => logger.debug({ err: error }, 'sweep skipped: queues unreachable'));
  }, settings.sweepIntervalMs);
  sweepTimer.unref();

  return {
    queues,
    workers,
    enqueueMessages,
    enqueuePostal,
    sweep,
    /**
     * Per queue, "ok" or why not. Measures progress, not only the connection: a queue with work waiting that
     * has completed or failed nothing for longer than the stall limit is reported, whatever PING says.
     */
    async health(): Promise<Record<string, string>> {
      const checks: Record<string, string> = {};
      for (const [index, name] of QUEUE_NAMES.entries()) {
        const worker = workers[index] as Worker;
        if (!worker.isRunning()) {
          checks[`queue.${name}`] = 'worker not running';
          continue;
        }
        try {
          const counts = await queues[name].getJobCounts('waiting', 'active', 'prioritized');
          const pending = (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0);
          const idleSeconds = Math.round((Date.now() - lastProgress[name]) / 1000);
          checks[`queue.${name}`] =
            pending > 0 && idleSeconds > settings.stallSeconds
              ? `no progress for ${idleSeconds} s with ${pending} jobs waiting`
              : 'ok';
          if (pending === 0) lastProgress[name] = Date.now();
        } catch (error) {
          checks[`queue.${name}`] = `redis unreachable: ${(error as Error).message}`;
        }
      }
      return checks;
    },
    /** Graceful: stop taking jobs, let the running ones finish, then close the queues. */
    async close() {
      clearInterval(sweepTimer);
      await sweeping;
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
    },
  };
}
