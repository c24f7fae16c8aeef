import type { Logger } from '@dvc/service-kit';
import type { Express, Request } from 'express';
import type { RuleDeps } from '../rules/deps';
import { settlePayment } from '../rules/payments';
import type { PaymentProvider } from './provider';

const MAX_BODY = 16 * 1024;

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return {};
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * The platform's callback. It is answered as soon as the outcome is recorded (one short transaction), with the
 * platform's answer codes: 00 recorded, 02 already recorded, 01 unknown payment, 04 wrong amount, 97 bad
 * signature, 98 stale, 99 malformed. Anything refused changes nothing.
 */
export function paymentRoutes(deps: RuleDeps, provider: PaymentProvider, logger: Logger) {
  return (app: Express) => {
    app.post('/payments/callback', async (req, res) => {
      const body = await readJson(req);
      const check = provider.verifyCallback(body, deps.now());
      if (!check.ok) {
        logger.warn({ reason: check.reason, reference: body.reference }, 'payment callback refused');
        const refused = {
          SIGNATURE: [401, '97', 'Chữ ký không hợp lệ / Invalid signature'],
          STALE: [400, '98', 'Thông điệp quá hạn / Stale message'],
          MALFORMED: [400, '99', 'Thông điệp không đúng định dạng / Malformed message'],
        } as const;
        const [status, code, message] = refused[check.reason];
        return res.status(status).json({ code, message });
      }
      try {
        const result = await settlePayment(deps, check.message, 'CALLBACK');
        return res.status(200).json({
          code: result === 'ALREADY_SETTLED' ? '02' : '00',
          message: result === 'ALREADY_SETTLED' ? 'Giao dịch đã được ghi nhận trước đó' : 'Đã ghi nhận',
        });
      } catch (error) {
        const code = (error as { extensions?: { code?: string } }).extensions?.code;
        if (code === 'NOT_FOUND')
          return res.status(404).json({ code: '01', message: (error as Error).message });
        if (code === 'BAD_USER_INPUT')
          return res.status(400).json({ code: '04', message: (error as Error).message });
        logger.error({ err: error, reference: check.message.reference }, 'payment callback failed');
        return res.status(500).json({ code: '99', message: 'Lỗi hệ thống, vui lòng gửi lại / Retry later' });
      }
    });
  };
}
