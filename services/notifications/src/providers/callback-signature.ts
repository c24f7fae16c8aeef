import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Provider callbacks are signed `hex(HMAC-SHA256(secret, timestamp + "." + raw body))` in `x-signature`, with the
 * unix timestamp in `x-signature-timestamp`. The timestamp bounds how long a captured callback can be replayed;
 * within that window the callback's own id, remembered once applied, stops the replay.
 */
export const SIGNATURE_HEADER = 'x-signature';
export const TIMESTAMP_HEADER = 'x-signature-timestamp';
const MAX_AGE_SECONDS = 300;

export function signCallback(
  secret: string,
  rawBody: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex'),
  };
}

export function verifyCallback(
  secret: string,
  rawBody: string,
  timestamp: string | undefined,
  signature: string | undefined,
  now: Date = new Date(),
): boolean {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const age = Math.floor(now.getTime() / 1000) - Number(timestamp);
  if (Math.abs(age) > MAX_AGE_SECONDS) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
