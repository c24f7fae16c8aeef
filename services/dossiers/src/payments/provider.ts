import { type CallbackMessage, type StatusMessage, sign, signatureMatches, unixNow } from './protocol';

export type CreatePayment = {
  reference: string;
  amountVnd: number;
  description: string;
  returnUrl: string;
  callbackUrl: string;
};

/** The payment platform as the dossiers service uses it; tests and development use the fake that speaks it too. */
export interface PaymentProvider {
  /** Registers the payment and answers where to send the payer. */
  create(payment: CreatePayment): Promise<{ redirectUrl: string; providerPaymentId: string }>;
  /** The platform's own view of a payment, for reconciliation; null when it never heard of it. */
  status(reference: string): Promise<StatusMessage | null>;
  /** Gives the whole amount of a settled payment back; answers the platform's id of the refund. */
  refund(payment: {
    reference: string;
    transactionId: string;
    amountVnd: number;
  }): Promise<{ refundId: string }>;
  /** Whether a callback body is genuine and fresh. */
  verifyCallback(body: Record<string, unknown>, now: Date): CallbackCheck;
}

export type CallbackCheck =
  | { ok: true; message: CallbackMessage }
  | { ok: false; reason: 'SIGNATURE' | 'STALE' | 'MALFORMED' };

export function httpPaymentProvider(options: {
  url: string;
  merchantCode: string;
  secret: string;
  maxAgeSeconds: number;
  timeoutMs?: number;
}): PaymentProvider {
  const post = async (path: string, body: Record<string, unknown>) => {
    const response = await fetch(`${options.url.replace(/\/$/, '')}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return {
    async create(payment) {
      const message = { merchantCode: options.merchantCode, ...payment, timestamp: unixNow() };
      const answer = await post('/payments', {
        ...message,
        signature: sign(options.secret, 'create', message),
      });
      if (
        answer.status !== 200 ||
        typeof answer.body.paymentUrl !== 'string' ||
        typeof answer.body.providerPaymentId !== 'string'
      ) {
        throw new Error(
          `payment platform refused the payment: ${answer.status} ${JSON.stringify(answer.body)}`,
        );
      }
      return { redirectUrl: answer.body.paymentUrl, providerPaymentId: answer.body.providerPaymentId };
    },
    async status(reference) {
      const message = { merchantCode: options.merchantCode, reference, timestamp: unixNow() };
      const answer = await post('/payments/query', {
        ...message,
        signature: sign(options.secret, 'query', message),
      });
      if (answer.status === 404) return null;
      if (
        answer.status !== 200 ||
        !signatureMatches(options.secret, 'status', answer.body, answer.body.signature)
      ) {
        throw new Error(`payment platform status answer not trusted: ${answer.status}`);
      }
      return answer.body as unknown as StatusMessage;
    },
    async refund(payment) {
      const message = { merchantCode: options.merchantCode, ...payment, timestamp: unixNow() };
      const answer = await post('/payments/refund', {
        ...message,
        signature: sign(options.secret, 'refund', message),
      });
      if (answer.status !== 200 || typeof answer.body.refundId !== 'string') {
        throw new Error(
          `payment platform refused the refund: ${answer.status} ${JSON.stringify(answer.body)}`,
        );
      }
      return { refundId: answer.body.refundId };
    },
    verifyCallback(body, now) {
      const { merchantCode, reference, transactionId, amountVnd, result, message, timestamp } = body;
      if (
        merchantCode !== options.merchantCode ||
        typeof reference !== 'string' ||
        typeof transactionId !== 'string' ||
        !transactionId ||
        typeof amountVnd !== 'number' ||
        (result !== 'SUCCESS' && result !== 'FAILED') ||
        typeof timestamp !== 'number'
      ) {
        return { ok: false, reason: 'MALFORMED' };
      }
      if (!signatureMatches(options.secret, 'callback', body, body.signature)) {
        return { ok: false, reason: 'SIGNATURE' };
      }
      if (Math.abs(unixNow(now) - timestamp) > options.maxAgeSeconds) return { ok: false, reason: 'STALE' };
      return {
        ok: true,
        message: {
          merchantCode,
          reference,
          transactionId,
          amountVnd,
          result,
          message: typeof message === 'string' ? message : '',
          timestamp,
        },
      };
    },
  };
}
