import { type Job, type Queue, UnrecoverableError, Worker } from 'bullmq';
import { ProviderError } from '../providers/types';
import { DEFAULT_RATE_LIMIT_PAUSE_MS } from './definitions';

/** What a failed job means for the record it works on, and for BullMQ. */
export type Failure =
  | { kind: 'rate-limited'; retryAfterMs: number; message: string }
  /** `last`: no attempt follows, the record takes its final failed state. */
  | { kind: 'permanent' | 'temporary'; last: boolean; message: string };

/** Whether the attempt running now is the job's last one. */
function isLastAttempt(job: Job, permanent: boolean): boolean {
  return permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/**
 * The one reading of an error: a provider's answer says what kind it is, and so does our own UnrecoverableError (a
 * refusal no retry can change); anything else may pass on the next attempt.
 */
export function classifyFailure(error: Error, job: Job): Failure {
  if (error instanceof ProviderError && error.kind === 'rate-limited') {
    return {
      kind: 'rate-limited',
      retryAfterMs: error.retryAfterMs ?? DEFAULT_RATE_LIMIT_PAUSE_MS,
      message: error.message,
    };
  }
  const permanent =
    (error instanceof ProviderError && error.kind === 'permanent') || error instanceof UnrecoverableError;
  return {
    kind: permanent ? 'permanent' : 'temporary',
    last: isLastAttempt(job, permanent),
    message: error.message,
  };
}

/**
 * Hands the failure back to BullMQ once the record says it: a rate limit pauses the whole queue and puts the job
 * back without using an attempt, a permanent failure dead-letters it at once, anything else is retried.
 */
export async function rethrow(failure: Failure, error: Error, queue: Queue): Promise<never> {
  if (failure.kind === 'rate-limited') {
    await queue.rateLimit(failure.retryAfterMs);
    throw Worker.RateLimitError();
  }
  throw failure.kind === 'permanent' && !(error instanceof UnrecoverableError)
    ? new UnrecoverableError(error.message)
    : error;
}
