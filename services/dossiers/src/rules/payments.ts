import { randomUUID } from 'node:crypto';
import type { Identity } from '@dvc/identity';
import { userError } from '@dvc/service-kit';
import { and, asc, eq, isNull, lte, max } from 'drizzle-orm';
import { dossierNotMovedAway } from '../data/unit-states';
import { dossiers, issuedDocuments, payments } from '../db/schema';
import type { CallbackMessage } from '../payments/protocol';
import { canReadDossier, dossierNotFound, requireSignedIn } from './access';
import type { RuleDeps } from './deps';
import { chargesNoFee } from './fees';
import { recordPayment, recordTransition } from './lifecycle';
import { DOSSIER_STATUSES as S } from './status';
import { TRANSITIONS } from './transitions';
import { assertUnitWritable } from './unit-moves';
import { issueDocument } from './verification';

const SYSTEM = { sub: null, role: 'SYSTEM', unitCode: null };

function platform(deps: RuleDeps) {
  if (!deps.payments) {
    throw userError(
      'UNAVAILABLE',
      'Chức năng thanh toán trực tuyến chưa được cấu hình; vui lòng nộp phí tại bộ phận Một cửa',
      'Online payment is not configured; pay at the one-stop desk',
    );
  }
  return deps.payments;
}

/**
 * Where the platform may send the payer back: a path of the web app (taken relative to its first origin) or an
 * address at one of its origins. Anything else (another site, `javascript:`, `data:`) would turn our payment link
 * into someone else's page or script.
 */
function returnAddress(given: string, origins: readonly string[]): string {
  const url = URL.canParse(given.trim(), origins[0]) ? new URL(given.trim(), origins[0]) : null;
  if (!url || !origins.includes(url.origin)) {
    throw userError(
      'BAD_USER_INPUT',
      'Địa chỉ quay lại phải là một trang của Cổng dịch vụ công',
      'The return URL must be a page of the public service portal',
      { allowedOrigins: origins },
    );
  }
  return url.toString();
}

/**
 * The applicant starts paying what the dossier owes: a new attempt is recorded, registered with the platform, and
 * the answer says where to send the payer. Earlier attempts stay pending until their callback or reconciliation.
 */
export async function payOnline(
  deps: RuleDeps,
  identity: Identity,
  code: string,
  input: { returnUrl: string },
) {
  requireSignedIn(identity);
  const { provider, callbackUrl, returnOrigins } = platform(deps);
  const returnUrl = returnAddress(input.returnUrl, returnOrigins);
  const payment = await deps.db.transaction(async (tx) => {
    const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.code, code)).for('update');
    if (!dossier || !canReadDossier(identity, dossier)) throw dossierNotFound(code);
    await assertUnitWritable(tx, dossier.receivingUnitCode);
    if (identity.role !== 'CITIZEN' || dossier.ownerSub !== identity.sub) {
      throw userError(
        'FORBIDDEN',
        'Chỉ người nộp hồ sơ mới thanh toán trực tuyến cho hồ sơ này',
        'Only the applicant who owns the dossier may pay for it online',
      );
    }
    if (dossier.status !== S.PAYMENT_REQUESTED || !dossier.paymentAmountVnd) {
      throw chargesNoFee(dossier.procedure) && !dossier.paymentAmountVnd
        ? userError(
            'BAD_USER_INPUT',
            'Hồ sơ này không thu phí, lệ phí; không cần thanh toán',
            'This dossier charges no fee; there is nothing to pay',
          )
        : userError(
            'BAD_USER_INPUT',
            'Hồ sơ hiện không có khoản phí, lệ phí nào chờ thanh toán',
            'Nothing is waiting to be paid on this dossier now',
          );
    }
    const [last] = await tx
      .select({ attempt: max(payments.attempt) })
      .from(payments)
      .where(eq(payments.dossierCode, code));
    const attempt = (last?.attempt ?? 0) + 1;
    const [row] = await tx
      .insert(payments)
      .values({
        id: randomUUID(),
        dossierCode: code,
        attempt,
        reference: `${code}-${attempt}`,
        amountVnd: dossier.paymentAmountVnd,
        description: `Nop phi, le phi ho so ${code}`,
        payerSub: identity.sub as string,
        createdAt: deps.now(),
      })
      .returning();
    if (!row) throw new Error('payment row not written');
    return row;
  });
  let registered: { redirectUrl: string; providerPaymentId: string };
  try {
    registered = await provider.create({
      reference: payment.reference,
      amountVnd: payment.amountVnd,
      description: payment.description,
      returnUrl,
      callbackUrl: callbackUrl(),
    });
  } catch {
    await deps.db
      .update(payments)
      .set({ status: 'FAILED', failureReason: 'platform unreachable', settledAt: deps.now() })
      .where(eq(payments.id, payment.id));
    throw userError(
      'UNAVAILABLE',
      'Cổng thanh toán đang không phản hồi; vui lòng thử lại sau ít phút',
      'The payment platform is not answering; try again in a few minutes',
    );
  }
  await deps.db
    .update(payments)
    .set({ providerPaymentId: registered.providerPaymentId })
    .where(eq(payments.id, payment.id));
  return { ...payment, redirectUrl: registered.redirectUrl };
}

