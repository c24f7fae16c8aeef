import { newEvent } from '@dvc/contracts';
import { appendEvent, type Transaction } from '@dvc/database';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { notificationById, notificationByProviderReference, updateNotification } from '../data/notifications';
import { advanceShipment, isAnnounced, lockShipment, movesForward } from '../data/shipments';
import type { NotificationsDatabase } from '../db';
import { type Channel, POSTAL_STATUSES, providerCallbacks } from '../db/schema';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyCallback } from '../providers/callback-signature';
import type { PostalJob } from '../queues/schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The callback names a message or shipment we have not recorded yet (the answer to our call is still on its way). */
class NotYetKnown extends Error {}

type Receipt = { delivered: boolean; reference: string; ourId?: string; at: Date; detail: string };

const smsReceipt = z.object({
  callbackId: z.string().min(1),
  messageId: z.string().min(1),
  clientRequestId: z.string().optional(),
  status: z.enum(['DELIVERED', 'FAILED']),
  at: z.iso.datetime({ offset: true }),
});
const emailReceipt = z.object({
  callbackId: z.string().min(1),
  id: z.string().min(1),
  event: z.enum(['delivered', 'bounced', 'complained']),
  at: z.iso.datetime({ offset: true }),
});
const zaloReceipt = z.object({
  callbackId: z.string().min(1),
  msg_id: z.string().min(1),
  tracking_id: z.string().optional(),
  event_name: z.string().min(1),
  timestamp: z.string().regex(/^\d+$/),
});
const postalStatus = z.object({
  callbackId: z.string().min(1),
  waybillNumber: z.string().min(1),
  orderNumber: z.string().min(1),
  status: z.enum(POSTAL_STATUSES),
  at: z.iso.datetime({ offset: true }),
});

/**
 * Provider callbacks: delivery receipts (SMS, e-mail, Zalo) and postal status. Each one must carry a valid
 * signature (401 otherwise, and nothing changes); its id is remembered in the same transaction as its effect, so
 * a replay answers 200 "ignored" and changes nothing. A callback about a message we have not finished recording
 * answers 503: providers retry callbacks, and the next try finds it.
 */
