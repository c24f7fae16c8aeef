import { callProvider } from './http';
import {
  type EmailSender,
  type PostalService,
  ProviderError,
  type Providers,
  type SmsGateway,
  type ZaloSender,
} from './types';

/**
 * Brand-name SMS gateway (the protocol of the common Vietnamese aggregators): POST /sms/send with the registered
 * brand name, the number in 84… form and the unaccented text; `clientRequestId` makes a resend of the same
 * request return the first answer instead of a second SMS.
 */
export function httpSmsGateway(options: { url: string; apiKey: string; brandname: string }): SmsGateway {
  return {
    async send({ phone, text, idempotencyKey }) {
      const answer = await callProvider<{ messageId?: string }>('sms', `${options.url}/sms/send`, {
        headers: { authorization: `Bearer ${options.apiKey}` },
        body: {
          brandname: options.brandname,
          phone: internationalPhone(phone),
          message: text,
          clientRequestId: idempotencyKey,
        },
      });
      if (!answer.messageId) throw new ProviderError('temporary', 'sms gateway answered without messageId');
      return { providerReference: answer.messageId };
    },
  };
}

/** Transactional e-mail over HTTP (the shape most sending services share: one message per POST). */
export function httpEmailSender(options: { url: string; apiKey: string; from: string }): EmailSender {
  return {
    async send({ to, subject, text, idempotencyKey }) {
      const answer = await callProvider<{ id?: string }>('email', `${options.url}/email/send`, {
        headers: { authorization: `Bearer ${options.apiKey}`, 'idempotency-key': idempotencyKey },
        body: { from: options.from, to, subject, text },
      });
      if (!answer.id) throw new ProviderError('temporary', 'e-mail service answered without id');
      return { providerReference: answer.id };
    },
  };
}

/**
 * Zalo Notification Service (ZNS) template messages with an approved template id: to a Zalo user id
 * (`/message/template/uid`, `user_id`) when the applicant gave one, else to a phone number (`/message/template`).
 * ZNS answers HTTP 200 with an `error` code in the body; negative codes below are its permanent refusals.
 */
const ZALO_RATE_LIMITED = -124;
const ZALO_TEMPORARY = new Set([-1, -32, -1000]);
/** Zalo user ids are decimal numbers. */
const ZALO_USER_ID = /^\d{1,32}$/;

export function zaloZnsSender(options: { url: string; accessToken: string }): ZaloSender {
  return {
    async send({ to, templateId, data, idempotencyKey }) {
      if ('userId' in to && !ZALO_USER_ID.test(to.userId))
        throw new ProviderError('permanent', 'not a Zalo user id');
      const answer = await callProvider<{ error: number; message?: string; data?: { msg_id?: string } }>(
        'zalo',
        'userId' in to ? `${options.url}/message/template/uid` : `${options.url}/message/template`,
        {
          headers: { access_token: options.accessToken },
          body: {
            ...('userId' in to ? { user_id: to.userId } : { phone: internationalPhone(to.phone) }),
            template_id: templateId,
            template_data: data,
            tracking_id: idempotencyKey,
          },
        },
      );
      if (answer.error === 0 && answer.data?.msg_id) return { providerReference: answer.data.msg_id };
      if (answer.error === ZALO_RATE_LIMITED) throw new ProviderError('rate-limited', 'zalo quota', 1_000);
      throw new ProviderError(
        ZALO_TEMPORARY.has(answer.error) ? 'temporary' : 'permanent',
        `zalo error ${answer.error}: ${answer.message ?? ''}`,
      );
    },
  };
}

/** Bưu chính công ích: orders keyed by our order number (the dossier code), status reported by callback. */
export function httpPostalService(options: { url: string; apiKey: string }): PostalService {
  const headers = { 'x-api-key': options.apiKey };
  return {
    async book(booking) {
      const answer = await callProvider<{ waybillNumber?: string }>('postal', `${options.url}/orders`, {
        headers,
        body: {
          orderNumber: booking.orderNumber,
          receiver: { name: booking.receiverName, address: booking.address, phone: booking.phone },
          codAmountVnd: booking.codAmountVnd,
        },
      });
      if (!answer.waybillNumber)
        throw new ProviderError('temporary', 'postal service answered without waybill');
      return { waybillNumber: answer.waybillNumber };
    },
    async cancel(waybillNumber) {
      await callProvider('postal', `${options.url}/orders/${encodeURIComponent(waybillNumber)}/cancel`, {
        headers,
        body: {},
      });
    },
  };
}

export function httpProviders(urls: {
  sms: { url: string; apiKey: string; brandname: string };
  email: { url: string; apiKey: string; from: string };
  zalo: { url: string; accessToken: string };
  postal: { url: string; apiKey: string };
}): Providers {
  return {
    sms: httpSmsGateway(urls.sms),
    email: httpEmailSender(urls.email),
    zalo: zaloZnsSender(urls.zalo),
    postal: httpPostalService(urls.postal),
  };
}

/** 0912345678 → 84912345678, the form gateways expect; a number that is not Vietnamese mobile is refused. */
export function internationalPhone(phone: string): string {
  const digits = phone.replace(/[\s.()-]/g, '').replace(/^\+/, '');
  const national = digits.startsWith('84') ? digits.slice(2) : digits.replace(/^0/, '');
  if (!/^[35789]\d{8}$/.test(national))
    throw new ProviderError('permanent', 'not a Vietnamese mobile number');
  return `84${national}`;
}