export type Settlement = 'SETTLED' | 'FAILED' | 'ALREADY_SETTLED' | 'REFUND_DUE';

/**
 * Records what the platform says happened to a payment, from its callback or a status query. The payment row is
 * locked, so a callback and reconciliation arriving together settle it once; a message about a settled payment
 * changes nothing. A success moves the dossier on (status 4) and issues the receipt, in the same transaction.
 */
export async function settlePayment(
  deps: RuleDeps,
  outcome: Pick<CallbackMessage, 'reference' | 'transactionId' | 'amountVnd' | 'result' | 'message'>,
  via: 'CALLBACK' | 'RECONCILIATION',
): Promise<Settlement> {
  return deps.db.transaction(async (tx) => {
    const [payment] = await tx
      .select()
      .from(payments)
      .where(eq(payments.reference, outcome.reference))
      .for('update');
    if (!payment) {
      throw userError(
        'NOT_FOUND',
        `Không có giao dịch thanh toán ${outcome.reference}`,
        `No payment has reference ${outcome.reference}`,
      );
    }
    if (payment.status !== 'PENDING') return 'ALREADY_SETTLED';
    const [owner] = await tx
      .select({ unitCode: dossiers.receivingUnitCode })
      .from(dossiers)
      .where(eq(dossiers.code, payment.dossierCode));
    if (owner) await assertUnitWritable(tx, owner.unitCode);
    if (outcome.amountVnd !== payment.amountVnd) {
      throw userError(
        'BAD_USER_INPUT',
        `Số tiền ${outcome.amountVnd} đồng không khớp với số tiền phải nộp ${payment.amountVnd} đồng`,
        `Amount ${outcome.amountVnd} does not match the ${payment.amountVnd} dong owed`,
      );
    }
    const at = deps.now();
    const settled = { providerTransactionId: outcome.transactionId, settledAt: at, settledVia: via };
    if (outcome.result === 'FAILED') {
      await tx
        .update(payments)
        .set({ ...settled, status: 'FAILED', failureReason: outcome.message || 'FAILED' })
        .where(eq(payments.id, payment.id));
      return 'FAILED';
    }
    const [dossier] = await tx
      .select()
      .from(dossiers)
      .where(eq(dossiers.code, payment.dossierCode))
      .for('update');
    if (!dossier) throw new Error(`payment ${payment.reference} has no dossier`);
    if (dossier.status !== S.PAYMENT_REQUESTED || dossier.paymentAmountVnd !== payment.amountVnd) {
      // Paid twice (two attempts both went through) or after the obligation changed: the money must go back.
      await tx
        .update(payments)
        .set({ ...settled, status: 'REFUND_DUE' })
        .where(eq(payments.id, payment.id));
      return 'REFUND_DUE';
    }
    await tx
      .update(payments)
      .set({ ...settled, status: 'SUCCEEDED' })
      .where(eq(payments.id, payment.id));
    const receiptCode = await issueDocument(tx, dossier, 'RECEIPT', at, { paymentId: payment.id });
    const change = TRANSITIONS.PAY(dossier, at, {
      online: true,
      // The platform's transaction id stays in the details and on the payment, not in a note a reader may be shown.
      note: 'Thanh toán trực tuyến qua cổng thanh toán',
      receipt: { reference: payment.reference, transactionId: outcome.transactionId, via, receiptCode },
    });
    await recordTransition(tx, deps.source, dossier, 'PAY', SYSTEM, at, change);
    return 'SETTLED';
  });
}

/**
 * Asks the platform about payments still pending after `afterSeconds` (their callback never came) and settles
 * those it has an answer for. Each payment settles in its own transaction; one failure does not stop the rest.
 */
export async function reconcilePayments(
  deps: RuleDeps,
  afterSeconds: number,
  expireAfterSeconds: number,
  limit = 100,
) {
  const { provider } = platform(deps);
  const now = deps.now();
  const cutoff = new Date(now.getTime() - afterSeconds * 1000);
  const expiredBefore = new Date(now.getTime() - expireAfterSeconds * 1000);
  const pending = await deps.db
    .select({ reference: payments.reference, createdAt: payments.createdAt })
    .from(payments)
    // A moved unit's pending payments are settled by its new instance; here they would only take up the batch.
    .where(
      and(
        eq(payments.status, 'PENDING'),
        lte(payments.createdAt, cutoff),
        dossierNotMovedAway(payments.dossierCode),
      ),
    )
    .orderBy(asc(payments.createdAt))
    .limit(limit);
  const counts = { checked: pending.length, settled: 0, failed: 0, expired: 0, stillPending: 0, errors: 0 };
  for (const { reference, createdAt } of pending) {
    try {
      const status = await provider.status(reference);
      if (!status && createdAt <= expiredBefore) {
        // Its registration never reached the platform (a crash or an outage between our row and the platform's):
        // no money can move for it, and leaving it pending would keep it in every batch forever.
        if (await expirePayment(deps, reference)) counts.expired++;
        continue;
      }
      if (!status || status.status === 'PENDING') {
        counts.stillPending++;
        continue;
      }
      const result = await settlePayment(
        deps,
        {
          reference,
          transactionId: status.transactionId,
          amountVnd: status.amountVnd,
          result: status.status,
          message: 'Đối soát với cổng thanh toán',
        },
        'RECONCILIATION',
      );
      if (result === 'SETTLED' || result === 'REFUND_DUE') counts.settled++;
      if (result === 'FAILED') counts.failed++;
    } catch {
      counts.errors++;
    }
  }
  return counts;
}

