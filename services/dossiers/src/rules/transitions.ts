import type { EventPayload, EventType } from '@dvc/contracts';
import { userError } from '@dvc/service-kit';
import type { DossierRow } from '../data/dossiers';
import type { dossiers, ReturnChannel } from '../db/schema';
import type { RuleDeps } from './deps';
import { feeOf } from './fees';
import { type Action, DOSSIER_STATUSES as S } from './status';
import { judge, vietnamDate } from './timeliness';

/**
 * The state machine, once: for each action, what it does to a dossier at a moment given its inputs (the new
 * state, the audit entry and the event). Pure, so that the live mutations and the legacy import, which find their
 * inputs differently (a catalogue lookup, a file upload, or a legacy record), cannot disagree about the result.
 * Whether the action is allowed now is the caller's to check: the actor's role, the statuses it starts from, and
 * what only a desk acting today must respect (one supplementation request; files or a note with a supplement; a
 * written result), which legacy history did not always keep.
 */

export type SupplementPolicy = RuleDeps['supplementPolicy'];

export function eventBase(dossier: DossierRow, at: Date, actorRole: string) {
  return {
    dossierCode: dossier.code,
    unitCode: dossier.unitCode,
    procedureCode: dossier.procedureCode,
    channel: dossier.channel,
    at: at.toISOString(),
    actorRole,
  };
}

type Changed<T extends EventType> = {
  toStatus: number;
  /** Only for a dossier's first step, which starts from no status. */
  fromStatus?: null;
  patch: Partial<typeof dossiers.$inferInsert>;
  /** The history entry's note and details. */
  note?: string | null;
  details?: Record<string, unknown>;
  event: { type: T; payload: Omit<EventPayload<T>, keyof ReturnType<typeof eventBase>> };
};
/** One transition's result; a union over the event types, so that each event keeps its own payload. */
export type Change = { [T in EventType]: Changed<T> }[EventType];

/** The supplementation request came on a later calendar day than the deadline (lateness is judged by day). */
export const requestedAfterDeadline = (dossier: DossierRow): boolean =>
  dossier.dueAt !== null &&
  dossier.supplementRequestedAt !== null &&
  vietnamDate(dossier.supplementRequestedAt) > vietnamDate(dossier.dueAt);

const required = (value: string | null | undefined, vi: string, en: string): string => {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) throw userError('BAD_USER_INPUT', vi, en);
  return trimmed;
};

