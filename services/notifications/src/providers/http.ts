import { ProviderError } from './types';

/** A provider slower than this is treated as down for this attempt; the retry carries the same idempotency key. */
const TIMEOUT_MS = 10_000;

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1_000;
}

/**
 * JSON over HTTP with the failure classification every adapter shares: network errors, timeouts and 5xx are
 * temporary, 429 is rate-limited (with Retry-After), other 4xx are permanent.
 */
export async function callProvider<T>(
  provider: string,
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: unknown },
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ProviderError('temporary', `${provider} unreachable: ${(error as Error).message}`);
  }
  const text = await response.text();
  if (response.status === 429) {
    throw new ProviderError(
      'rate-limited',
      `${provider} rate limit`,
      retryAfterMs(response.headers.get('retry-after')),
    );
  }
  if (response.status >= 500) {
    throw new ProviderError('temporary', `${provider} answered ${response.status}: ${text.slice(0, 200)}`);
  }
  if (response.status >= 400) {
    throw new ProviderError('permanent', `${provider} refused (${response.status}): ${text.slice(0, 200)}`);
  }
  try {
    return (text ? JSON.parse(text) : {}) as T;
  } catch {
    throw new ProviderError('temporary', `${provider} answered with unreadable JSON`);
  }
}
