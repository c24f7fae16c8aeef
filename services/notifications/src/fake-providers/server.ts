import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { signCallback } from '../providers/callback-signature';

/**
 * Local stand-ins for the third-party providers, speaking the same HTTP protocols as the adapters expect, for
 * development (`npm start`) and tests. They misbehave on demand: a share of calls answered 500 or 429, a rate
 * limit, slow answers. They deliver what they accept by calling our signed callback endpoints, like the real
 * ones, and they remember what reached a "handset" so that a test can count duplicates.
 *
 * Conventions for rehearsing refusals: SMS/Zalo to a number ending in 0000 is accepted, then reported undeliverable;
 * e-mail to *@bounce.test bounces.
 */
export type FakeBehaviour = {
  /** Share of calls (0–1) that fail before doing anything: half 500, half 429. */
  failureRate: number;
  /** Added latency per call. */
  delayMs: number;
  /** Calls per second before answering 429; 0 for none. */
  rateLimitPerSecond: number;
  /** Delay before the delivery receipt is posted back. */
  receiptDelayMs: number;
  /** When above 0, a booked shipment moves on by itself (picked up, in transit, delivered) at this pace. */
  postalStepMs: number;
};

export type Delivery = {
  channel: 'SMS' | 'EMAIL' | 'ZALO';
  key: string;
  to: string;
  text: string;
  at: number;
};

export type FakeProviders = {
  url: string;
  behaviour: FakeBehaviour;
  /** Where our callback endpoints are (http://host:port); set once the service listens. */
  setCallbackBase: (url: string) => void;
  /** What each provider accepted, one entry per distinct idempotency key. */
  deliveries: Delivery[];
  /** Every HTTP call received, including the failed ones. */
  calls: { path: string; status: number; at: number }[];
  shipments: Map<string, { waybillNumber: string; orderNumber: string; status: string; cod: number }>;
  /** Moves a shipment on, as the post office would, and reports it by callback. */
  advanceShipment: (waybillNumber: string, status: string) => Promise<void>;
  stop: () => Promise<void>;
};