export function callbackRoutes(options: {
  db: NotificationsDatabase;
  secret: string;
  instanceName: string;
  logger: Logger;
  /** After a postal status the applicant is told about was recorded. */
  onPostal: (job: PostalJob) => Promise<void>;
  wakeRelay: () => void;
}) {
  const { db, logger } = options;

  const handle =
    (
      provider: string,
      apply: (tx: Transaction, body: unknown) => Promise<(() => Promise<void>) | undefined>,
    ) =>
    async (req: Request, res: Response) => {
      const raw = typeof req.body === 'string' ? req.body : '';
      if (!verifyCallback(options.secret, raw, req.header(TIMESTAMP_HEADER), req.header(SIGNATURE_HEADER))) {
        logger.warn({ provider, ip: req.ip }, 'provider callback with a bad or expired signature refused');
        res.status(401).json({ error: 'bad signature' });
        return;
      }
      let body: { callbackId?: unknown };
      try {
        body = JSON.parse(raw);
      } catch {
        res.status(400).json({ error: 'body is not JSON' });
        return;
      }
      try {
        const after = await db.transaction(async (tx) => {
          const fresh = await tx
            .insert(providerCallbacks)
            .values({ provider, callbackId: String(body.callbackId ?? '') })
            .onConflictDoNothing()
            .returning();
          if (fresh.length === 0) return 'replay' as const;
          return apply(tx, body);
        });
        if (after === 'replay') {
          res.json({ status: 'ignored', reason: 'already received' });
          return;
        }
        await after?.();
        res.json({ status: 'applied' });
      } catch (error) {
        if (error instanceof z.ZodError) {
          res.status(400).json({ error: error.issues.map((issue) => issue.path.join('.')).join(', ') });
        } else if (error instanceof NotYetKnown) {
          res.status(503).set('retry-after', '1').json({ error: error.message });
        } else {
          logger.error({ err: error, provider }, 'provider callback failed');
          res.status(500).json({ error: 'internal error' });
        }
      }
    };

  const applyReceipt = async (tx: Transaction, channel: Channel, receipt: Receipt) => {
    const row =
      (receipt.ourId && UUID.test(receipt.ourId) ? await notificationById(tx, receipt.ourId) : null) ??
      (await notificationByProviderReference(tx, channel, receipt.reference));
    if (!row || row.channel !== channel)
      throw new NotYetKnown(`no ${channel} message ${receipt.reference} yet`);
    await updateNotification(
      tx,
      row.id,
      receipt.delivered
        ? {
            status: 'DELIVERED',
            deliveredAt: receipt.at,
            providerReference: receipt.reference,
            lastError: null,
          }
        : { status: 'PERMANENT_FAILURE', providerReference: receipt.reference, lastError: receipt.detail },
      ['QUEUED', 'SENDING', 'TEMPORARY_FAILURE'],
    );
    return undefined;
  };

  const applyPostal = async (tx: Transaction, body: unknown) => {
    const status = postalStatus.parse(body);
    const shipment = await lockShipment(tx, status);
    if (!shipment) throw new NotYetKnown(`no shipment ${status.waybillNumber} yet`);
    if (!movesForward(shipment.status, status.status)) return undefined;
    const at = new Date(status.at);
    await advanceShipment(tx, shipment.id, {
      from: shipment.status,
      to: status.status,
      at,
      change: { waybillNumber: status.waybillNumber },
    });
    if (status.status === 'DELIVERED') {
      await appendEvent(
        tx,
        newEvent(
          'postal.shipment-delivered.v1',
          { dossierCode: shipment.dossierCode, waybillNumber: status.waybillNumber, at: at.toISOString() },
          options.instanceName,
        ),
      );
    }
    return async () => {
      if (status.status === 'DELIVERED') options.wakeRelay();
      if (isAnnounced(status.status)) {
        // The status row, written with the status, says its messages are still to be decided; when this cannot
        // be queued (Redis down) the sweeper queues it once Redis is back.
        await options
          .onPostal({ action: 'notify', shipmentId: shipment.id, status: status.status })
          .catch((error) =>
            logger.warn(
              { err: error, shipmentId: shipment.id },
              'postal message not queued yet; the sweeper will queue it',
            ),
          );
      }
    };
  };

  return (app: Express) => {
    const raw = express.text({ type: 'application/json', limit: '64kb' });
    app.post(
      '/callbacks/sms',
      raw,
      handle('sms', (tx, body) => {
        const r = smsReceipt.parse(body);
        return applyReceipt(tx, 'SMS', {
          delivered: r.status === 'DELIVERED',
          reference: r.messageId,
          ourId: r.clientRequestId,
          at: new Date(r.at),
          detail: 'the gateway reports the SMS undeliverable',
        });
      }),
    );
    app.post(
      '/callbacks/email',
      raw,
      handle('email', (tx, body) => {
        const r = emailReceipt.parse(body);
        return applyReceipt(tx, 'EMAIL', {
          delivered: r.event === 'delivered',
          reference: r.id,
          at: new Date(r.at),
          detail: `the e-mail ${r.event}`,
        });
      }),
    );
    app.post(
      '/callbacks/zalo',
      raw,
      handle('zalo', (tx, body) => {
        const r = zaloReceipt.parse(body);
        return applyReceipt(tx, 'ZALO', {
          delivered: r.event_name === 'user_received_message',
          reference: r.msg_id,
          ourId: r.tracking_id,
          at: new Date(Number(r.timestamp)),
          detail: `zalo: ${r.event_name}`,
        });
      }),
    );
    app.post('/callbacks/postal', raw, handle('postal', applyPostal));
  };
}
