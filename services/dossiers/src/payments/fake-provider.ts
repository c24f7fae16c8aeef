import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CallbackMessage,
  type CreatePaymentMessage,
  type StatusMessage,
  sign,
  signatureMatches,
  unixNow,
} from './protocol';

/**
 * A local payment platform speaking the real protocol, for development and tests. The payer's page is
 * `GET /pay/{id}?outcome=…`: SUCCESS and FAILURE call back once, DUPLICATE calls back twice, TIMEOUT takes the
 * money but never calls back (only a status query finds out). Only a pending payment's page does any of this.
 */
export type FakeOutcome = 'SUCCESS' | 'FAILURE' | 'DUPLICATE' | 'TIMEOUT';

type Held = CreatePaymentMessage & {
  id: string;
  status: StatusMessage['status'] | 'REFUNDED';
  transactionId: string;
};

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function startFakePaymentProvider(options: {
  merchantCode: string;
  secret: string;
  port?: number;
}) {
  const held = new Map<string, Held>();
  const byReference = new Map<string, Held>();
  const callbacks: Array<{ status: number; body: unknown }> = [];

  const callBack = async (payment: Held) => {
    const message: CallbackMessage = {
      merchantCode: payment.merchantCode,
      reference: payment.reference,
      transactionId: payment.transactionId,
      amountVnd: payment.amountVnd,
      result: payment.status === 'SUCCESS' ? 'SUCCESS' : 'FAILED',
      message: payment.status === 'SUCCESS' ? 'Giao dịch thành công' : 'Người thanh toán hủy giao dịch',
      timestamp: unixNow(),
    };
    const response = await fetch(payment.callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message, signature: sign(options.secret, 'callback', message) }),
    });
    callbacks.push({ status: response.status, body: await response.json() });
  };

  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'POST' && url.pathname === '/payments') {
      const body = await readJson(req);
      if (!signatureMatches(options.secret, 'create', body, body.signature)) return send(401, { code: '97' });
      if (!Number.isInteger(body.amountVnd) || (body.amountVnd as number) <= 0)
        return send(400, { code: '04' });
      if (byReference.has(body.reference as string)) return send(409, { code: '02' });
      const payment: Held = {
        ...(body as unknown as CreatePaymentMessage),
        id: randomUUID(),
        status: 'PENDING',
        transactionId: '',
      };
      held.set(payment.id, payment);
      byReference.set(payment.reference, payment);
      const address = server.address() as AddressInfo;
      return send(200, {
        code: '00',
        providerPaymentId: payment.id,
        paymentUrl: `http://127.0.0.1:${address.port}/pay/${payment.id}`,
      });
    }
    if (req.method === 'POST' && url.pathname === '/payments/query') {
      const body = await readJson(req);
      if (!signatureMatches(options.secret, 'query', body, body.signature)) return send(401, { code: '97' });
      const payment = byReference.get(body.reference as string);
      if (!payment) return send(404, { code: '01' });
      const answer: StatusMessage = {
        merchantCode: payment.merchantCode,
        reference: payment.reference,
        status: payment.status === 'REFUNDED' ? 'SUCCESS' : payment.status,
        transactionId: payment.transactionId,
        amountVnd: payment.amountVnd,
        timestamp: unixNow(),
      };
      return send(200, { ...answer, signature: sign(options.secret, 'status', answer) });
    }
    if (req.method === 'POST' && url.pathname === '/payments/refund') {
      const body = await readJson(req);
      if (!signatureMatches(options.secret, 'refund', body, body.signature)) return send(401, { code: '97' });
      const payment = byReference.get(body.reference as string);
      if (payment?.status !== 'SUCCESS' || payment.transactionId !== body.transactionId) {
        return send(404, { code: '01' });
      }
      if (body.amountVnd !== payment.amountVnd) return send(400, { code: '04' });
      payment.status = 'REFUNDED';
      return send(200, { code: '00', refundId: `REFUND-${payment.transactionId}` });
    }
    const paying = /^\/pay\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (req.method === 'GET' && paying) {
      const payment = held.get(paying[1] as string);
      if (!payment) return send(404, { code: '01' });
      // As on a real platform, a reference is paid at most once: reloading the page of a settled payment only
      // sends the payer back, with no new transaction and no new callback.
      if (payment.status === 'PENDING') {
        const outcome = (url.searchParams.get('outcome') ?? 'SUCCESS').toUpperCase() as FakeOutcome;
        payment.status = outcome === 'FAILURE' ? 'FAILED' : 'SUCCESS';
        payment.transactionId = `FAKE${Date.now()}${Math.floor(Math.random() * 1e6)}`;
        if (outcome !== 'TIMEOUT') await callBack(payment);
        if (outcome === 'DUPLICATE') await callBack(payment);
      }
      const back = new URL(payment.returnUrl);
      back.searchParams.set('reference', payment.reference);
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    return send(404, { code: '01' });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** What the service answered to each callback, oldest first. */
    callbacks,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
