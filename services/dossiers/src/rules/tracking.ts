import { randomInt, timingSafeEqual } from 'node:crypto';
import { userError } from '@dvc/service-kit';
import { inArray, sql } from 'drizzle-orm';
import type { DossiersContext } from '../context';
import type { DossierRow } from '../data/dossiers';
import type { DossiersDatabase } from '../db';
import { trackingAttempts } from '../db/schema';

/**
 * Wrong answers allowed per dossier code, from anyone, in a fixed window. Codes are sequential, so the code is no
 * secret: this is what stands between a guesser and one applicant's PIN (10^10 values) or CCCD.
 */
const PER_CODE = { failures: 5, windowSeconds: 15 * 60 };
/** Per client address: room for a person mistyping across a few receipts, none for a scan of codes. */
const PER_CLIENT = { failures: 20, windowSeconds: 60 * 60 };

/** Ten digits on the receipt; dossiers filed with six keep them, the lookup compares the text as printed. */
export const newTrackingPin = () => String(randomInt(0, 10_000_000_000)).padStart(10, '0');

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The PIN, or a person's CCCD. An organisation's code is its public tax or agency code, not a secret: it tracks
 * with the PIN only.
 */
function answers(dossier: DossierRow, given: string): boolean {
  if (dossier.trackingPin && sameText(dossier.trackingPin, given)) return true;
  return dossier.applicantKind === 'PERSON' && sameText(dossier.applicantIdNumber, given);
}

/** Counts one attempt against `key` (a new window once the last has passed); answers the count and the window. */
async function countAttempt(db: DossiersDatabase, key: string, windowSeconds: number, now: Date) {
  const expired = sql`${trackingAttempts.windowStartedAt} <= ${now.toISOString()}::timestamptz - make_interval(secs => ${windowSeconds})`;
  const [row] = await db
    .insert(trackingAttempts)
    .values({ key, windowStartedAt: now, failures: 1 })
    .onConflictDoUpdate({
      target: trackingAttempts.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${trackingAttempts.failures} + 1 end`,
        windowStartedAt: sql`case when ${expired} then excluded.window_started_at else ${trackingAttempts.windowStartedAt} end`,
      },
    })
    .returning();
  if (!row) throw new Error(`no attempt counted for ${key}`);
  return row;
}

/** "14:05 ngày 10/01/2026", in Vietnam time (UTC+7, no daylight saving). */
function vietnamTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

const tooManyAttempts = (retryAfter: Date) =>
  userError(
    'TOO_MANY_ATTEMPTS',
    `Bạn đã tra cứu sai quá nhiều lần; vui lòng thử lại sau ${vietnamTime(retryAfter)}`,
    `Too many wrong attempts; try again after ${retryAfter.toISOString()}`,
    { retryAfter: retryAfter.toISOString() },
  );

/** Operations that already made their one tracking lookup: aliases must not multiply the guesses of a request. */
const operationsTracked = new WeakSet<object>();

/**
 * Anonymous tracking: the dossier when the answer is its PIN (or a person's CCCD), null otherwise, without saying
 * which half was wrong. Every attempt is counted before the answer is compared, per dossier code and per client,
 * so that parallel requests cannot slip past the limit; a right answer gives its attempt back.
 */
export async function trackDossier(
  ctx: DossiersContext,
  code: string,
  given: string,
): Promise<DossierRow | null> {
  if (operationsTracked.has(ctx)) {
    throw userError(
      'BAD_USER_INPUT',
      'Mỗi yêu cầu chỉ được tra cứu một hồ sơ',
      'One tracking lookup per request',
    );
  }
  operationsTracked.add(ctx);
  const { db, now: clock } = ctx.deps;
  const now = clock();
  const limits = [{ key: `code:${code}`, ...PER_CODE }];
  if (ctx.clientAddress) limits.push({ key: `client:${ctx.clientAddress}`, ...PER_CLIENT });
  const counted = [];
  for (const limit of limits) {
    const row = await countAttempt(db, limit.key, limit.windowSeconds, now);
    counted.push({ ...limit, row });
  }
  const over = counted.filter(({ row, failures }) => row.failures > failures);
  if (over.length > 0) {
    const retryAfter = Math.max(
      ...over.map(({ row, windowSeconds }) => row.windowStartedAt.getTime() + windowSeconds * 1000),
    );
    throw tooManyAttempts(new Date(retryAfter));
  }
  const dossier = await ctx.loaders.dossier.load(code);
  if (!dossier || !given || !answers(dossier, given)) return null;
  await db
    .update(trackingAttempts)
    .set({ failures: sql`greatest(${trackingAttempts.failures} - 1, 0)` })
    .where(
      inArray(
        trackingAttempts.key,
        limits.map((limit) => limit.key),
      ),
    );
  return dossier;
}

/** Windows long past say nothing any more. */
export async function pruneTrackingAttempts(db: DossiersDatabase, now: Date): Promise<void> {
  await db
    .delete(trackingAttempts)
    .where(sql`${trackingAttempts.windowStartedAt} < ${now.toISOString()}::timestamptz - interval '1 day'`);
}
