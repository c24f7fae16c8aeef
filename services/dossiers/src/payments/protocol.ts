import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The payment platform's wire protocol, in the shape of the national payment platform and VNPay: every message
 * carries a timestamp (unix seconds) and an HMAC-SHA256 of its fields, in a fixed order joined by `|`, keyed with
 * the merchant's shared secret.
 */
export type CreatePaymentMessage = {
  merchantCode: string;
  reference: string;
  amountVnd: number;
  description: string;
  returnUrl: string;
  callbackUrl: string;
  timestamp: number;
};

export type PaymentResult = 'SUCCESS' | 'FAILED';

/** What the platform posts to the callback URL when the citizen finishes (or abandons) paying. */
export type CallbackMessage = {
  merchantCode: string;
  reference: string;
  transactionId: string;
  amountVnd: number;
  result: PaymentResult;
  /** The platform's reason on failure (card declined, cancelled by the payer). */
  message: string;
  timestamp: number;
};

/** The answer of a status query: PENDING while the payer has not finished. */
export type StatusMessage = {
  merchantCode: string;
  reference: string;
  status: PaymentResult | 'PENDING';
  transactionId: string;
  amountVnd: number;
  timestamp: number;
};

const ORDER = {
  create: ['merchantCode', 'reference', 'amountVnd', 'description', 'returnUrl', 'callbackUrl', 'timestamp'],
  callback: ['merchantCode', 'reference', 'transactionId', 'amountVnd', 'result', 'message', 'timestamp'],
  query: ['merchantCode', 'reference', 'timestamp'],
  status: ['merchantCode', 'reference', 'status', 'transactionId', 'amountVnd', 'timestamp'],
  refund: ['merchantCode', 'reference', 'transactionId', 'amountVnd', 'timestamp'],
} as const;
export type MessageKind = keyof typeof ORDER;

export function sign(secret: string, kind: MessageKind, message: Record<string, unknown>): string {
  const text = [kind, ...ORDER[kind].map((field) => String(message[field] ?? ''))].join('|');
  return createHmac('sha256', secret).update(text).digest('hex');
}

export function signatureMatches(
  secret: string,
  kind: MessageKind,
  message: Record<string, unknown>,
  signature: unknown,
): boolean {
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return false;
  return timingSafeEqual(Buffer.from(sign(secret, kind, message), 'hex'), Buffer.from(signature, 'hex'));
}

export const unixNow = (now: Date = new Date()) => Math.floor(now.getTime() / 1000);