export const TRANSITIONS = {
  SUBMIT: (dossier: DossierRow, _at: Date, input: { attachmentIds: string[] }): Change => ({
    toStatus: S.NEWLY_FILED,
    patch: {},
    details: {
      attachmentIds: input.attachmentIds,
      cases: dossier.cases,
      documents: dossier.coveredDocuments,
    },
    event: {
      type: 'dossier.submitted.v1',
      payload: {
        assistedBy: dossier.assistedBy,
        returnChannel: dossier.returnChannel,
        notify: { sms: dossier.notifySms, email: dossier.notifyEmail, zalo: dossier.notifyZalo },
        // Online filings: the desk's 8-working-hour limit, for reporting to count filings waiting past it.
        ...(dossier.acceptBy ? { acceptBy: dossier.acceptBy.toISOString() } : {}),
      },
    },
  }),

  /** `appointmentAt`: the deadline the receipt sets (none when the procedure states no duration). */
  RECEIVE: (dossier: DossierRow, at: Date, input: { appointmentAt: Date | null }): Change => ({
    toStatus: S.ACCEPTED,
    patch: { receivedAt: at, dueAt: input.appointmentAt, appointmentAt: input.appointmentAt },
    event: {
      type: 'dossier.received.v1',
      payload: {
        assistedBy: dossier.assistedBy,
        receivedAt: at.toISOString(),
        appointmentAt: input.appointmentAt?.toISOString() ?? null,
        feeVnd: dossier.procedure.feeVnd,
      },
    },
  }),

  REFUSE: (_dossier: DossierRow, at: Date, input: { reason: string }): Change => {
    const reason = required(input.reason, 'Vui lòng ghi lý do từ chối', 'Give the reason for refusal');
    return {
      toStatus: S.NOT_ACCEPTED,
      patch: { closedAt: at },
      note: reason,
      event: { type: 'dossier.refused.v1', payload: { reason } },
    };
  },

  REQUEST_SUPPLEMENT: (
    dossier: DossierRow,
    at: Date,
    input: { items: string[]; note?: string | null; policy: SupplementPolicy },
  ): Change => {
    const items = input.items.map((item) => item.trim()).filter(Boolean);
    if (items.length === 0) {
      throw userError(
        'BAD_USER_INPUT',
        'Vui lòng liệt kê giấy tờ cần bổ sung',
        'List the documents the applicant must add',
      );
    }
    return {
      toStatus: S.SUPPLEMENT_REQUESTED,
      patch: {
        supplementCount: dossier.supplementCount + 1,
        supplementRequestedAt: at,
        supplementItems: items,
        statusBeforeSupplement: dossier.status,
      },
      note: input.note?.trim() || null,
      details: { items },
      event: { type: 'dossier.supplement-requested.v1', payload: { items, policy: input.policy } },
    };
  },

  /** `dueAt`: the deadline after the pause, from `deadlineAfterSupplement`; unused when asked before acceptance. */
  SUPPLEMENT: (
    dossier: DossierRow,
    _at: Date,
    input: { attachmentIds: string[]; note: string | null; policy: SupplementPolicy; dueAt: Date | null },
  ): Change => {
    const before = dossier.statusBeforeSupplement ?? S.ACCEPTED;
    if (before === S.NEWLY_FILED) {
      // Asked before acceptance: no clock ran yet; the desk now decides whether to accept.
      return {
        toStatus: S.NEWLY_FILED,
        patch: { statusBeforeSupplement: null },
        note: input.note,
        details: { attachmentIds: input.attachmentIds },
        event: { type: 'dossier.supplemented.v1', payload: { appointmentAt: null } },
      };
    }
    const { dueAt } = input;
    const appointmentAt =
      dossier.appointmentAt && dueAt && dossier.appointmentAt > dueAt ? dossier.appointmentAt : dueAt;
    return {
      // The decree's restart sends the dossier back to the receiving desk; a pause resumes where it stood.
      toStatus: input.policy === 'RESTART' ? S.ACCEPTED : before,
      patch: {
        // A request made after the deadline was already late (Decision 766 ends the dossier's time at the
        // request): the missed deadline stays the one lateness is judged on; the citizen gets a new appointment.
        dueAt: requestedAfterDeadline(dossier) ? dossier.dueAt : dueAt,
        appointmentAt,
        statusBeforeSupplement: null,
      },
      note: input.note,
      details: { attachmentIds: input.attachmentIds, policy: input.policy },
      event: { type: 'dossier.supplemented.v1', payload: { appointmentAt: dueAt?.toISOString() ?? null } },
    };
  },

  START_PROCESSING: (_dossier: DossierRow, _at: Date, _input: Record<string, never>): Change => ({
    toStatus: S.IN_PROGRESS,
    patch: {},
    event: { type: 'dossier.processing-started.v1', payload: {} },
  }),

  TRANSFER: (
    dossier: DossierRow,
    _at: Date,
    input: { to: { officer: string } | { unit: { code: string; path: string[] } }; note?: string | null },
  ): Change => {
    if ('officer' in input.to) {
      return {
        toStatus: dossier.status,
        patch: { assignedTo: input.to.officer },
        note: input.note ?? null,
        details: { fromOfficer: dossier.assignedTo, toOfficer: input.to.officer },
        event: {
          type: 'dossier.transferred.v1',
          payload: { fromUnitCode: dossier.unitCode, toUnitCode: dossier.unitCode },
        },
      };
    }
    const { unit } = input.to;
    if (unit.code === dossier.unitCode) {
      throw userError(
        'BAD_USER_INPUT',
        'Hồ sơ đã thuộc cơ quan này',
        'The dossier already belongs to that unit',
      );
    }
    return {
      toStatus: dossier.status,
      patch: { unitCode: unit.code, unitPath: unit.path, assignedTo: null },
      note: input.note ?? null,
      details: { fromUnitCode: dossier.unitCode, toUnitCode: unit.code },
      event: {
        type: 'dossier.transferred.v1',
        payload: { fromUnitCode: dossier.unitCode, toUnitCode: unit.code },
      },
    };
  },

  REQUEST_PAYMENT: (
    dossier: DossierRow,
    _at: Date,
    input: { amountVnd?: number | null; quantity?: number | null; note?: string | null },
  ): Change => {
    // Without an amount the procedure's fee applies; an explicit amount is another obligation (a tax, a charge).
    const amountVnd = input.amountVnd ?? feeOf(dossier, input.quantity ?? null);
    if (!Number.isInteger(amountVnd) || amountVnd <= 0) {
      throw userError(
        'BAD_USER_INPUT',
        'Số tiền phải là số nguyên dương (đồng)',
        'The amount must be a positive whole number of dong',
      );
    }
    return {
      toStatus: S.PAYMENT_REQUESTED,
      patch: { paymentAmountVnd: amountVnd },
      note: input.note ?? null,
      details: { amountVnd, quantity: input.quantity ?? null },
      event: { type: 'dossier.payment-requested.v1', payload: { amountVnd } },
    };
  },

  /** `receipt`: what identifies a payment made through the platform, for the audit. */
  PAY: (
    dossier: DossierRow,
    at: Date,
    input: { online: boolean; note?: string | null; receipt?: Record<string, unknown> },
  ): Change => ({
    toStatus: S.IN_PROGRESS,
    patch: { paidAt: at },
    note: input.note ?? null,
    details: input.receipt ?? {},
    event: {
      type: 'dossier.paid.v1',
      payload: { amountVnd: dossier.paymentAmountVnd ?? 0, online: input.online },
    },
  }),

  RESOLVE: (
    dossier: DossierRow,
    at: Date,
    input: { summary: string | null; resultAttachmentId?: string | null },
  ): Change => {
    const timeliness = judge(dossier.dueAt, at, dossier.supplementCount);
    return {
      toStatus: S.PROCESSING_FINISHED,
      patch: {
        resolvedAt: at,
        resultSummary: input.summary,
        resultAttachmentId: input.resultAttachmentId ?? null,
        timeliness,
      },
      note: input.summary,
      details: { timeliness },
      event: {
        type: 'dossier.resolved.v1',
        payload: {
          appointmentAt: dossier.dueAt?.toISOString() ?? null,
          timeliness,
          electronicResult: Boolean(input.resultAttachmentId),
          amountDueVnd:
            dossier.paidAt || dossier.procedure.feeKind?.startsWith('PER_') ? 0 : dossier.procedure.feeVnd,
        },
      },
    };
  },

  APOLOGIZE: (dossier: DossierRow, at: Date, input: { newAppointmentAt: Date; reason: string }): Change => {
    const reason = required(input.reason, 'Vui lòng ghi lý do chậm trễ', 'Give the reason for the delay');
    const current = dossier.appointmentAt;
    if (input.newAppointmentAt <= at || (current && input.newAppointmentAt <= current)) {
      throw userError(
        'BAD_USER_INPUT',
        'Ngày hẹn mới phải sau ngày hẹn hiện tại và sau thời điểm hiện tại',
        'The new appointment must be later than the current one and than now',
      );
    }
    return {
      toStatus: dossier.status,
      // Lateness stays judged on `dueAt`: an apology promises a new date, it does not move the deadline.
      patch: { appointmentAt: input.newAppointmentAt },
      note: reason,
      details: {
        previousAppointmentAt: current?.toISOString() ?? null,
        beforeDeadline: !dossier.dueAt || at <= dossier.dueAt,
      },
      event: {
        type: 'dossier.apologized.v1',
        payload: { newAppointmentAt: input.newAppointmentAt.toISOString() },
      },
    };
  },

  /** `details`: how the handover is proven (a waybill), beside the channel. */
  RETURN_RESULT: (
    dossier: DossierRow,
    at: Date,
    input: { returnChannel?: ReturnChannel | null; note?: string | null; details?: Record<string, unknown> },
  ): Change => {
    const returnChannel = input.returnChannel ?? dossier.returnChannel;
    return {
      toStatus: S.RESULT_RETURNED,
      patch: { returnedAt: at, returnChannel },
      note: input.note ?? null,
      details: { returnChannel, ...input.details },
      event: { type: 'dossier.result-returned.v1', payload: { returnChannel } },
    };
  },

  WITHDRAW: (_dossier: DossierRow, at: Date, input: { reason?: string | null }): Change => ({
    toStatus: S.WITHDRAWN,
    patch: { closedAt: at },
    note: input.reason?.trim() || null,
    event: { type: 'dossier.withdrawn.v1', payload: {} },
  }),

  STOP: (_dossier: DossierRow, at: Date, input: { reason: string }): Change => {
    const reason = required(input.reason, 'Vui lòng ghi lý do dừng xử lý', 'Give the reason for stopping');
    return {
      toStatus: S.PROCESSING_STOPPED,
      patch: { closedAt: at },
      note: reason,
      event: { type: 'dossier.processing-stopped.v1', payload: { reason } },
    };
  },
} satisfies { [A in Action]: (dossier: DossierRow, at: Date, input: never) => Change };
