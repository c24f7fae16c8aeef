import { type Job, UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../src/providers/types';
import { classifyFailure } from '../src/queues/failures';

const attempt = (made: number, of: number) => ({ attemptsMade: made, opts: { attempts: of } }) as Job;

describe('reading a failed job', () => {
  it('pauses for the Retry-After a provider gives, or a second without one, and uses no attempt', () => {
    expect(classifyFailure(new ProviderError('rate-limited', '429', 5_000), attempt(7, 8))).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 5_000,
      message: '429',
    });
    expect(classifyFailure(new ProviderError('rate-limited', '429'), attempt(0, 8))).toMatchObject({
      retryAfterMs: 1_000,
    });
  });

  it("ends at once on a provider's refusal or our own", () => {
    for (const error of [
      new ProviderError('permanent', 'bad number'),
      new UnrecoverableError('no template'),
    ]) {
      expect(classifyFailure(error, attempt(0, 8))).toEqual({
        kind: 'permanent',
        last: true,
        message: error.message,
      });
    }
  });

  it('retries anything else, until the last attempt', () => {
    for (const error of [new ProviderError('temporary', '503'), new TypeError('fetch failed')]) {
      expect(classifyFailure(error, attempt(6, 8))).toMatchObject({ kind: 'temporary', last: false });
      expect(classifyFailure(error, attempt(7, 8))).toMatchObject({ kind: 'temporary', last: true });
    }
  });
});