async function expirePayment(deps: RuleDeps, reference: string): Promise<boolean> {
  const expired = await deps.db
    .update(payments)
    .set({
      status: 'FAILED',
      failureReason: 'expired: the payment platform has no record of it',
      settledAt: deps.now(),
      settledVia: 'RECONCILIATION',
    })
    .where(and(eq(payments.reference, reference), eq(payments.status, 'PENDING')))
    .returning({ id: payments.id });
  return expired.length > 0;
}

/**
 * An officer of the dossier's unit gives a payment back through the platform: one made after the obligation was
 * already paid, or the fee of a dossier that ended without a result (withdrawn, stopped). Its receipt is revoked.
 */
export async function refundPayment(
  deps: RuleDeps,
  identity: Identity,
  input: { reference: string; reason: string },
) {
  requireSignedIn(identity);
  const { provider } = platform(deps);
  const reason = input.reason?.trim();
  if (!reason)
    throw userError('BAD_USER_INPUT', 'Vui lòng ghi lý do hoàn tiền', 'Give the reason for the refund');
  return deps.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ payment: payments, dossier: dossiers })
      .from(payments)
      .innerJoin(dossiers, eq(dossiers.code, payments.dossierCode))
      .where(eq(payments.reference, input.reference))
      .for('update');
    if (!found || !canReadDossier(identity, found.dossier)) {
      throw userError(
        'NOT_FOUND',
        `Không có giao dịch thanh toán ${input.reference}`,
        `No payment has reference ${input.reference}`,
      );
    }
    if (identity.role !== 'OFFICER' || identity.unitCode !== found.dossier.unitCode) {
      throw userError(
        'FORBIDDEN',
        'Chỉ cán bộ của cơ quan giải quyết hồ sơ mới được hoàn tiền',
        'Only an officer of the unit handling the dossier may refund a payment',
      );
    }
    const { payment, dossier } = found;
    await assertUnitWritable(tx, dossier.receivingUnitCode);
    const endedWithoutResult = dossier.status === S.WITHDRAWN || dossier.status === S.PROCESSING_STOPPED;
    if (payment.status !== 'REFUND_DUE' && !(payment.status === 'SUCCEEDED' && endedWithoutResult)) {
      throw userError(
        'CONFLICT',
        'Chỉ hoàn tiền khoản đã nộp thừa, hoặc khoản phí của hồ sơ đã rút hoặc dừng xử lý',
        'Only a payment made twice, or the fee of a withdrawn or stopped dossier, can be refunded',
        { status: payment.status },
      );
    }
    let refund: { refundId: string };
    try {
      refund = await provider.refund({
        reference: payment.reference,
        transactionId: payment.providerTransactionId as string,
        amountVnd: payment.amountVnd,
      });
    } catch {
      throw userError(
        'UNAVAILABLE',
        'Cổng thanh toán không thực hiện được việc hoàn tiền; vui lòng thử lại sau',
        'The payment platform did not carry out the refund; try again later',
      );
    }
    const at = deps.now();
    await tx
      .update(issuedDocuments)
      .set({ revokedAt: at, revokedBy: identity.sub, revokeReason: `Hoàn tiền: ${reason}` })
      .where(and(eq(issuedDocuments.paymentId, payment.id), isNull(issuedDocuments.revokedAt)));
    const [updated] = await tx
      .update(payments)
      .set({
        status: 'REFUNDED',
        refundedAt: at,
        refundId: refund.refundId,
        refundedBy: identity.sub,
        refundReason: reason,
      })
      .where(eq(payments.id, payment.id))
      .returning();
    return updated;
  });
}

/**
 * An officer records a payment made at the desk. Online payments are recorded by the platform's confirmation
 * alone (callback or reconciliation), with its transaction and receipt: an officer's word must not count as one.
 */
export function recordDeskPayment(
  deps: RuleDeps,
  identity: Identity,
  code: string,
  input: { online: boolean; note?: string | null },
) {
  if (input.online) {
    throw userError(
      'BAD_USER_INPUT',
      'Khoản thanh toán trực tuyến chỉ được ghi nhận khi cổng thanh toán xác nhận; cán bộ chỉ ghi nhận khoản nộp tại bộ phận Một cửa',
      "Online payments are recorded only on the payment platform's confirmation; officers record payments made at the desk",
    );
  }
  return recordPayment(deps, code, identity, { online: false, note: input.note ?? null });
}