export async function startFakeProviders(options: {
  callbackSecret: string;
  behaviour?: Partial<FakeBehaviour>;
  port?: number;
}): Promise<FakeProviders> {
  const behaviour: FakeBehaviour = {
    failureRate: 0,
    delayMs: 0,
    rateLimitPerSecond: 0,
    receiptDelayMs: 20,
    postalStepMs: 0,
    ...options.behaviour,
  };
  let callbackBase: string | null = null;
  const deliveries: Delivery[] = [];
  const accepted = new Map<string, string>();
  const calls: FakeProviders['calls'] = [];
  const shipments: FakeProviders['shipments'] = new Map();
  const pendingTimers = new Set<NodeJS.Timeout>();
  let windowStart = 0;
  let windowCalls = 0;
  let waybillSequence = 0;

  const postCallback = async (path: string, body: Record<string, unknown>, attempt = 1): Promise<void> => {
    const raw = JSON.stringify({ callbackId: randomUUID(), ...body });
    try {
      if (!callbackBase) throw new Error('no callback address yet');
      const response = await fetch(`${callbackBase}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signCallback(options.callbackSecret, raw) },
        body: raw,
      });
      if (response.status >= 500) throw new Error(`callback answered ${response.status}`);
    } catch {
      // Providers retry their callbacks; so does this one, a few times.
      if (attempt < 8) later(() => postCallback(path, body, attempt + 1), 200 * attempt);
    }
  };
  const later = (run: () => Promise<void>, ms: number) => {
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      void run();
    }, ms);
    pendingTimers.add(timer);
  };

  /** Answers for the provider's bad moments; returns true when it has answered. */
  const misbehave = async (req: Request, res: Response): Promise<boolean> => {
    if (behaviour.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
    const now = Date.now();
    if (now - windowStart >= 1000) {
      windowStart = now;
      windowCalls = 0;
    }
    windowCalls += 1;
    let status = 0;
    if (behaviour.rateLimitPerSecond > 0 && windowCalls > behaviour.rateLimitPerSecond) status = 429;
    else if (Math.random() < behaviour.failureRate) status = Math.random() < 0.5 ? 500 : 429;
    calls.push({ path: req.path, status: status || 200, at: now });
    if (status === 429) res.status(429).set('retry-after', '1').json({ error: 'too many requests' });
    else if (status === 500) res.status(500).json({ error: 'internal error' });
    return status !== 0;
  };

  const accept = (
    channel: Delivery['channel'],
    key: string,
    to: string,
    text: string,
    receipt: (reference: string) => [string, Record<string, unknown>],
  ): string => {
    const known = accepted.get(`${channel}:${key}`);
    if (known) return known;
    const reference = `${channel.toLowerCase()}-${randomUUID()}`;
    accepted.set(`${channel}:${key}`, reference);
    deliveries.push({ channel, key, to, text, at: Date.now() });
    const [path, body] = receipt(reference);
    later(() => postCallback(path, body), behaviour.receiptDelayMs);
    return reference;
  };

  const app = express();
  app.use(express.json());

  app.post('/sms/send', async (req, res) => {
    if (await misbehave(req, res)) return;
    const { phone, message, clientRequestId, brandname } = req.body ?? {};
    if (!req.header('authorization')?.startsWith('Bearer ') || !brandname) {
      res.status(401).json({ error: 'unauthorised' });
      return;
    }
    if (
      typeof phone !== 'string' ||
      !/^84\d{9}$/.test(phone) ||
      typeof message !== 'string' ||
      !clientRequestId
    ) {
      res.status(400).json({ error: 'invalid request' });
      return;
    }
    const messageId = accept('SMS', clientRequestId, phone, message, (reference) => [
      '/callbacks/sms',
      {
        messageId: reference,
        clientRequestId,
        status: phone.endsWith('0000') ? 'FAILED' : 'DELIVERED',
        at: new Date().toISOString(),
      },
    ]);
    res.json({ messageId, status: 'ACCEPTED' });
  });

  app.post('/email/send', async (req, res) => {
    if (await misbehave(req, res)) return;
    const key = req.header('idempotency-key');
    const { to, subject, text } = req.body ?? {};
    if (!key || typeof to !== 'string' || !to.includes('@') || !subject || !text) {
      res.status(422).json({ error: 'invalid message' });
      return;
    }
    const id = accept('EMAIL', key, to, `${subject}\n${text}`, (reference) => [
      '/callbacks/email',
      {
        id: reference,
        event: to.endsWith('@bounce.test') ? 'bounced' : 'delivered',
        at: new Date().toISOString(),
      },
    ]);
    res.status(202).json({ id });
  });

  /** ZNS by phone number or, on its user-id variant, by Zalo user id; the delivery's `to` says which. */
  const zns = (recipient: 'phone' | 'user_id') => async (req: Request, res: Response) => {
    if (await misbehave(req, res)) return;
    const { template_id, template_data, tracking_id } = req.body ?? {};
    const to = req.body?.[recipient];
    if (!req.header('access_token')) {
      res.json({ error: -124, message: 'access token invalid' });
      return;
    }
    const valid = recipient === 'phone' ? /^84\d{9}$/ : /^\d{1,32}$/;
    if (
      typeof to !== 'string' ||
      !valid.test(to) ||
      !template_id ||
      !tracking_id ||
      typeof template_data !== 'object'
    ) {
      res.json({ error: -108, message: 'invalid parameters' });
      return;
    }
    const msgId = accept(
      'ZALO',
      tracking_id,
      recipient === 'phone' ? to : `uid:${to}`,
      JSON.stringify({ template_id, template_data }),
      (reference) => [
        '/callbacks/zalo',
        {
          msg_id: reference,
          tracking_id,
          event_name: to.endsWith('0000') ? 'user_not_reachable' : 'user_received_message',
          timestamp: String(Date.now()),
        },
      ],
    );
    res.json({ error: 0, message: 'Success', data: { msg_id: msgId } });
  };
  app.post('/message/template', zns('phone'));
  app.post('/message/template/uid', zns('user_id'));

  app.post('/orders', async (req, res) => {
    if (await misbehave(req, res)) return;
    const { orderNumber, receiver, codAmountVnd } = req.body ?? {};
    if (
      !req.header('x-api-key') ||
      !orderNumber ||
      !receiver?.name ||
      !receiver?.address ||
      !receiver?.phone
    ) {
      res.status(400).json({ error: 'invalid order' });
      return;
    }
    const existing = [...shipments.values()].find(
      (s) => s.orderNumber === orderNumber && s.status !== 'CANCELLED',
    );
    if (existing) {
      res.json({ waybillNumber: existing.waybillNumber, status: existing.status });
      return;
    }
    waybillSequence += 1;
    const waybillNumber = `EB${String(waybillSequence).padStart(9, '0')}VN`;
    shipments.set(waybillNumber, {
      waybillNumber,
      orderNumber,
      status: 'BOOKED',
      cod: Number(codAmountVnd) || 0,
    });
    later(() => report(waybillNumber), behaviour.receiptDelayMs);
    if (behaviour.postalStepMs > 0) {
      ['PICKED_UP', 'IN_TRANSIT', 'DELIVERED'].forEach((status, step) => {
        later(
          async () => {
            const shipment = shipments.get(waybillNumber);
            if (!shipment || shipment.status === 'CANCELLED') return;
            shipment.status = status;
            await report(waybillNumber);
          },
          behaviour.postalStepMs * (step + 1),
        );
      });
    }
    res.status(201).json({ waybillNumber, status: 'BOOKED' });
  });

  app.post('/orders/:waybill/cancel', async (req, res) => {
    if (await misbehave(req, res)) return;
    const shipment = shipments.get(req.params.waybill);
    if (!shipment) {
      res.status(404).json({ error: 'unknown waybill' });
      return;
    }
    if (!['BOOKED'].includes(shipment.status)) {
      res.status(409).json({ error: `cannot cancel a shipment ${shipment.status}` });
      return;
    }
    shipment.status = 'CANCELLED';
    res.json({ waybillNumber: shipment.waybillNumber, status: 'CANCELLED' });
  });

  const report = async (waybillNumber: string) => {
    const shipment = shipments.get(waybillNumber);
    if (!shipment) return;
    await postCallback('/callbacks/postal', {
      waybillNumber,
      orderNumber: shipment.orderNumber,
      status: shipment.status,
      at: new Date().toISOString(),
    });
  };

  const server = app.listen(options.port ?? 0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    behaviour,
    setCallbackBase: (url) => {
      callbackBase = url.replace(/\/$/, '');
    },
    deliveries,
    calls,
    shipments,
    advanceShipment: async (waybillNumber, status) => {
      const shipment = shipments.get(waybillNumber);
      if (!shipment) throw new Error(`unknown waybill ${waybillNumber}`);
      shipment.status = status;
      await report(waybillNumber);
    },
    stop: async () => {
      for (const timer of pendingTimers) clearTimeout(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
