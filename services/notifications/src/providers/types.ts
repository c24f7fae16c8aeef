/**
 * The third parties we send through, each behind an interface so that a province can change provider (another
 * brand-name SMS gateway, its own mail server) without touching the queues. Adapters classify every failure:
 * a temporary one is retried with backoff, a rate-limited one slows the provider's queue, a permanent one (bad
 * number, refused template) is not retried.
 */
export type FailureKind = 'temporary' | 'rate-limited' | 'permanent';

export class ProviderError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** For rate-limited answers: how long the provider asked us to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Every send carries our message id as idempotency key: a retry after a lost answer is not sent twice. */
export type Accepted = { providerReference: string };

export interface SmsGateway {
  send(message: { phone: string; text: string; idempotencyKey: string }): Promise<Accepted>;
}

export interface EmailSender {
  send(message: { to: string; subject: string; text: string; idempotencyKey: string }): Promise<Accepted>;
}

export interface ZaloSender {
  send(message: {
    /** The recipient's Zalo user id when known, else the phone number their Zalo account is registered to. */
    to: { userId: string } | { phone: string };
    templateId: string;
    data: Record<string, string>;
    idempotencyKey: string;
  }): Promise<Accepted>;
}

export type PostalBooking = {
  /** The dossier code: the post office's order number, so that booking twice finds the first booking. */
  orderNumber: string;
  receiverName: string;
  address: string;
  phone: string;
  codAmountVnd: number;
};

export interface PostalService {
  book(booking: PostalBooking): Promise<{ waybillNumber: string }>;
  cancel(waybillNumber: string): Promise<void>;
}

export type Providers = { sms: SmsGateway; email: EmailSender; zalo: ZaloSender; postal: PostalService };
